namespace Verkruisen.Bot.Digest;

/// <summary>The week's draft checks by verdict. Drafts themselves are never stored, so never shown.</summary>
public sealed record DraftSummary(int Checked, int Allowed, int AskManager, int NotAllowed);
