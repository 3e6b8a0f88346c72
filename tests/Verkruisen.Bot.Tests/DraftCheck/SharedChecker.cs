using Microsoft.Extensions.Options;
using Verkruisen.Bot.DraftCheck;
using Verkruisen.Bot.Text;

namespace Verkruisen.Bot.Tests.DraftCheck;

/// <summary>One checker for all tests (its data is analysed once).</summary>
internal static class SharedChecker
{
    private static readonly Lazy<DraftCheckData> LazyData = new(() => new DraftCheckData(new TextAnalyzer()));

    public static DraftCheckData Data => LazyData.Value;

    public static DraftChecker Default { get; } = Create(new DraftCheckOptions());

    public static DraftChecker Create(DraftCheckOptions options) => new(Data, Options.Create(options));
}
