namespace Verkruisen.Bot.MessagingExtension;

/// <summary>
/// The selected message as the check sees it: its body as text (no markup) and whether it also held images,
/// cards or files, which the check cannot read.
/// </summary>
public sealed record MessageContent(string Text, bool HasMedia)
{
    public static MessageContent None { get; } = new("", false);

    public bool HasText => Text.Length > 0;
}
