using System.Collections.Concurrent;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Rest;
using Newtonsoft.Json;

namespace Verkruisen.Bot.Teams;

/// <summary>
/// The SDK creates a Connector client for every turn (credentials, an HttpClient, user-agent parsing), although most
/// turns (searches, card buttons) answer in the HTTP response and never call the Connector. This keeps one client per
/// app, serviceUrl and audience for a short while and hands each turn a view of it that the turn's end does not
/// dispose. Clients are thread-safe; they are renewed every <see cref="Lifetime"/>, like the HttpClient factory's
/// handlers, so a changed DNS answer is picked up.
/// </summary>
public sealed class SharedConnectorFactory(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(2);

    private readonly ConcurrentDictionary<(string? AppId, string ServiceUrl, string? Audience), Entry> clients = new();

    /// <summary>The SDK's factory for one identity, sharing clients through this cache.</summary>
    public ConnectorFactory For(string? appId, ConnectorFactory inner) => new Factory(this, appId, inner);

    private async Task<IConnectorClient> GetAsync(string? appId, ConnectorFactory inner, string serviceUrl, string? audience, CancellationToken cancellationToken)
    {
        var key = (appId, serviceUrl, audience);
        var now = time.GetUtcNow();
        if (clients.TryGetValue(key, out var entry) && entry.Until > now)
        {
            return await entry.Client;
        }

        // A failed creation is not kept: the next turn tries again. Expired clients go when a new one comes.
        foreach (var old in clients)
        {
            if (old.Value.Until <= now)
            {
                clients.TryRemove(old);
            }
        }

        var created = new Entry(inner.CreateAsync(serviceUrl, audience, cancellationToken), now + Lifetime);
        clients[key] = created;
        try
        {
            return await created.Client;
        }
        catch
        {
            clients.TryRemove(new KeyValuePair<(string?, string, string?), Entry>(key, created));
            throw;
        }
    }

    private sealed record Entry(Task<IConnectorClient> Client, DateTimeOffset Until);

    private sealed class Factory(SharedConnectorFactory shared, string? appId, ConnectorFactory inner) : ConnectorFactory
    {
        public override async Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken) =>
            new TurnView(await shared.GetAsync(appId, inner, serviceUrl, audience, cancellationToken));
    }

    /// <summary>A turn's view of a shared client: everything passes through, except that disposing it does nothing.</summary>
    private sealed class TurnView(IConnectorClient client) : IConnectorClient
    {
        public Uri BaseUri { get => client.BaseUri; set => client.BaseUri = value; }

        public JsonSerializerSettings SerializationSettings => client.SerializationSettings;

        public JsonSerializerSettings DeserializationSettings => client.DeserializationSettings;

        public ServiceClientCredentials Credentials => client.Credentials;

        public IAttachments Attachments => client.Attachments;

        public IConversations Conversations => client.Conversations;

        public void Dispose()
        {
        }
    }
}
