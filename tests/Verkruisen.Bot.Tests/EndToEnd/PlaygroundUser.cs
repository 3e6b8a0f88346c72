namespace Verkruisen.Bot.Tests.EndToEnd;

/// <summary>One of the Agents Playground's demo people.</summary>
public sealed record PlaygroundUser(int Number, string Name, string Alias, string AadObjectId);
