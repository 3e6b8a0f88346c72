namespace Verkruisen.Bot.DraftCheck.CommandLine;

/// <summary>One line of <c>check --json</c> input; all but the text optional.</summary>
internal sealed record CheckInput(string? Text, string? Platform, bool? Photos, string? Account, string? Role, bool? Doubt);
