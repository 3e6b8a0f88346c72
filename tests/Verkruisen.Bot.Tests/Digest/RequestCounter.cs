using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Verkruisen.Bot.Tests.Digest;

/// <summary>Counts every HTTP request a Table client sends (each retry too), with its method and URI.</summary>
public sealed class RequestCounter : HttpPipelineSynchronousPolicy
{
    public ConcurrentQueue<string> Requests { get; } = new();

    public override void OnSendingRequest(HttpMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        Requests.Enqueue(message.Request.Method + " " + Uri.UnescapeDataString(message.Request.Uri.ToString()));
    }

    public void Clear() => Requests.Clear();
}
