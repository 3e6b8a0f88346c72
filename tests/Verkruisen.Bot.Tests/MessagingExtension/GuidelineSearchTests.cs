using Verkruisen.Bot.Guidelines;
using Verkruisen.Bot.Localization;
using Verkruisen.Bot.MessagingExtension;

namespace Verkruisen.Bot.Tests.MessagingExtension;

/// <summary>The compose-box search over the question engine, and the rule cards it inserts.</summary>
public sealed class GuidelineSearchTests
{
    private static readonly QuestionEngine Engine = QuestionEngine.CreateDefault();
    private static readonly GuidelineSearch Search = new(Engine);

    [Theory]
    [InlineData("foto's van leerlingen op facebook", "10")]
    [InlineData("groep 8", null)]
    [InlineData("foto's van groep 8 op facebook", null)]
    [InlineData("rule 12", "12")]
    [InlineData("Regel 3", "3")]
    [InlineData("negatief bericht over school", "4")]
    [InlineData("negative post about the school", "4")]
    [InlineData("twijfel", "8")]
    [InlineData("whatsapp groep ouders", "12")]
    public void Search_Words_PutTheRuleTheyAreAboutFirst(string text, string? expectedFirst)
    {
        // null: a number that is no rule number ("groep 8" is a class) does not put rule 8 first.
        var hits = Search.Search(new SearchQuery(text, false, Language.Nl));

        if (expectedFirst is null)
        {
            Assert.NotEqual("8", hits.Count > 0 ? hits[0].SectionId : null);
        }
        else
        {
            Assert.Equal(expectedFirst, hits[0].SectionId);
        }
    }

    [Fact]
    public void Search_SkipAndCount_PageThroughTheSectionsInOrder()
    {
        var all = Engine.Protocol.Sections.Select(s => s.Id).ToList();

        var page = Search.Search(new SearchQuery(null, true, Language.Nl, Skip: 5, Count: 3));

        Assert.Equal(all.Skip(5).Take(3), page.Select(h => h.SectionId));
    }

    [Fact]
    public void Search_Hits_HaveALabelAndOnePreviewLine()
    {
        var hits = Search.Search(new SearchQuery("", false, Language.En));

        Assert.All(hits, h =>
        {
            Assert.False(string.IsNullOrWhiteSpace(h.Title));
            Assert.InRange(h.Line.Length, 1, 120);
            Assert.DoesNotContain('\n', h.Line);
        });
        Assert.Equal("Rule 1: Sharing knowledge", hits.Single(h => h.SectionId == "1").Title);
    }

    [Fact]
    public void RuleCard_EverySectionInBothLanguages_StaysUnderTheTeamsResultCardLimit()
    {
        foreach (var section in Engine.Protocol.Sections)
        {
            foreach (var language in new[] { Language.Nl, Language.En })
            {
                var bytes = System.Text.Encoding.UTF8.GetByteCount(Verkruisen.Bot.Cards.CardJson.Serialize(RuleCard.Create(section, language)));
                Assert.InRange(bytes, 200, RuleCard.MaxBytes);
            }
        }
    }

    [Fact]
    public void Find_UnknownSection_IsNull()
    {
        Assert.Null(Search.Find("13", Language.Nl));
        Assert.Null(Search.Find(null, Language.Nl));
        Assert.Equal("adoption", Search.Find("ADOPTION", Language.Nl)?.SectionId);
    }
}
