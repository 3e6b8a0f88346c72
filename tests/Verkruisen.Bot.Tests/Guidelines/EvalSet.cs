using System.Globalization;
using System.Text.Json;
using Verkruisen.Bot.Guidelines;

namespace Verkruisen.Bot.Tests.Guidelines;

/// <summary>A question evaluation set (jsonl: id, q, rules, kind) and how the engine scores on it.</summary>
internal sealed record EvalQuestion(string Id, string Question, IReadOnlyList<string> Rules, string Kind)
{
    public static IReadOnlyList<EvalQuestion> Load(string path) =>
        [.. File.ReadLines(path).Where(l => l.Trim().Length > 0).Select(Parse)];

    private static EvalQuestion Parse(string line)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        return new EvalQuestion(
            root.GetProperty("id").GetString()!,
            root.GetProperty("q").GetString()!,
            [.. root.GetProperty("rules").EnumerateArray().Select(r => r.GetString()!)],
            root.GetProperty("kind").GetString()!);
    }
}

internal sealed record EvalScore(int Total, int Top1, int Top3, int KindRight, int ConfidentWrong, int UnsureRight, IReadOnlyList<string> Misses)
{
    public double Top1Rate => (double)Top1 / Total;

    public double Top3Rate => (double)Top3 / Total;

    /// <summary>
    /// Correct when the kind matches and, for answers, the first cited rule (top 1) or any of the first three ranked (top 3) is expected.
    /// Also counts right kinds, wrong answers given with confidence, and right answers the bot was not sure of.
    /// </summary>
    public static EvalScore Of(QuestionEngine engine, IReadOnlyList<EvalQuestion> questions)
    {
        int top1 = 0, top3 = 0, kinds = 0, confidentWrong = 0, unsureRight = 0;
        var misses = new List<string>();
        foreach (var q in questions)
        {
            var result = engine.Answer(q.Question);
            var kindOk = result.Kind.ToWire() == q.Kind;
            var ranked = result.Kind == QuestionKind.Answer ? result.Ranked.Select(r => r.Section.Id).ToList() : [];
            var ok1 = kindOk && (q.Rules.Count == 0 || (ranked.Count > 0 && q.Rules.Contains(ranked[0])));
            var ok3 = kindOk && (q.Rules.Count == 0 || ranked.Take(3).Any(q.Rules.Contains));
            top1 += ok1 ? 1 : 0;
            kinds += kindOk ? 1 : 0;
            var answered = result.Kind == QuestionKind.Answer;
            confidentWrong += answered && result.Confident && !ok1 ? 1 : 0;
            unsureRight += answered && !result.Confident && ok1 ? 1 : 0;
            top3 += ok3 ? 1 : 0;
            if (!ok1)
            {
                misses.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{q.Id} expected {q.Kind} [{string.Join(',', q.Rules)}] got {result.Kind.ToWire()} [{string.Join(',', ranked.Take(3))}] conf {result.Confidence}: {q.Question}"));
            }
        }

        return new EvalScore(questions.Count, top1, top3, kinds, confidentWrong, unsureRight, misses);
    }
}
