using System.Text.RegularExpressions;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Verkruisen.Bot.Approvals;
using Verkruisen.Bot.Privacy;
using Verkruisen.Bot.Storage;
using Verkruisen.Bot.Tests.Approvals;
using Verkruisen.Bot.Tests.TestSupport;
using static Verkruisen.Bot.Tests.Approvals.ApprovalScenario;

namespace Verkruisen.Bot.Tests.Storage;

/// <summary>
/// Nothing is kept by accident: after the bot has run its flows on Azurite (ask, check, approve, withdraw, reject,
/// follow-up, digest, history, my data, erasure, retention), every table it has is named in the README's table of
/// every table, with what it holds and its retention.
/// </summary>
public sealed partial class EveryTableTests
{
    [Fact]
    public async Task Tables_AfterEveryFlow_AreEachNamedInTheReadmesTableOfTables()
    {
        await using var s = await StartAsync(settings: new Dictionary<string, string?> { ["Digest:Directors:0"] = Director });
        await s.OpenChatAsync(Teacher);
        await s.OpenChatAsync(Manager);
        await s.OpenChatAsync(Director);
        await s.SayAsync(Teacher, "Mag ik foto's van mijn klas op Instagram zetten?");
        await s.SayAsync(Teacher, "Wanneer is de kerstmarkt van de bakker?");
        await s.SayAsync(Teacher, "controleer: Emma uit groep 6 heeft dyscalculie.");
        var (_, approved) = await s.RequestAsync();
        await s.ClickAsync(Manager, ApprovalVerbs.Approve, Id(approved));
        var (_, withdrawn) = await s.RequestAsync("Nog een foto");
        await s.ClickAsync(Teacher, ApprovalVerbs.Withdraw, Id(withdrawn));
        await s.RequestAsync("Een derde foto");
        await s.FollowUp.RunOnceAsync(CancellationToken.None);
        await s.SayAsync(Director, "overzicht");
        await s.SayAsync(Director, "geschiedenis " + approved.Id);
        await s.SayAsync(Teacher, "mijn gegevens");
        await s.ClickAsync(Teacher, PrivacyVerbs.Erase, []);
        foreach (var purge in s.Bot.Services.GetServices<IRetentionPurge>())
        {
            await purge.PurgeAsync(CancellationToken.None);
        }

        var existing = await StoredRows.TablesAsync(s.Bot.Services.GetRequiredService<TableServiceClient>(), s.Bot.TablePrefix);

        var named = ReadmeTables();
        Assert.NotEmpty(existing);
        Assert.All(existing, table => Assert.True(named.Contains(table), $"Table {table} exists but the README's table of every table does not name it."));
        Assert.All(Tables.All, table => Assert.Contains(table, named));
    }

    /// <summary>The first cell of each row of the README's "Every table the bot keeps" table.</summary>
    private static HashSet<string> ReadmeTables()
    {
        var readme = File.ReadAllText(RepoPaths.InRepo("README.md"));
        var start = readme.IndexOf("Every table the bot keeps", StringComparison.Ordinal);
        var end = readme.IndexOf("Outside Table Storage", start, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "The README has no table of every table.");
        return [.. TableCell().Matches(readme[start..end]).Select(m => m.Groups[1].Value)];
    }

    [GeneratedRegex(@"^\| `(\w+)` \|", RegexOptions.Multiline)]
    private static partial Regex TableCell();
}
