namespace Verkruisen.Bot.Teams.Outbox;

/// <summary>
/// The time budget of the reply being sent, carried along the async flow into the Connector's HttpClient (where
/// <see cref="ReplyBudgetHandler"/> applies it), so that the SDK's send, which takes no token of ours, stops in time.
/// </summary>
public static class ReplyBudget
{
    private static readonly AsyncLocal<CancellationToken> Budget = new();

    public static CancellationToken Current => Budget.Value;

    /// <summary>Sets the budget for the rest of the calling async method (and what it awaits).</summary>
    public static void Set(CancellationToken budget) => Budget.Value = budget;
}

/// <summary>Cancels a Connector call, retries and all, when the reply's budget runs out.</summary>
public sealed class ReplyBudgetHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var budget = ReplyBudget.Current;
        if (!budget.CanBeCanceled)
        {
            return await base.SendAsync(request, cancellationToken);
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, budget);
        return await base.SendAsync(request, linked.Token);
    }
}
