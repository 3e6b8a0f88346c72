using Azure.Data.Tables;
using Microsoft.Playwright;
using Verkruisen.Bot.Privacy;
using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.EndToEnd;

/// <summary>
/// AVG articles 15 and 17 in the Teams-like client: Alex asks a question and checks a draft, types "mijn gegevens"
/// (the Playground's locale is en-US, so the cards are English), sees his question and check listed, erases his data
/// through the confirmation, and afterwards no row in any of the bot's tables holds his id or his pseudonymous key.
/// </summary>
[Collection(PlaygroundGroup.Name)]
public sealed class MyDataEndToEndTests(PlaygroundFixture fixture)
{
    private const string PlaygroundTenant = "00000000-0000-0000-0000-0000000000001";

    [Fact]
    public async Task MijnGegevensThenErase_InPlayground_ListsQuestionAndCheckAndLeavesNoRowAboutAlex()
    {
        await using var chat = await fixture.OpenAsync(fixture.Playground);
        await chat.SayAsync("Mag ik foto's van mijn klas op Instagram zetten?");
        await chat.WaitForTextAsync("Regel 10");
        var verdicts = chat.Page.GetByRole(AriaRole.Heading, new() { Name = "⛔ Niet plaatsen", Exact = true });
        var verdictsBefore = await verdicts.CountAsync(); // the chat is Alex's for the whole run: earlier tests' cards are there
        await chat.SayAsync("controleer: Emma uit groep 6 heeft dyscalculie en krijgt daarom extra tijd.");

        // A Dutch draft gets a Dutch verdict, whatever the client's locale, with the rule behind it.
        await verdicts.Nth(verdictsBefore).WaitForAsync();
        await chat.Page.Locator(".ac-adaptiveCard").Filter(new() { Has = verdicts }).Last.GetByText("Regel 3").First.WaitForAsync();

        await chat.SayAsync("mijn gegevens");

        await chat.Page.GetByRole(AriaRole.Heading, new() { Name = "What the bot keeps about you" }).Last.WaitForAsync();
        await chat.WaitForTextAsync("Your chat with the bot");
        await chat.WaitForTextAsync("Your questions to the bot (");
        await chat.WaitForTextAsync("Your checked drafts (");
        await chat.ScreenshotAsync("my-data");
        var azurite = await AzuriteProcess.Shared;
        var tables = new TableServiceClient(azurite.ConnectionString);
        var key = UserKey.Of(PlaygroundTenant, PlaygroundUsers.Alex.AadObjectId);
        Assert.NotEmpty(StoredRows.Mentioning(await StoredRows.AllAsync(tables, fixture.TablePrefix), key)); // his question and check are there

        await chat.Page.GetByRole(AriaRole.Button, new() { Name = "Erase my data" }).Last.ClickAsync();
        await chat.Page.GetByRole(AriaRole.Heading, new() { Name = "Are you sure?" }).Last.WaitForAsync();
        await chat.ScreenshotAsync("my-data-confirm");
        await chat.Page.GetByRole(AriaRole.Button, new() { Name = "Yes, erase my data" }).Last.ClickAsync();

        await chat.Page.GetByRole(AriaRole.Heading, new() { Name = "Your data has been erased" }).Last.WaitForAsync();
        await chat.WaitForTextAsync("What is kept, and why");
        await chat.ScreenshotAsync("my-data-erased");
        var rows = await StoredRows.AllAsync(tables, fixture.TablePrefix);
        Assert.NotEmpty(rows); // the other Playground users' rows, and Alex's decided requests without him
        foreach (var trace in new[] { PlaygroundUsers.Alex.AadObjectId, key, PlaygroundUsers.Alex.Name })
        {
            Assert.Empty(StoredRows.Mentioning(rows, trace));
        }
    }
}
