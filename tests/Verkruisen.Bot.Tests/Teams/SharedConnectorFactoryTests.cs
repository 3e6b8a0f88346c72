using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.Teams;

/// <summary>
/// The SDK builds each inbound turn's Connector client from the factory that authentication returns. A new client per
/// turn costs a new serializer contract cache (rebuilt by reflection on every reply): turns share one client.
/// </summary>
public sealed class SharedConnectorFactoryTests
{
    [Fact]
    public async Task AuthenticateRequest_TwoTurnsFromOneServiceUrl_ShareOneConnectorClient()
    {
        await using var bot = await BotFactory.CreateAsync();
        var authentication = bot.Services.GetRequiredService<BotFrameworkAuthentication>();
        var first = Activities.Message("https://smba.example/emea/", "hallo").ToObject<Activity>()!;
        var second = Activities.Message("https://smba.example/emea/", "help").ToObject<Activity>()!;
        var elsewhere = Activities.Message("https://smba.example/amer/", "hallo").ToObject<Activity>()!;

        var clients = new List<Microsoft.Bot.Connector.IConnectorClient>();
        foreach (var activity in new[] { first, second, elsewhere })
        {
            var result = await authentication.AuthenticateRequestAsync(activity, "", CancellationToken.None);
            using var client = await result.ConnectorFactory.CreateAsync(activity.ServiceUrl, result.Audience, CancellationToken.None);
            clients.Add(client);
        }

        Assert.Same(clients[0].Conversations, clients[1].Conversations);
        Assert.Same(clients[0].SerializationSettings, clients[1].SerializationSettings);
        Assert.NotSame(clients[0].Conversations, clients[2].Conversations);
        Assert.Equal(new Uri("https://smba.example/amer/"), clients[2].BaseUri);
    }
}
