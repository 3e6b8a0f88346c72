using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Verkruisen.Bot.Tests.TestSupport;
using Xunit.Abstractions;

namespace Verkruisen.Bot.Tests.Teams.Inbound;

/// <summary>
/// Seeded fuzzing of /api/messages on loopback (issue 17): mutated activities of every kind must never get a 5xx, never
/// fail a turn (no "Turn failed" log, no "sorry" message), never take over 15 s (when Teams gives up and sends the activity again; the reply budget keeps the
/// bot's real 4 s here), and never put user text in a log line.
/// A few hundred cases per run; <c>FUZZ_CASES=3000</c> (and <c>FUZZ_SEED</c>) for a longer run (scripts/fuzz.sh).
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly CapturedLogs logs = new();
    private FakeConnector connector = null!;
    private BotFactory bot = null!;

    public async Task InitializeAsync()
    {
        connector = await FakeConnector.StartAsync();
        bot = await BotFactory.CreateAsync(new Dictionary<string, string?> { [GenerousBudgets.ReplyBudget] = "00:00:04" }, logs.AddTo);
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await connector.DisposeAsync();
    }

    [Fact]
    public async Task Post_MutatedActivities_NeverA5xxAFailedTurnAHangOrUserTextInALog()
    {
        var cases = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_CASES"), CultureInfo.InvariantCulture, out var n) ? n : 300;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_SEED"), CultureInfo.InvariantCulture, out var s) ? s : 17;
        var fuzzer = new ActivityFuzzer(seed, connector.ServiceUrl);
        using var client = bot.CreateClient();
        client.Timeout = TimeSpan.FromSeconds(15);
        (await bot.PostActivityAsync(Activities.Message(connector.ServiceUrl, "hallo"))).EnsureSuccessStatusCode(); // start the host first
        var statuses = new SortedDictionary<int, int>();
        var failures = new List<string>();
        var slowest = TimeSpan.Zero;
        for (var i = 0; i < cases; i++)
        {
            var activity = fuzzer.Next();
            using var content = new StringContent(activity.ToString(), System.Text.Encoding.UTF8, "application/json");
            var watch = Stopwatch.StartNew();
            int status;
            try
            {
                using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
                status = (int)response.StatusCode;
            }
            catch (TaskCanceledException)
            {
                status = -1;
            }

            slowest = watch.Elapsed > slowest ? watch.Elapsed : slowest;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            if (status is < 0 or >= 500)
            {
                failures.Add($"case {i} (seed {seed}): {(status < 0 ? "no answer within 15 s" : status)}: {Shorten(activity.ToString(Newtonsoft.Json.Formatting.None))}");
            }
        }

        var failedTurns = logs.Lines.Where(l => l.Text.StartsWith("Turn failed", StringComparison.Ordinal)).Select(l => Shorten(l.Text)).ToList();
        var sorry = connector.Requests.Count(r => r.AllText.Contains("er ging iets mis", StringComparison.Ordinal) || r.AllText.Contains("something went wrong", StringComparison.Ordinal));
        var leaks = logs.Lines.Where(l => l.Text.Contains(ActivityFuzzer.Marker, StringComparison.Ordinal)).Select(l => l.Category + ": " + Shorten(l.Text)).Distinct().ToList();
        output.WriteLine($"{cases} mutated activities (seed {seed}): statuses {string.Join(", ", statuses.Select(kv => $"{kv.Key}x{kv.Value}"))}; " +
            $">=500 or hung: {failures.Count}; failed turns: {failedTurns.Count}; sorry messages: {sorry}; log lines with user text: {leaks.Count}; slowest {slowest.TotalMilliseconds:F0} ms");
        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(10)));
        Assert.True(failedTurns.Count == 0, string.Join('\n', failedTurns.Take(5)));
        Assert.Equal(0, sorry);
        Assert.True(leaks.Count == 0, string.Join('\n', leaks.Take(10)));
        Assert.Contains(logs.Lines, l => l.Level >= LogLevel.Warning); // the refusals were logged (so the log check saw lines)
    }

    private static string Shorten(string text) => text.Length <= 600 ? text : text[..600] + "…";
}
