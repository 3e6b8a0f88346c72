using Verkruisen.Bot.Cards;

namespace Verkruisen.Bot.MessagingExtension;

/// <summary>What the messaging extension answers an invoke with, in plain terms (the Teams edge maps it to the wire).</summary>
public abstract record MessagingExtensionReply
{
    /// <summary>
    /// A list of search results (<c>composeExtension.type: result</c>, layout list, a thumbnail preview each); with
    /// <paramref name="TapToSelect"/> a preview's tap sends <c>composeExtension/selectItem</c> with the section id.
    /// </summary>
    public sealed record Results(IReadOnlyList<SearchHit> Hits, bool TapToSelect) : MessagingExtensionReply;

    /// <summary>A plain text shown instead of results (<c>composeExtension.type: message</c>).</summary>
    public sealed record Message(string Text) : MessagingExtensionReply;

    /// <summary>One card inserted into the compose box (<c>composeExtension.type: result</c> with one attachment).</summary>
    public sealed record Insert(AdaptiveCard Card, string Title, string Line) : MessagingExtensionReply;

    /// <summary>A dialog (task module) showing this card (<c>task.type: continue</c>).</summary>
    public sealed record Dialog(string Title, AdaptiveCard Card) : MessagingExtensionReply;

    /// <summary>A dialog showing a short text (<c>task.type: message</c>).</summary>
    public sealed record DialogMessage(string Text) : MessagingExtensionReply;

    /// <summary>The request itself is wrong (an unknown command, a stale result): an error status, not a 500.</summary>
    public sealed record Failure(int StatusCode, string Code, string Text) : MessagingExtensionReply;
}
