using System.Globalization;

namespace Verkruisen.Bot.DraftCheck.Risk;

/// <summary>
/// Tallies verdicts against labels: acceptable (the verdict is one of "ok"), unsafe "mag" (risky: "allowed" not
/// in ok), harmless "mag" (ok exactly ["allowed"]), and the errors per category, per role and per source (the id's
/// prefix: one author's file, or a first-contact set, whose text is closest to what staff write).
/// </summary>
internal sealed class DraftEvaluation
{
    private readonly Dictionary<string, Tally> categories = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Tally> roles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Tally> sources = new(StringComparer.Ordinal);
    private readonly List<string> unsafeIds = [];

    public int Total { get; private set; }

    public int Acceptable { get; private set; }

    public int Risky { get; private set; }

    public int UnsafeAllowed { get; private set; }

    public int Harmless { get; private set; }

    public int HarmlessAllowed { get; private set; }

    public IReadOnlyList<string> UnsafeIds => unsafeIds;

    public void Add(string id, string? role, IReadOnlySet<string> ok, IReadOnlyList<string> labelled, Verdict verdict)
    {
        ArgumentNullException.ThrowIfNull(ok);
        ArgumentNullException.ThrowIfNull(labelled);
        var wire = verdict.ToWire();
        var right = ok.Contains(wire);
        var risky = !ok.Contains(VerdictNames.Allowed);
        var unsafeAllowed = risky && verdict == Verdict.Allowed;
        Total++;
        Acceptable += right ? 1 : 0;
        Risky += risky ? 1 : 0;
        UnsafeAllowed += unsafeAllowed ? 1 : 0;
        if (unsafeAllowed)
        {
            unsafeIds.Add(id);
        }

        var harmless = ok.Count == 1 && ok.Contains(VerdictNames.Allowed);
        var harmlessAllowed = harmless && verdict == Verdict.Allowed;
        Harmless += harmless ? 1 : 0;
        HarmlessAllowed += harmlessAllowed ? 1 : 0;
        foreach (var category in labelled.Count == 0 ? ["(none)"] : labelled)
        {
            Count(categories, category, right, unsafeAllowed, harmless, harmlessAllowed);
        }

        Count(roles, role ?? "unknown", right, unsafeAllowed, harmless, harmlessAllowed);
        Count(sources, SourceOf(id), right, unsafeAllowed, harmless, harmlessAllowed);
    }

    public void Write(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"drafts {Total}: acceptable {Acceptable} = {Share(Acceptable, Total):P1}"));
        output.WriteLine(string.Create(c, $"unsafe \"mag\" (risky drafts allowed): {UnsafeAllowed} of {Risky} risky = {Share(UnsafeAllowed, Risky):P1}"));
        output.WriteLine(string.Create(c, $"harmless \"mag\": {HarmlessAllowed} of {Harmless} plainly harmless = {Share(HarmlessAllowed, Harmless):P1}"));
        if (unsafeIds.Count > 0)
        {
            output.WriteLine("unsafe: " + string.Join(' ', unsafeIds));
        }

        WriteTallies(output, "category", categories);
        WriteTallies(output, "role", roles);
        if (sources.Count > 1)
        {
            WriteTallies(output, "source", sources);
        }
    }

    /// <summary>"fc4-d061" → "fc4", "da-0001" → "da".</summary>
    private static string SourceOf(string id) => id.IndexOf('-', StringComparison.Ordinal) is > 0 and var dash ? id[..dash] : id;

    private static void WriteTallies(TextWriter output, string title, Dictionary<string, Tally> tallies)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{title,-22} {"n",5} {"wrong",6} {"unsafe",7} {"acceptable",11} {"harmless mag",13}"));
        foreach (var (name, t) in tallies.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-22} {t.Total,5} {t.Wrong,6} {t.Unsafe,7} {Share(t.Total - t.Wrong, t.Total),11:P1} {HarmlessShare(t),13}"));
        }
    }

    private static string HarmlessShare(Tally t) =>
        t.Harmless == 0 ? "-" : string.Create(CultureInfo.InvariantCulture, $"{t.HarmlessAllowed}/{t.Harmless}");

    private static void Count(Dictionary<string, Tally> tallies, string key, bool right, bool unsafeAllowed, bool harmless, bool harmlessAllowed)
    {
        var tally = tallies.GetValueOrDefault(key) ?? new Tally();
        tally.Total++;
        tally.Wrong += right ? 0 : 1;
        tally.Unsafe += unsafeAllowed ? 1 : 0;
        tally.Harmless += harmless ? 1 : 0;
        tally.HarmlessAllowed += harmlessAllowed ? 1 : 0;
        tallies[key] = tally;
    }

    private static double Share(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    private sealed class Tally
    {
        public int Total { get; set; }

        public int Wrong { get; set; }

        public int Unsafe { get; set; }

        public int Harmless { get; set; }

        public int HarmlessAllowed { get; set; }
    }
}
