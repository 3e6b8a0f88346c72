namespace Verkruisen.Bot.Chat;

/// <summary>
/// Told when a person's personal chat with the bot appears (the app is installed for them, or they write for the
/// first time), so what waited for them (an approval card, a question) goes out at once, not at the next tick.
/// </summary>
public interface IChatOpened
{
    Task OnChatOpenedAsync(string tenantId, string userId, CancellationToken cancellationToken);
}
