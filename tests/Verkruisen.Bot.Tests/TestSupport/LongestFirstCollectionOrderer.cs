using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestCollectionOrderer("Verkruisen.Bot.Tests.TestSupport.LongestFirstCollectionOrderer", "Verkruisen.Bot.Tests")]

namespace Verkruisen.Bot.Tests.TestSupport;

/// <summary>
/// Starts the collections that take longest first (the browser tests run one after another in their two collections), so that
/// the short ones fill the other threads meanwhile instead of the run ending on one long collection. The rest keep
/// xunit's order (by name).
/// </summary>
public sealed class LongestFirstCollectionOrderer : ITestCollectionOrderer
{
    /// <summary>Measured slowest first (a full run, 2026-12-01): collection names, or the test class a class's own collection is named after.</summary>
    private static readonly string[] Longest =
    [
        "Playground",
        "Playground, other people",
        "StorageOutageTests",
        "DraftRiskModelTests",
        "DraftLearningCommandsTests",
        "JwtAuthenticationTests",
        "MainBicepTests",
        "ProductionStartupTests",
        "QuestionModelFileTests",
        "ApprovalConcurrencyTests",
        "App package",
        "DigestPipelineTests",
        "EveryTableTests",
        "ApprovalExpiryTests",
        "DraftCheckSnapshotTests",
        "RegionalBotTests",
        "ApprovalFlowTests",
    ];

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections
            .OrderBy(Rank)
            .ThenBy(c => c.DisplayName, StringComparer.Ordinal);

    private static int Rank(ITestCollection collection)
    {
        var index = Array.FindIndex(Longest, name => collection.DisplayName == name || collection.DisplayName.EndsWith("." + name, StringComparison.Ordinal));
        return index < 0 ? Longest.Length : index;
    }
}
