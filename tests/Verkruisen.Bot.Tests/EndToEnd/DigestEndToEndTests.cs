using System.Globalization;
using Azure.Data.Tables;
using Verkruisen.Bot.Digest;
using Verkruisen.Bot.Storage;
using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.EndToEnd;

/// <summary>
/// The director in the Teams-like client. The fixture's bot has a schedule that has always fired this week, so as soon
/// as the director (Patti, in a Playground of her own) has a chat with the bot, last week's digest goes out by itself
/// into the page she has open; "digest" shows this week so far (English: the Playground sends en-US). Exactly once
/// with two instances, and not before the scheduled minute, is proven on a fake clock in DigestPipelineTests.
/// </summary>
[Collection(PlaygroundGroup.Name)]
public sealed class DigestEndToEndTests(PlaygroundFixture fixture)
{
    [Fact]
    public async Task Digest_DirectorInPlayground_GetsTheScheduledDigestAndTheWeekSoFar()
    {
        var thisWeek = DigestWeek.Of(DateTimeOffset.UtcNow);
        var lastWeek = thisWeek.Previous();
        await using var chat = await fixture.OpenAsync(fixture.DirectorPlayground);
        await chat.WaitForTextCountAsync("Welkom bij de Verkruisen Bot", 1);

        var scheduled = string.Create(CultureInfo.InvariantCulture, $"Weekoverzicht week {lastWeek.Number} ({lastWeek.Year})");
        await chat.WaitForTextCountAsync(scheduled, 1);
        await chat.ScreenshotAsync("digest-scheduled");
        Assert.Equal(DigestClaimEntity.Sent, (await ReadClaimAsync(lastWeek.Key))?.State);

        await chat.SayAsync("digest");

        await chat.WaitForTextCountAsync(string.Create(CultureInfo.InvariantCulture, $"Weekly digest, week {thisWeek.Number} ({thisWeek.Year})"), 1);
        await chat.WaitForTextCountAsync("Questions about the protocol", 1);
        await chat.ScreenshotAsync("digest-card");
        Assert.Equal(1, await chat.CountTextAsync(scheduled));
    }

    private async Task<DigestClaimEntity?> ReadClaimAsync(string week)
    {
        var azurite = await AzuriteProcess.Shared;
        var table = new TableServiceClient(azurite.ConnectionString).GetTableClient(fixture.TablePrefix + Tables.DigestClaims);
        var claim = await table.GetEntityIfExistsAsync<DigestClaimEntity>(week, PlaygroundUsers.Patti.AadObjectId);
        return claim.HasValue ? claim.Value : null;
    }
}
