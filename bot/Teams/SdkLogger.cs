namespace Verkruisen.Bot.Teams;

/// <summary>
/// The logger the SDK's adapter writes through: its warnings and errors only. Its information lines ("Received an
/// incoming activity. ActivityId: …", "Sending activity. ReplyToId: …") quote the inbound activity's id as the sender
/// wrote it, which can be any printable text; the bot logs those ids itself, through <see cref="LoggableId"/>.
/// </summary>
public sealed class SdkLogger(ILogger inner) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => inner.BeginScope(state);

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning && inner.IsEnabled(logLevel);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (IsEnabled(logLevel))
        {
            inner.Log(logLevel, eventId, state, exception, formatter);
        }
    }
}
