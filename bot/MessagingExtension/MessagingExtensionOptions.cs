namespace Verkruisen.Bot.MessagingExtension;

/// <summary>Settings of the messaging extension (section <c>MessagingExtension</c>).</summary>
public sealed class MessagingExtensionOptions
{
    public const string SectionName = "MessagingExtension";

    /// <summary>
    /// When true (Teams), a search result's preview taps to <c>composeExtension/selectItem</c>, which answers the
    /// card to insert. The Agents Playground rejects a whole result list that has a tap ("Unable to reach app"), so
    /// local runs against it set this to false: selecting a result then inserts the card sent with it.
    /// </summary>
    public bool SelectItemOnTap { get; set; } = true;
}
