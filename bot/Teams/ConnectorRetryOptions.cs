using System.ComponentModel.DataAnnotations;

namespace Verkruisen.Bot.Teams;

/// <summary>Retries of calls to the Teams Connector (section "Teams:ConnectorRetry"), validated at start.</summary>
public sealed class ConnectorRetryOptions
{
    public const string SectionName = "Teams:ConnectorRetry";

    /// <summary>How many times a refused or failed call is tried again (429, 412, 502, 503, 504, no connection).</summary>
    [Range(0, 10, ErrorMessage = "Teams:ConnectorRetry:MaxRetryAttempts must be between 0 and 10.")]
    public int MaxRetryAttempts { get; set; } = 4;

    /// <summary>The first back-off (doubled per attempt, with jitter; Retry-After wins when the Connector sends one).</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:01:00", ErrorMessage = "Teams:ConnectorRetry:Delay must be between 1 ms and 1 minute.")]
    public TimeSpan Delay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long one attempt may take.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:02:00", ErrorMessage = "Teams:ConnectorRetry:AttemptTimeout must be between 100 ms and 2 minutes.")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
