namespace Verkruisen.Bot.Hosting;

/// <summary>
/// An exception as it may be logged: its type and stack trace, without its message. Messages can quote input (Json.NET
/// quotes the value it could not convert; storage errors quote the request), and no user text may reach a log line.
/// </summary>
public sealed class RedactedException : Exception
{
    private readonly string? stackTrace;

    private RedactedException(Exception original)
        : base(original.GetType().FullName, original.InnerException is null ? null : new RedactedException(original.InnerException))
    {
        stackTrace = original.StackTrace;
        HResult = original.HResult;
    }

    public override string? StackTrace => stackTrace;

    public static Exception Of(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception as RedactedException ?? new RedactedException(exception);
    }
}
