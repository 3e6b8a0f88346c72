using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Verkruisen.Bot.DraftCheck;
using Verkruisen.Bot.Guidelines;
using Verkruisen.Bot.Learning;
using Verkruisen.Bot.Text;

namespace Verkruisen.Bot.Benchmarks;

/// <summary>
/// The tail that BenchmarkDotNet's three sample inputs cannot show: every corpus question and every repository draft
/// answered or checked in-process, each timed alone (after one warm-up pass), and the percentiles over all of them:
/// wall time (stopwatch) and the thread's CPU time (which a loaded machine's waiting does not inflate); and the
/// managed memory the question engine and the draft checker hold once loaded.
/// Run: dotnet run -c Release --project tests/Verkruisen.Bot.Benchmarks -- latency [passes]
/// </summary>
internal static partial class LatencyHarness
{
    public static void Run(string[] args)
    {
        var passes = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
        var root = FindRoot();
        var questions = CorpusReader.ReadQuestions(Path.Combine(root, "corpus", "questions")).Select(q => q.Question).ToList();
        var drafts = DraftFiles(root).SelectMany(CorpusReader.ReadDrafts).ToList();

        var before = GC.GetTotalMemory(forceFullCollection: true);
        var engine = QuestionEngine.CreateDefault();
        var afterQuestions = GC.GetTotalMemory(forceFullCollection: true);
        var checker = DraftChecker.CreateDefault();
        checker.Check("opwarmen", DraftContext.Unknown);
        var afterDrafts = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"managed memory: question engine {Mb(afterQuestions - before)}, draft checker {Mb(afterDrafts - afterQuestions)}, together {Mb(afterDrafts - before)}"));

        var (questionWall, questionCpu) = Time(questions, q => engine.Answer(q), passes);
        Report("question, wall", questionWall);
        Report("question, cpu ", questionCpu);
        var contexts = drafts.Select(d => DraftContextParser.Parse(d.Platform, d.Photos, d.Account, d.Role).Context ?? DraftContext.Unknown).ToList();
        var (draftWall, draftCpu) = Time(Enumerable.Range(0, drafts.Count).ToList(), i => checker.Check(drafts[i].Text, contexts[i]), passes);
        Report("draft, wall   ", draftWall);
        Report("draft, cpu    ", draftCpu);
        GC.KeepAlive(engine);
    }

    private static (List<double> Wall, List<double> Cpu) Time<T>(IReadOnlyList<T> inputs, Action<T> work, int passes)
    {
        foreach (var input in inputs)
        {
            work(input);
        }

        var wall = new List<double>(inputs.Count * passes);
        var cpu = new List<double>(inputs.Count * passes);
        for (var pass = 0; pass < passes; pass++)
        {
            foreach (var input in inputs)
            {
                var cpuStart = ThreadCpuMilliseconds();
                var start = Stopwatch.GetTimestamp();
                work(input);
                wall.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                cpu.Add(ThreadCpuMilliseconds() - cpuStart);
            }
        }

        return (wall, cpu);
    }

    /// <summary>This thread's CPU time (Linux clock_gettime(CLOCK_THREAD_CPUTIME_ID)).</summary>
    private static double ThreadCpuMilliseconds()
    {
        const int ThreadCpuClock = 3;
        return ClockGetTime(ThreadCpuClock, out var time) == 0 ? (time.Seconds * 1e3) + (time.Nanoseconds / 1e6) : double.NaN;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    private static void Report(string what, List<double> milliseconds)
    {
        milliseconds.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"per {what} ({milliseconds.Count} timings): mean {milliseconds.Average():F3} ms, p50 {At(0.50):F3}, p95 {At(0.95):F3}, p99 {At(0.99):F3}, max {milliseconds[^1]:F3} ms"));

        double At(double quantile) => milliseconds[(int)Math.Min(milliseconds.Count - 1, Math.Ceiling(quantile * milliseconds.Count) - 1)];
    }

    private static IEnumerable<string> DraftFiles(string root) =>
        new[] { "corpus", "eval", "tests" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*.jsonl", SearchOption.AllDirectories))
            .Where(path => path.Contains("drafts", StringComparison.Ordinal) && !path.Contains("/bin/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    private static string Mb(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024.0:F1} MB");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Verkruisen.Bot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run from inside the repository (Verkruisen.Bot.sln not found above the current folder).");
    }
}
