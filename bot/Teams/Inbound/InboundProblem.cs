namespace Verkruisen.Bot.Teams.Inbound;

/// <summary>Why an inbound request runs no turn: the HTTP status, a short code, and a reason for the caller (never user text).</summary>
public sealed record InboundProblem(int StatusCode, string Code, string Detail);
