using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using Verkruisen.Bot.Approvals;
using Verkruisen.Bot.Approvals.Storage;
using Verkruisen.Bot.DraftCheck;
using Verkruisen.Bot.Storage;
using Verkruisen.Bot.Tests.TestSupport;
using static Verkruisen.Bot.Tests.Approvals.ApprovalScenario;

namespace Verkruisen.Bot.Tests.Approvals;

/// <summary>
/// Storage stops in the middle of an approval flow (issue 17): every button still answers 200 with a card that says what
/// happened, and once storage is back the request made before the outage is there as it was, nothing is half-created,
/// and the flow goes on.
/// </summary>
public sealed class StorageOutageTests
{
    [Fact]
    public async Task Outage_MidFlow_EveryActionAnswersACardAndNothingIsLostOrHalfCreated()
    {
        var folder = Directory.CreateTempSubdirectory("azurite-outage-");
        var storage = await AzuriteProcess.StartAsync(folder.FullName);
        try
        {
            // Retries against a stopped Azurite fail the same way after 10 ms as after 200 ms (the default): each of the
            // six actions below waits out three retries, which took about 20 of the test's 30 s.
            await using var s = await StartAsync(settings: new Dictionary<string, string?> { ["Storage:RetryDelay"] = "00:00:00.010" }, storage: storage);
            await s.OpenChatAsync(Teacher);
            await s.OpenChatAsync(Manager);
            var (_, before) = await s.RequestAsync(draft: "Concept van voor de storing over de sportdag.");
            var rowsBefore = await RowsAsync(s);

            await storage.StopAsync();
            var actions = new (string Who, string Verb, JObject Data)[]
            {
                (Teacher, DraftCheckVerbs.RequestApproval, new JObject { ["draft"] = "Concept tijdens de storing.", ["platform"] = "instagram", ["photos"] = "false", ["verdict"] = "ask-manager", ["rules"] = "8" }),
                (Teacher, ApprovalVerbs.AskQuestion, new JObject { ["question"] = "Mag ik de nieuwsbrief in de groepsapp delen?" }),
                (Manager, ApprovalVerbs.Approve, Id(before)),
                (Manager, ApprovalVerbs.Reject, Id(before, "Liever niet.")),
                (Teacher, ApprovalVerbs.Withdraw, Id(before)),
                (Manager, ApprovalVerbs.Refresh, Id(before)),
            };
            foreach (var (who, verb, data) in actions)
            {
                var answer = await s.ClickAsync(who, verb, data);
                Assert.True((int?)answer["statusCode"] == 200 && (string?)answer["type"] == "application/vnd.microsoft.card.adaptive",
                    $"{verb} during the outage answered:\n{answer}");
                Assert.Contains("opslag", answer["value"]!.ToString(), StringComparison.OrdinalIgnoreCase);
            }

            storage = await storage.RestartAsync();

            Assert.Equal(rowsBefore, await RowsAsync(s));
            var kept = await s.Store.GetAsync(before.Id, CancellationToken.None);
            Assert.NotNull(kept);
            Assert.Equal((before.Draft, ApprovalStatus.Open), (kept.Draft, kept.Status));
            var approved = await s.ClickAsync(Manager, ApprovalVerbs.Approve, Id(before));
            Assert.Equal(200, (int?)approved["statusCode"]);
            Assert.Equal(ApprovalStatus.Approved, (await s.Store.GetAsync(before.Id, CancellationToken.None))!.Status);
        }
        finally
        {
            await storage.DisposeAsync();
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Every request row and index row (keys and what they point at), to compare before and after the outage.</summary>
    private static async Task<List<string>> RowsAsync(ApprovalScenario s)
    {
        var tables = s.Bot.Services.GetRequiredService<Tables>();
        var rows = new List<string>();
        foreach (var name in new[] { Tables.ApprovalRequests, Tables.ApprovalIndex })
        {
            await foreach (var row in tables.Get(name).QueryAsync<TableEntity>())
            {
                rows.Add($"{name} {row.PartitionKey} {row.RowKey} {row.GetString(nameof(ApprovalIndexEntity.RequestId))} {row.GetString("Status")}");
            }
        }

        return rows;
    }
}
