using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Verkruisen.Bot.Tests.TestSupport;

/// <summary>Counts the requests a TableServiceClient sends, by method and table (prefix removed), queries marked, to measure cost.</summary>
public sealed class StorageRequestCounter(string tablePrefix) : HttpPipelineSynchronousPolicy
{
    public ConcurrentDictionary<string, int> Counts { get; } = new(StringComparer.Ordinal);

    public int Total => Counts.Values.Sum();

    public void Reset() => Counts.Clear();

    public override void OnSendingRequest(HttpMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var path = message.Request.Uri.Path;
        var segment = path.Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
        var table = segment.Split('(')[0];
        var kind = segment.EndsWith("()", StringComparison.Ordinal) ? " (query)" : "";
        if (table.StartsWith(tablePrefix, StringComparison.Ordinal))
        {
            table = table[tablePrefix.Length..];
        }

        Counts.AddOrUpdate(message.Request.Method + " " + table + kind, 1, (_, n) => n + 1);
    }

    public override string ToString() => string.Join(", ", Counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}: {c.Value}"));
}
