using System.Globalization;
using Verkruisen.Bot.Learning;

namespace Verkruisen.Bot.Guidelines;

/// <summary>
/// Scores answers against labelled questions: top-1 (the kind is right and, for answers, the first ranked section is
/// acceptable), top-3, kind accuracy, answers given with confidence that were wrong, and the same per expected
/// section (the first acceptable one) and per expected kind. Not thread-safe: one evaluation, one thread.
/// </summary>
public sealed class QuestionEvaluation
{
    private readonly SortedDictionary<string, Tally> bySection = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, Tally> byKind = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> kindConfusion = new(StringComparer.Ordinal);

    public Tally Total { get; } = new();

    public int ConfidentWrong { get; private set; }

    public int Unsure { get; private set; }

    public IReadOnlyDictionary<string, Tally> BySection => bySection;

    public IReadOnlyDictionary<string, Tally> ByKind => byKind;

    public void Add(CorpusQuestion expected, QuestionResult result)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(result);
        var kind = result.Kind.ToWire();
        var kindRight = kind == expected.Kind;
        var ranked = result.Kind == QuestionKind.Answer ? result.Ranked.Select(r => r.Section.Id).ToList() : [];
        var top1 = kindRight && (expected.Rules.Count == 0 || (ranked.Count > 0 && expected.Rules.Contains(ranked[0])));
        var top3 = kindRight && (expected.Rules.Count == 0 || ranked.Take(3).Any(expected.Rules.Contains));
        Total.Add(top1, top3, kindRight);
        Get(byKind, expected.Kind).Add(top1, top3, kindRight);
        if (expected.Kind == QuestionModel.AnswerClass && expected.Rules.Count > 0)
        {
            Get(bySection, expected.Rules[0]).Add(top1, top3, kindRight);
        }

        if (!kindRight)
        {
            var key = expected.Kind + " -> " + kind;
            kindConfusion[key] = kindConfusion.GetValueOrDefault(key) + 1;
        }

        var answered = result.Kind == QuestionKind.Answer;
        ConfidentWrong += answered && result.Confident && !top1 ? 1 : 0;
        Unsure += answered && !result.Confident ? 1 : 0;
    }

    public void Write(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"questions {Total.Count}: top-1 {Total.Top1Rate:P1}, top-3 {Total.Top3Rate:P1}, kind {Total.KindRate:P1}; confident but wrong {ConfidentWrong}, not sure {Unsure}"));
        output.WriteLine("section       n   top-1   top-3  errors");
        foreach (var (section, tally) in bySection.OrderBy(p => SectionOrder(p.Key)))
        {
            output.WriteLine(string.Create(c, $"{section,-9} {tally.Count,5} {tally.Top1Rate,7:P1} {tally.Top3Rate,7:P1} {tally.Count - tally.Top1,6}"));
        }

        output.WriteLine("kind          n   top-1    kind  errors");
        foreach (var (kind, tally) in byKind)
        {
            output.WriteLine(string.Create(c, $"{kind,-12} {tally.Count,4} {tally.Top1Rate,7:P1} {tally.KindRate,7:P1} {tally.Count - tally.Top1,6}"));
        }

        foreach (var (confusion, count) in kindConfusion)
        {
            output.WriteLine(string.Create(c, $"  kind {confusion}: {count}"));
        }
    }

    private static int SectionOrder(string id) => id switch
    {
        "purpose" => 0,
        "scope" => 1,
        "adoption" => 100,
        _ => int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? 1 + n : 200,
    };

    private static Tally Get(SortedDictionary<string, Tally> tallies, string key)
    {
        if (!tallies.TryGetValue(key, out var tally))
        {
            tallies[key] = tally = new Tally();
        }

        return tally;
    }

    /// <summary>Counts of one group of questions.</summary>
    public sealed class Tally
    {
        public int Count { get; private set; }

        public int Top1 { get; private set; }

        public int Top3 { get; private set; }

        public int KindRight { get; private set; }

        public double Top1Rate => Count == 0 ? 0 : (double)Top1 / Count;

        public double Top3Rate => Count == 0 ? 0 : (double)Top3 / Count;

        public double KindRate => Count == 0 ? 0 : (double)KindRight / Count;

        public void Add(bool top1, bool top3, bool kindRight)
        {
            Count++;
            Top1 += top1 ? 1 : 0;
            Top3 += top3 ? 1 : 0;
            KindRight += kindRight ? 1 : 0;
        }
    }
}
