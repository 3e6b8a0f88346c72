using Verkruisen.Bot.Chat;

namespace Verkruisen.Bot.Help;

/// <summary>An empty message (only the bot's mention) gets the welcome card; the help cards' own buttons come here.</summary>
public sealed class HelpChat : IChatFeature
{
    public Task<ChatReply?> TryHandleMessageAsync(ChatMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        return Task.FromResult(message.Text.Length == 0 ? ChatReply.FromCard(HelpCards.Welcome(message.Language)) : null);
    }

    public Task<CardActionResult?> TryHandleActionAsync(CardActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Task.FromResult<CardActionResult?>(request.Verb switch
        {
            HelpCards.ShowExamplesVerb => CardActionResult.SendMessage.Card(HelpCards.Examples(request.Language), request.Language),
            HelpCards.ShowHelpVerb => CardActionResult.SendMessage.Card(HelpCards.Welcome(request.Language), request.Language),
            _ => null,
        });
    }
}
