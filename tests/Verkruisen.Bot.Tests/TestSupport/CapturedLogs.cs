using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Verkruisen.Bot.Tests.TestSupport;

/// <summary>Every log line the bot writes (all levels), with its exception as text, to assert what may not be in a log.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    public ConcurrentQueue<(string Category, LogLevel Level, string Text)> Lines { get; } = new();

    /// <summary>Adds this provider to a bot's services, below the factory's Warning minimum.</summary>
    public void AddTo(IServiceCollection services)
    {
        services.AddSingleton<ILoggerProvider>(this);
        services.Configure<LoggerFilterOptions>(o =>
        {
            o.Rules.Add(new LoggerFilterRule(typeof(CapturedLogs).FullName, null, LogLevel.Trace, null));
            // As bot/appsettings.json sets it for every provider: the HttpClient's per-request lines (with the
            // Connector's URL) are not written in production, so the capture does not see them either.
            o.Rules.Add(new LoggerFilterRule(typeof(CapturedLogs).FullName, "System.Net.Http.HttpClient", LogLevel.Warning, null));
        });
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.Lines.Enqueue((category, logLevel, formatter(state, exception) + (exception is null ? "" : "\n" + exception)));
    }
}
