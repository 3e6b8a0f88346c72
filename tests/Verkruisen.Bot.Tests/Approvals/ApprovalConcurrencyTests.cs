using System.Diagnostics;
using Verkruisen.Bot.Approvals;
using Xunit.Abstractions;
using static Verkruisen.Bot.Tests.Approvals.ApprovalScenario;

namespace Verkruisen.Bot.Tests.Approvals;

/// <summary>The first decision wins: two approvers clicking at the same moment store exactly one decision.</summary>
public sealed class ApprovalConcurrencyTests(ITestOutputHelper output)
{
    /// <summary>Races per run: a claim that is not exclusive shows as a double decision in most of them.</summary>
    private const int Iterations = 20;

    [Fact]
    public async Task Decide_ManagerAndDeputyAtOnce_ExactlyOneDecisionEveryTime()
    {
        await using var s = await StartAsync();
        await s.OpenChatAsync(Teacher);
        await s.OpenChatAsync(Manager);
        await s.OpenChatAsync(Deputy);
        var watch = Stopwatch.StartNew();
        var managerWins = 0;

        for (var i = 0; i < Iterations; i++)
        {
            var (_, request) = await s.RequestAsync("Foto van de klas, ronde " + i);
            var told = s.DeliveredTo(Teacher).Count(r => r.Method == "POST");

            var clicks = await Task.WhenAll(
                s.ClickAsync(Manager, ApprovalVerbs.Approve, Id(request, "ja " + i)),
                s.ClickAsync(Deputy, ApprovalVerbs.Reject, Id(request, "nee " + i)));

            var stored = (await s.Store.GetAsync(request.Id, CancellationToken.None))!;
            var (winner, line, comment) = stored.DecidedByAadId == Manager
                ? ("Meester Bram", "Goedgekeurd door Meester Bram", "ja " + i)
                : ("Carla Adjunct", "Afgekeurd door Carla Adjunct", "nee " + i);
            Assert.Contains(stored.Status, new[] { ApprovalStatus.Approved, ApprovalStatus.Rejected });
            Assert.Equal(comment, stored.Comment);
            // Both clickers see the one stored decision, and the teacher is told exactly once.
            Assert.All(clicks, c => Assert.Contains(line, c.ToString(), StringComparison.Ordinal));
            Assert.Equal(told + 1, s.DeliveredTo(Teacher).Count(r => r.Method == "POST"));
            Assert.Single(s.DeliveredTo(Teacher), r => r.Method == "POST" && r.AllText.Contains(winner, StringComparison.Ordinal) && r.AllText.Contains(comment, StringComparison.Ordinal));
            managerWins += stored.DecidedByAadId == Manager ? 1 : 0;
        }

        output.WriteLine($"{Iterations} races in {watch.ElapsedMilliseconds} ms; the manager won {managerWins}, the deputy {Iterations - managerWins}");
    }
}
