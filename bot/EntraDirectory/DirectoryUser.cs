namespace Verkruisen.Bot.EntraDirectory;

/// <summary>A person in the organisation's directory: Entra object id and display name (for cards only, never logged).</summary>
public sealed record DirectoryUser(string AadObjectId, string DisplayName);
