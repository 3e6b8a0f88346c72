using Verkruisen.Bot.DraftCheck;
using Verkruisen.Bot.Localization;

namespace Verkruisen.Bot.Tests.DraftCheck;

public sealed class DraftCheckBadInputTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \n\t ")]
    public void Check_EmptyDraft_SaysItIsEmpty(string? draft)
    {
        var result = SharedChecker.Default.Check(draft, DraftContext.Unknown);

        Assert.Equal(DraftCheckStatus.Empty, result.Status);
        Assert.Null(result.Verdict);
    }

    [Fact]
    public void Check_DraftOverTheLimit_SaysSoWithTheLimit()
    {
        var checker = SharedChecker.Create(new DraftCheckOptions { MaxDraftLength = 200 });

        var result = checker.Check(new string('a', 201), DraftContext.Unknown);

        Assert.Equal(DraftCheckStatus.TooLong, result.Status);
        Assert.Equal(201, result.Length);
        Assert.Equal(200, result.MaxLength);
        var message = Verkruisen.Bot.DraftCheck.CommandLine.ReadableVerdict.Format(result);
        Assert.Contains("201", message, StringComparison.Ordinal);
        Assert.Contains("200", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("🎉🎉👍")]
    [InlineData("!!! :-)")]
    public void Check_OnlyEmoji_IsAllowedWithANote(string draft)
    {
        var result = SharedChecker.Default.Check(draft, DraftContext.Unknown);

        Assert.Equal(Verdict.Allowed, result.Verdict);
        Assert.Contains(result.Findings, f => f.Kind == "no-text");
    }

    [Fact]
    public void Check_OnlyEmojiWithPhotosOfPupils_StillAsks()
    {
        var result = SharedChecker.Default.Check("😍📸", new DraftContext(Photos: true));

        Assert.Equal(Verdict.AskManager, result.Verdict);
    }

    [Theory]
    [InlineData("https://example.org/artikel-over-lezen")]
    [InlineData("www.example.org")]
    public void Check_OnlyALink_AsksBecauseTheContentIsUnknown(string draft)
    {
        var result = SharedChecker.Default.Check(draft, DraftContext.Unknown);

        Assert.Equal(Verdict.AskManager, result.Verdict);
        Assert.Contains(result.Findings, f => f.Kind == "link-only" && f.Rule == "8");
    }

    [Theory]
    [InlineData("Great workshop today on teaching fractions, thanks to everyone who joined!", Verdict.Allowed)]
    [InlineData("Some parents at our school are honestly so stupid.", Verdict.NotAllowed)]
    [InlineData("One of my pupils, Noah, has ADHD.", Verdict.NotAllowed)]
    public void Check_EnglishDraft_IsCheckedWithEnglishVocabulary(string draft, Verdict expected)
    {
        var result = SharedChecker.Default.Check(draft, DraftContext.Unknown);

        Assert.Equal(Language.En, result.DraftLanguage);
        Assert.Equal(expected, result.Verdict);
    }

    [Theory]
    [InlineData("123456782", true)]
    [InlineData("111222333", true)]
    [InlineData("123456789", false)]
    [InlineData("000000000", false)]
    public void PassesElevenTest_KnownNumbers_MatchesTheBsnRule(string digits, bool expected) =>
        Assert.Equal(expected, Verkruisen.Bot.DraftCheck.Detectors.ContactDetailsDetector.PassesElevenTest(digits));
}
