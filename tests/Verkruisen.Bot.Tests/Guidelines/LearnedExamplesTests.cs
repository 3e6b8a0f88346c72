using Verkruisen.Bot.Guidelines;
using Verkruisen.Bot.Learning;
using Verkruisen.Bot.Tests.TestSupport;
using Xunit.Abstractions;

namespace Verkruisen.Bot.Tests.Guidelines;

/// <summary>
/// The school's labelled questions, as the engine reads them: a labelled question and its paraphrases are answered
/// with the label at once (nearest example, no retraining); other questions keep the engine's own answer.
/// </summary>
public sealed class LearnedExamplesTests(ITestOutputHelper output)
{
    private const string Football = "Ik ben ook trainer bij de voetbalclub en daar zitten veel kinderen van school in. Ik post weleens teamfoto's en uitslagen, moet ik dat ergens afstemmen?";
    private const string Parking = "waar mag ik parkeren als het plein vol staat met ouders";

    private static readonly QuestionEngine Engine = QuestionEngine.CreateDefault();

    [Theory]
    [InlineData(Football, "purpose")]
    [InlineData("Als voetbaltrainer van een club met veel kinderen van school post ik teamfoto's en de uitslagen. Moet ik dat afstemmen?", "purpose")]
    [InlineData("ik ben trainer bij een voetbalclub met kinderen van school, moet ik afstemmen of ik daar teamfotos en uitslagen mag posten", "purpose")]
    [InlineData(Parking, LearnedExample.OutOfScope)]
    [InlineData("Waar kan ik mijn auto parkeren als het schoolplein vol ouders staat?", LearnedExample.OutOfScope)]
    public void Answer_LabelledQuestionOrParaphrase_IsAnsweredWithTheLabel(string question, string label)
    {
        var learned = Learned();
        output.WriteLine($"nearest: {learned.Nearest(question)}; without: {string.Join(',', Engine.Answer(question).RuleIds)} {Engine.Answer(question).Kind} {Engine.Answer(question).Confident}");

        var result = Engine.Answer(question, learned);

        if (label == LearnedExample.OutOfScope)
        {
            Assert.Equal(QuestionKind.OutOfScope, result.Kind);
            return;
        }

        Assert.Equal(QuestionKind.Answer, result.Kind);
        Assert.True(result.Confident);
        Assert.Equal(label, result.RuleIds.First());
    }

    [Theory]
    [InlineData("Mag ik foto's van mijn klas op Instagram zetten?", "10")]
    [InlineData("Mogen ouders filmen bij de voetbalwedstrijd van school?", "11")]
    [InlineData("Ik hoef toch niet in de klassenapp van de ouders?", "12")]
    [InlineData("Een vader zet lelijke reacties over mij op fb", "4")]
    [InlineData("Mag ik de uitslagen van de cito van mijn klas delen?", "3")]
    public void Answer_OtherQuestion_KeepsTheEnginesAnswer(string question, string rule)
    {
        var learned = Learned();
        output.WriteLine($"nearest: {learned.Nearest(question)}");

        var result = Engine.Answer(question, learned);

        Assert.Equal(Engine.Answer(question).RuleIds, result.RuleIds);
        Assert.Equal(rule, result.RuleIds.First());
    }

    [Fact]
    public void Replace_ExampleAddedWhileStorageWasRead_IsKept()
    {
        var learned = new LearnedExamples(Engine);
        learned.Add(new LearnedExample("a", Parking, LearnedExample.OutOfScope));
        var since = learned.Generation;
        learned.Add(new LearnedExample("b", Football, "purpose"));

        learned.Replace([new LearnedExample("a", Parking, LearnedExample.OutOfScope), new LearnedExample("c", "Mag ik de verjaardag van een collega op Facebook zetten?", "3")], since);

        Assert.Equal(["a", "b", "c"], learned.All.Select(e => e.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Replace_ExampleNoLongerStored_IsGone()
    {
        var learned = Learned();
        var since = learned.Generation;

        learned.Replace([], since);

        Assert.Equal(0, learned.Count);
        Assert.Equal(QuestionKind.Answer, Engine.Answer(Football, learned).Kind);
        Assert.NotEqual("purpose", Engine.Answer(Football, learned).RuleIds.FirstOrDefault());
    }

    /// <summary>
    /// The threshold keeps a labelled question from taking over questions that only share a word with it: with every
    /// corpus question as a school example, the first-contact questions (never in the corpus) that are near enough to
    /// one get its label, and that label must be right for at least 95 % of them.
    /// </summary>
    [Fact]
    public void Nearest_CorpusAsExamples_LabelOfANearEnoughOneIsRight()
    {
        var learned = new LearnedExamples(Engine);
        learned.Replace(CorpusReader.ReadQuestions(RepoPaths.InRepo("corpus", "questions"))
            .Where(c => c.Kind != "help")
            .Select(c => new LearnedExample(c.Id, c.Question, c.Kind == "answer" ? c.Rules[0] : LearnedExample.OutOfScope)), 0);
        var fresh = CorpusReader.ReadQuestions(RepoPaths.InRepo("eval", "firstcontact", "questions.firstcontact.jsonl"))
            .Concat(CorpusReader.ReadQuestions(RepoPaths.InRepo("eval", "firstcontact2", "questions.firstcontact2.jsonl")))
            .Where(q => q.Kind != "help");

        var near = fresh
            .Select(q => (Question: q, Match: learned.Nearest(q.Question)))
            .Where(m => m.Match is { } match && match.Similarity >= new QuestionModelOptions().LearnedMatchThreshold)
            .ToList();
        var right = near.Count(m => m.Match!.Example.IsOutOfScope
            ? m.Question.Kind == "out-of-scope"
            : m.Question.Kind == "answer" && m.Question.Rules.Contains(m.Match.Example.Label));

        output.WriteLine($"{right} of {near.Count} near enough are right");
        Assert.True(near.Count >= 40, $"Only {near.Count} first-contact questions are near a corpus question.");
        Assert.True(right >= 0.95 * near.Count, $"{right} of {near.Count} near-enough matches have the right label.");
    }

    private static LearnedExamples Learned()
    {
        var learned = new LearnedExamples(Engine);
        learned.Add(new LearnedExample("2026-W48_1", Football, "purpose"));
        learned.Add(new LearnedExample("2026-W48_2", Parking, LearnedExample.OutOfScope));
        return learned;
    }
}
