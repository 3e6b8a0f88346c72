using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using Verkruisen.Bot.Approvals;
using Verkruisen.Bot.EntraDirectory;
using Verkruisen.Bot.Tests.TestSupport;
using static Verkruisen.Bot.Tests.Approvals.ApprovalScenario;

namespace Verkruisen.Bot.Tests.Approvals;

/// <summary>The ways in: the typed command, "Ik twijfel nog" on an answer card, the form; and the configuration.</summary>
public sealed class ApprovalEntryPointTests
{
    [Theory]
    [InlineData("vraag goedkeuring", "nl-NL", "Vraag goedkeuring aan je leidinggevende")]
    [InlineData("ask approval", "en-US", "Ask your manager for approval")]
    [InlineData("Vraag goedkeuring: Foto van de klas", "nl-NL", "Foto van de klas")]
    public async Task TypedCommand_ShowsTheForm(string text, string locale, string expected)
    {
        await using var s = await StartAsync();

        using var response = await s.Bot.PostActivityAsync(Activities.Message(s.Connector.ServiceUrl, text, locale, userAadId: Teacher));

        var card = (await s.Connector.WaitForDeliveredAsync(1))[0].Card!;
        Assert.Contains(expected, card.ToString(), StringComparison.Ordinal);
        Assert.Equal(ApprovalVerbs.Request, (string?)card["actions"]![0]!["verb"]);
        Assert.All(card["body"]!.Where(e => ((string?)e["type"])!.StartsWith("Input.", StringComparison.Ordinal)), i => Assert.False(string.IsNullOrEmpty((string?)i["label"])));
    }

    [Fact]
    public async Task AskManagerWithoutAQuestion_SendsTheQuestionFormAsANewMessage()
    {
        await using var s = await StartAsync();

        var response = await s.ClickAsync(Teacher, "guidelines.ask-manager", []);

        Assert.Equal("application/vnd.microsoft.activity.message", (string?)response["type"]);
        var form = Assert.Single(await s.Connector.WaitForDeliveredAsync(1)).Card!;
        Assert.Equal(ApprovalVerbs.AskQuestion, (string?)form["actions"]![0]!["verb"]);
        Assert.DoesNotContain("\"draft\"", form.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FormSubmit_WithQuestionAndPhotos_IsStoredAndShownToTheManager()
    {
        await using var s = await StartAsync();
        await s.OpenChatAsync(Teacher);
        await s.OpenChatAsync(Manager);

        var response = await s.ClickAsync(Teacher, ApprovalVerbs.Request, new JObject
        {
            ["draft"] = "Wat een mooie dag in het museum!",
            ["platform"] = "facebook",
            ["photos"] = "true",
            ["question"] = "Mag de foto erbij?",
        });

        Assert.Contains("Verstuurd naar Meester Bram", response.ToString(), StringComparison.Ordinal);
        var request = Assert.Single(await s.Store.ListUserOpenAsync(Teacher, CancellationToken.None));
        Assert.Equal(("facebook", (bool?)true, "Mag de foto erbij?"), (request.Platform, request.Photos, request.Question));
        var card = Assert.Single(s.DeliveredTo(Manager)).Card!.ToString();
        Assert.Contains("Mag de foto erbij?", card, StringComparison.Ordinal);
        Assert.Contains("Regel 10", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FormSubmit_EmptyDraft_ShowsTheFormAgainAndStoresNothing()
    {
        await using var s = await StartAsync();

        var response = await s.ClickAsync(Teacher, ApprovalVerbs.Request, new JObject { ["draft"] = "  " });

        Assert.Contains("Je concept is leeg", response.ToString(), StringComparison.Ordinal);
        Assert.Empty(await s.Store.ListUserOpenAsync(Teacher, CancellationToken.None));
    }

    [Fact]
    public async Task Start_BadFallbackApprover_FailsNamingTheSetting()
    {
        // The start-up report (what the binary prints before it exits 1): one plain line, before the host starts.
        var report = await StartupReport.OfAsync(new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Approvals__FallbackApprover"] = "the director",
        });

        Assert.Contains("Approvals:FallbackApprover", report, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", report, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Development", typeof(StaticDirectory))]
    [InlineData("Production", typeof(GraphDirectory))]
    public async Task Directory_StaticOnlyInDevelopment(string environment, Type expected)
    {
        await using var bot = await BotFactory.CreateAsync(new Dictionary<string, string?>
        {
            ["Directory:Static:Managers:00000000-0000-0000-0000-0000000000020"] = "00000000-0000-0000-0000-0000000000021",
            ["MicrosoftAppId"] = environment == "Production" ? "00000000-1111-2222-3333-444444444444" : null,
            ["MicrosoftAppPassword"] = environment == "Production" ? "secret" : null,
            ["MicrosoftAppTenantId"] = environment == "Production" ? Activities.Tenant : null,
            ["MicrosoftAppType"] = environment == "Production" ? "SingleTenant" : null,
            ["Teams:AllowAnonymous"] = environment == "Production" ? "false" : "true",
        }, environment: environment);

        Assert.IsType(expected, bot.Services.GetRequiredService<IDirectory>());
    }
}
