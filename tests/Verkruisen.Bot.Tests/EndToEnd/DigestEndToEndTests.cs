using System.Globalization;
using Azure.Data.Tables;
using Verkruisen.Bot.Calendar;
using Verkruisen.Bot.Digest;
using Verkruisen.Bot.DraftCheck.Storage;
using Verkruisen.Bot.Guidelines;
using Verkruisen.Bot.Storage;
using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.EndToEnd;

/// <summary>
/// The director in the Teams-like client. The fixture's bot has a schedule that has always fired this week, so as soon
/// as the director (Patti, in a Playground of her own) has a chat with the bot, last week's digest goes out by itself
/// into the page she has open; "digest" shows this week so far (English: the Playground sends en-US). Exactly once
/// with two instances, and not before the scheduled minute, is proven on a fake clock in DigestPipelineTests.
/// Last week is seeded before her chat exists (no other test writes last week), so its figures are known exactly.
/// </summary>
[Collection(OtherPeoplePlaygroundGroup.Name)]
public sealed class DigestEndToEndTests(PlaygroundFixture fixture)
{
    [Fact]
    public async Task Digest_DirectorInPlayground_GetsTheScheduledDigestWithItsChartsAndTheWeekSoFar()
    {
        var thisWeek = DigestWeek.Of(DateTimeOffset.UtcNow);
        var lastWeek = thisWeek.Previous();
        await SeedAsync(lastWeek);
        await using var chat = await fixture.OpenAsync(fixture.DirectorPlayground);
        await chat.WaitForTextCountAsync("Welkom bij de Verkruisen Bot", 1);

        var scheduled = string.Create(CultureInfo.InvariantCulture, $"Weekoverzicht week {lastWeek.Number} ({lastWeek.Year})");
        await chat.WaitForTextCountAsync(scheduled, 1);
        // The card reaches the chat before the bot has marked its claim as sent (it marks it when the send returns).
        await StoredRows.WaitUntilAsync(async () => (await ReadClaimAsync(lastWeek.Key))?.State == DigestClaimEntity.Sent);
        Assert.Equal(DigestClaimEntity.Sent, (await ReadClaimAsync(lastWeek.Key))?.State);

        // The week's figures as the director sees them in the Playground, which draws Teams' charts: the verdicts' donut
        // with its legend, and a bar per rule with its figure. (Clients without charts show the fallback rows; see
        // DigestCardTests.)
        var digest = chat.Page.Locator(".ac-adaptiveCard").Filter(new() { HasText = scheduled }).Last;
        try
        {
            await digest.GetByText("Mag (3)").First.WaitForAsync();
        }
        catch (TimeoutException)
        {
            await chat.FailureScreenshotAsync();
            throw;
        }
        finally
        {
            // What the card says, as text next to its screenshot (also when the wait failed).
            await File.WriteAllTextAsync(Path.ChangeExtension(Browser.ScreenshotPath("digest-chart"), ".txt"), await digest.InnerTextAsync());
            await digest.ScrollIntoViewIfNeededAsync();
            await chat.ScreenshotAsync("digest-chart");
        }

        var text = await digest.InnerTextAsync();
        foreach (var figure in new[] { "Mag (3)", "Twijfel (2)", "Niet plaatsen (1)", "Regel 10 · Foto's: schriftelijke toestemming van ouders\n3", "Regel 3 · Geen vertrouwelijke informatie\n1" })
        {
            Assert.Contains(figure, text, StringComparison.Ordinal);
        }

        await chat.SayAsync("digest");

        await chat.WaitForTextCountAsync(string.Create(CultureInfo.InvariantCulture, $"Weekly digest, week {thisWeek.Number} ({thisWeek.Year})"), 1);
        await chat.WaitForTextCountAsync("Questions about the protocol", 1);
        await chat.ScreenshotAsync("digest-card");
        Assert.Equal(1, await chat.CountTextAsync(scheduled));
    }

    /// <summary>Last week: 6 drafts checked (3 mag, 2 twijfel, 1 niet plaatsen), 4 questions (3 on rule 10, 1 on rule 3).</summary>
    private async Task SeedAsync(DigestWeek week)
    {
        var service = new TableServiceClient((await AzuriteProcess.Shared).ConnectionString);
        var checks = service.GetTableClient(fixture.TablePrefix + Tables.DraftChecks);
        var questions = service.GetTableClient(fixture.TablePrefix + Tables.QuestionLog);
        await Task.WhenAll(checks.CreateIfNotExistsAsync(), questions.CreateIfNotExistsAsync());
        var day = week.Start.AddDays(1).AddHours(9);
        string[] verdicts = ["allowed", "allowed", "allowed", "ask-manager", "ask-manager", "not-allowed"];
        foreach (var (verdict, i) in verdicts.Select((v, i) => (v, i)))
        {
            var at = day.AddHours(i);
            await checks.AddEntityAsync(new DraftCheckEntity
            {
                PartitionKey = SchoolCalendar.WeekKey(at), RowKey = Guid.NewGuid().ToString("N"), Verdict = verdict, Platform = "facebook",
                Language = "nl", Role = "teacher", Account = "personal", CheckedAt = at,
            });
        }

        foreach (var (rules, i) in new[] { "10", "10,11", "10", "3" }.Select((r, i) => (r, i)))
        {
            var at = day.AddDays(1).AddHours(i);
            await questions.AddEntityAsync(new QuestionLogEntity
            {
                PartitionKey = SchoolCalendar.WeekKey(at), RowKey = Guid.NewGuid().ToString("N"), AskedAt = at, Kind = "answer", Answered = true,
                Rules = rules, Language = "nl", Confidence = 0.9,
            });
        }
    }

    private async Task<DigestClaimEntity?> ReadClaimAsync(string week)
    {
        var azurite = await AzuriteProcess.Shared;
        var table = new TableServiceClient(azurite.ConnectionString).GetTableClient(fixture.TablePrefix + Tables.DigestClaims);
        var claim = await table.GetEntityIfExistsAsync<DigestClaimEntity>(week, PlaygroundUsers.Patti.AadObjectId);
        return claim.HasValue ? claim.Value : null;
    }
}
