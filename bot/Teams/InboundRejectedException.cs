namespace Verkruisen.Bot.Teams;

/// <summary>An inbound activity that runs no turn, with the HTTP status and the reason to answer with.</summary>
public sealed class InboundRejectedException(int statusCode, string code, string reason, Exception? inner = null)
    : Exception(reason, inner)
{
    public int StatusCode { get; } = statusCode;

    public string Code { get; } = code;
}
