using Microsoft.Playwright;
using Verkruisen.Bot.Cards;
using Verkruisen.Bot.Digest;
using Verkruisen.Bot.Guidelines;
using Verkruisen.Bot.Localization;
using Verkruisen.Bot.Tests.Digest;
using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.EndToEnd;

/// <summary>
/// A client that cannot draw charts: the official Adaptive Cards renderer (npm adaptivecards 3.0.6, which knows no
/// Chart.* element) in Chromium renders the seeded week's digest with each chart's fallback rows in its place. It uses
/// the browser of the run's Playground tests (a page of its own), not a second Chromium.
/// </summary>
[Collection(OtherPeoplePlaygroundGroup.Name)]
public sealed class DigestFallbackRendererTests(PlaygroundFixture fixture)
{
    [Fact]
    public async Task Render_ClientWithoutCharts_ShowsTheFallbackRowsWithTheWeeksFigures()
    {
        var digest = new DigestBuilder(Protocol.Load(), SeededWeek.Names).Build(SeededWeek.Input());
        var json = CardJson.Serialize(DigestCard.Create(digest, Language.Nl));
        var page = await fixture.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 700, Height = 1000 } });
        try
        {
            await page.SetContentAsync("<!doctype html><html><body><div id='card' style='width:500px'></div></body></html>");
            await page.AddScriptTagAsync(new() { Path = RepoPaths.InRepo("node_modules", "adaptivecards", "dist", "adaptivecards.js") });
            var errors = await page.EvaluateAsync<string[]>(
                """
                json => {
                    const card = new AdaptiveCards.AdaptiveCard();
                    const context = new AdaptiveCards.SerializationContext();
                    card.parse(JSON.parse(json), context);
                    const errors = [];
                    for (let i = 0; i < context.eventCount; i++) {
                        const e = context.getEventAt(i);
                        if (e.phase !== undefined && e.event !== AdaptiveCards.ValidationEvent.ElementTypeNotAllowed && e.event !== AdaptiveCards.ValidationEvent.UnknownElementType) errors.push(e.message);
                    }
                    document.getElementById('card').appendChild(card.render());
                    return errors;
                }
                """,
                json);
            Assert.Empty(errors);
            var card = page.Locator("#card");
            await card.GetByText("Gecontroleerde concepten").WaitForAsync();
            await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("digest-fallback"), FullPage = true });

            var text = string.Join(' ', (await card.InnerTextAsync()).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)); // a fact is a title and a value side by side
            foreach (var row in new[]
            {
                "Vragen per regel Regel 3 · Geen vertrouwelijke informatie 4 Regel 10 · Foto's: schriftelijke toestemming van ouders 2",
                "Gecontroleerd 6 (−2 t.o.v. vorige week) Mag 3 Twijfel: vraag leidinggevende 2 Niet plaatsen 1 (gelijk aan vorige week)",
            })
            {
                Assert.Contains(row, text, StringComparison.Ordinal);
            }

            Assert.DoesNotContain("Mag (3)", text, StringComparison.Ordinal); // the donut's legend: not drawn here
        }
        finally
        {
            await page.CloseAsync();
        }
    }
}
