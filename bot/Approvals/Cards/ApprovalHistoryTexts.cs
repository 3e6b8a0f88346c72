namespace Verkruisen.Bot.Approvals.Cards;

/// <summary>The words of the history card, per language.</summary>
public sealed record ApprovalHistoryTexts(
    string Title,
    string Usage,
    string NotFound,
    string PersonalChatOnly,
    string StorageDown,
    string NoEvents,
    string Bot,
    string Erased,
    string Deputy,
    string Instance,
    IReadOnlyDictionary<string, string> Events);
