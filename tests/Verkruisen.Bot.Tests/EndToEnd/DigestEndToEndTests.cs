using System.Globalization;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Verkruisen.Bot.Digest;
using Verkruisen.Bot.Storage;
using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.EndToEnd;

/// <summary>
/// The director in the Teams-like client. Once the Playground user has a chat with the bot, the scheduled digest of
/// last week goes out by itself, once (it is due all week after Monday 07:30; the Playground shows it in the page that
/// was open then). "digest" shows this week so far (English: the Playground sends en-US).
/// </summary>
[Collection(PlaygroundGroup.Name)]
public sealed class DigestEndToEndTests(PlaygroundFixture fixture)
{
    [Fact]
    public async Task Digest_DirectorInPlayground_GetsTheScheduledDigestOnceAndTheWeekSoFar()
    {
        var now = DateTimeOffset.UtcNow;
        var thisWeek = DigestWeek.Of(now);
        var due = new DigestSchedule(Options.Create(new DigestOptions())).DueWeek(now);
        await using var chat = await PlaygroundPage.OpenAsync(fixture.Playground.Url);
        await chat.WaitForTextCountAsync("Welkom bij de Verkruisen Bot", 1);

        if (due is not null)
        {
            var claim = await WaitForSentClaimAsync(due.Key);
            await Task.Delay(TimeSpan.FromSeconds(5)); // two more polls of the digest service
            var scheduled = string.Create(CultureInfo.InvariantCulture, $"Weekoverzicht week {due.Number} ({due.Year})");
            Assert.InRange(await chat.Page.GetByText(scheduled, new() { Exact = true }).CountAsync(), 0, 1);
            var after = await ReadClaimAsync(due.Key);
            Assert.Equal((DigestClaimEntity.Sent, claim.ETag, claim.SentAt), (after!.State, after.ETag, after.SentAt)); // not touched again
        }

        await chat.SayAsync("digest");

        await chat.WaitForTextCountAsync(string.Create(CultureInfo.InvariantCulture, $"Weekly digest, week {thisWeek.Number} ({thisWeek.Year})"), 1);
        await chat.WaitForTextCountAsync("Questions about the protocol", 1);
        await chat.ScreenshotAsync("digest-card");
    }

    private async Task<DigestClaimEntity> WaitForSentClaimAsync(string week)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            if (await ReadClaimAsync(week) is { State: DigestClaimEntity.Sent } claim)
            {
                return claim;
            }

            Assert.True(DateTime.UtcNow < deadline, "The scheduled digest was not sent within 20 seconds.");
            await Task.Delay(250);
        }
    }

    private async Task<DigestClaimEntity?> ReadClaimAsync(string week)
    {
        var azurite = await AzuriteProcess.Shared;
        var table = new TableServiceClient(azurite.ConnectionString).GetTableClient(fixture.TablePrefix + Tables.DigestClaims);
        var claim = await table.GetEntityIfExistsAsync<DigestClaimEntity>(week, PlaygroundFixture.PlaygroundUser);
        return claim.HasValue ? claim.Value : null;
    }
}
