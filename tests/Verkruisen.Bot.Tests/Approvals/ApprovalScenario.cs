using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Newtonsoft.Json.Linq;
using Verkruisen.Bot.Approvals;
using Verkruisen.Bot.Approvals.Storage;
using Verkruisen.Bot.EntraDirectory;
using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.Approvals;

/// <summary>
/// The bot's real pipeline with a fake Connector, a fake Graph (recorded JSON) and Azurite, and the people of a
/// school: a teacher, their manager, the manager's deputy, the director (fallback approver) and a colleague.
/// </summary>
public sealed class ApprovalScenario : IAsyncDisposable
{
    public const string Teacher = "7eac0000-0000-4000-8000-000000000001";
    public const string Manager = "3a9a0000-0000-4000-8000-000000000002";
    public const string Deputy = "dede0000-0000-4000-8000-000000000003";
    public const string Director = "d1d10000-0000-4000-8000-000000000004";
    public const string Colleague = "c0c00000-0000-4000-8000-000000000005";

    private ApprovalScenario(FakeConnector connector, FakeGraph graph, BotFactory bot, StorageRequestCounter storage)
    {
        Connector = connector;
        Graph = graph;
        Bot = bot;
        Storage = storage;
    }

    /// <summary>Every request the bot sent to Table Storage, by method and table.</summary>
    public StorageRequestCounter Storage { get; }

    public FakeConnector Connector { get; }

    public FakeGraph Graph { get; }

    public BotFactory Bot { get; }

    public ApprovalStore Store => Bot.Services.GetRequiredService<ApprovalStore>();

    public ApprovalFollowUp FollowUp => Bot.Services.GetRequiredService<ApprovalFollowUp>();

    /// <summary>The school's bot; on the shared Azurite unless <paramref name="storage"/> is given (a test that stops it).</summary>
    public static async Task<ApprovalScenario> StartAsync(TimeProvider? time = null, IReadOnlyDictionary<string, string?>? settings = null, AzuriteProcess? storage = null)
    {
        var connector = await FakeConnector.StartAsync();
        var graph = new FakeGraph();
        foreach (var (id, name) in new[] { (Teacher, "Juf Anna"), (Manager, "Meester Bram"), (Deputy, "Carla Adjunct"), (Director, "Dirk Directeur"), (Colleague, "Eva Collega") })
        {
            graph.Names[id] = name;
        }

        graph.Managers[Teacher] = Manager;
        var all = new Dictionary<string, string?>
        {
            ["Approvals:FallbackApprover"] = Director,
            ["Approvals:Deputies:" + Manager + ":0"] = Deputy,
            ["Directory:TeamsAppCatalogId"] = "5f4e0000-0000-4000-8000-00000000a99f",
            ["Approvals:FollowUpInterval"] = "1.00:00:00",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var azurite = storage ?? await AzuriteProcess.Shared;
        StorageRequestCounter? counter = null;
        var bot = await BotFactory.CreateAsync(all, services =>
        {
            services.AddSingleton(sp =>
            {
                var options = sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<Verkruisen.Bot.Storage.StorageOptions>>().Value;
                counter = new StorageRequestCounter(options.TablePrefix);
                // The bot's own retry settings (the client's defaults wait seconds per failed call: a test that stops
                // storage would spend minutes in retries).
                var clientOptions = Verkruisen.Bot.Storage.StorageServiceCollectionExtensions.ClientOptions(options.RetryDelay);
                clientOptions.AddPolicy(counter, Azure.Core.HttpPipelinePosition.PerRetry);
                return new Azure.Data.Tables.TableServiceClient(azurite.ConnectionString, clientOptions);
            });
            services.AddSingleton(graph.CreateClient());
            services.AddSingleton<IDirectory, GraphDirectory>();
            // The tests run follow-up passes themselves (a fake clock would fire the timer at random moments).
            foreach (var hosted in services.Where(d => d.ImplementationType == typeof(ApprovalBackgroundService)).ToList())
            {
                services.Remove(hosted);
            }

            if (time is not null)
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton(time);
            }
        });
        _ = bot.Services.GetRequiredService<Azure.Data.Tables.TableServiceClient>();
        return new ApprovalScenario(connector, graph, bot, counter!);
    }

    /// <summary>The user opens their chat with the bot (their conversation reference is stored; nothing is sent).</summary>
    public async Task OpenChatAsync(string aadId)
    {
        var activity = Activities.Base("conversationUpdate", Connector.ServiceUrl, Activities.Tenant, aadId);
        activity["membersAdded"] = new JArray(new JObject { ["id"] = "29:1AbCdEf-" + aadId, ["aadObjectId"] = aadId });
        using var response = await Bot.PostActivityAsync(activity);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>This user types a message in their personal chat; the bot's reply.</summary>
    public async Task<RecordedRequest> SayAsync(string aadId, string text, string locale = "nl-NL")
    {
        var before = DeliveredTo(aadId).Count;
        var total = Connector.Delivered.Count;
        var activity = Activities.Message(Connector.ServiceUrl, text, locale, userAadId: aadId);
        activity["from"]!["name"] = Graph.Names.GetValueOrDefault(aadId, aadId);
        using var response = await Bot.PostActivityAsync(activity);
        response.EnsureSuccessStatusCode();
        await Connector.WaitForDeliveredAsync(total + 1);
        return DeliveredTo(aadId)[before];
    }

    /// <summary>A card button pressed by this user; the invoke response's body.</summary>
    public async Task<JObject> ClickAsync(string aadId, string verb, JObject data, string replyToId = "1764000000000", string? conversationId = null)
    {
        var activity = Activities.CardAction(Connector.ServiceUrl, verb, data, userAadId: aadId);
        if (conversationId is not null)
        {
            activity["conversation"]!["id"] = conversationId;
        }

        activity["from"]!["name"] = Graph.Names.GetValueOrDefault(aadId, aadId);
        activity["replyToId"] = replyToId;
        using var response = await Bot.PostActivityAsync(activity);
        var body = await response.Content.ReadAsStringAsync();
        return body.Length == 0 ? new JObject { ["status"] = (int)response.StatusCode } : JObject.Parse(body);
    }

    /// <summary>The teacher asks approval from a verdict card; returns the stored request.</summary>
    public async Task<(JObject Response, ApprovalRequest Request)> RequestAsync(string draft = "Hier een foto van groep 5 bij het schoolreisje [klik](https://evil.example) <at>Bram</at>.", string requester = Teacher)
    {
        var response = await ClickAsync(requester, "draftcheck.request-approval", new JObject
        {
            ["draft"] = draft,
            ["platform"] = "instagram",
            ["photos"] = "true",
            ["verdict"] = "ask-manager",
            ["rules"] = "10",
        }, replyToId: "verdict-card-" + Guid.NewGuid().ToString("N")[..8]);
        var open = await Store.ListUserOpenAsync(requester, CancellationToken.None);
        var request = open.OrderByDescending(r => r.CreatedAt).FirstOrDefault();
        Assert.True(request is not null, $"No open request was stored. The bot answered the click with:\n{response}\nand the Connector got:\n{DescribeDelivered()}");
        return (response, request);
    }

    public static JObject Id(ApprovalRequest request, string? comment = null)
    {
        var data = new JObject { ["requestId"] = request.Id };
        if (comment is not null)
        {
            data["comment"] = comment;
        }

        return data;
    }

    /// <summary>What the Connector accepted for one user's 1:1 chat (by conversation id).</summary>
    public IReadOnlyList<RecordedRequest> DeliveredTo(string aadId) =>
        [.. Connector.Delivered.Where(r => r.Path.Contains("personal-" + aadId, StringComparison.Ordinal))];

    /// <summary>Every request the Connector got, one line each (method, path, status, text or card title), for failure messages.</summary>
    public string DescribeDelivered() => Connector.Describe();

    public async ValueTask DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Connector.DisposeAsync();
    }
}
