using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json.Linq;

namespace BareSdkBot;

/// <summary>Answers every search with the same one-result list: the least a messaging extension can do.</summary>
public sealed class FixedCardBot : TeamsActivityHandler
{
    private static readonly JObject Card = JObject.Parse(
        """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"Regel 3: privacy van leerlingen","wrap":true,"weight":"Bolder"},{"type":"TextBlock","text":"Plaats geen gegevens over gezondheid of resultaten van leerlingen.","wrap":true}]}""");

    protected override Task<MessagingExtensionResponse> OnTeamsMessagingExtensionQueryAsync(
        ITurnContext<IInvokeActivity> turnContext, MessagingExtensionQuery query, CancellationToken cancellationToken) =>
        Task.FromResult(new MessagingExtensionResponse
        {
            ComposeExtension = new MessagingExtensionResult
            {
                Type = "result",
                AttachmentLayout = AttachmentLayoutTypes.List,
                Attachments =
                [
                    new MessagingExtensionAttachment
                    {
                        ContentType = "application/vnd.microsoft.card.adaptive",
                        Content = Card,
                        Preview = new ThumbnailCard { Title = "Regel 3", Text = "Privacy van leerlingen" }.ToAttachment(),
                    },
                ],
            },
        });

    protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(MessageFactory.Text("ok"), cancellationToken);
}
