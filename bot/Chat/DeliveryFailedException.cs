namespace Verkruisen.Bot.Chat;

/// <summary>
/// A message could not be delivered now (the channel refused or timed out, storage of the chat was unreachable): worth
/// another try later. <see cref="Reason"/> is a short code for logs; the message never holds user text.
/// </summary>
public sealed class DeliveryFailedException(string reason, Exception? inner = null)
    : Exception("Delivery failed: " + reason + ".", inner)
{
    public string Reason { get; } = reason;
}
