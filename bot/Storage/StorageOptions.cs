using System.ComponentModel.DataAnnotations;

namespace Verkruisen.Bot.Storage;

/// <summary>
/// Where Table Storage is. Either a connection string (Azurite locally) or a table endpoint reached with
/// managed identity (Azure). One of the two is required.
/// </summary>
public sealed class StorageOptions : IValidatableObject
{
    public const string SectionName = "Storage";

    /// <summary>A connection string, e.g. Azurite's. Not used in Azure.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The table endpoint, e.g. https://account.table.core.windows.net, reached with managed identity.</summary>
    public Uri? TableEndpoint { get; set; }

    /// <summary>Client id of the user-assigned managed identity used with <see cref="TableEndpoint"/>.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>Prefix for every table name, so that tests and environments can share one account.</summary>
    [RegularExpression("^[A-Za-z][A-Za-z0-9]{0,20}$|^$")]
    public string TablePrefix { get; set; } = "";

    /// <summary>How often the retention purges of <see cref="RetentionService"/> run (digest claims, conversation references, ...).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromDays(1);

    /// <summary>How long /healthz waits for Table Storage's answer before it reports storage unreachable.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan HealthTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>The first wait before a failed Table Storage call is tried again (three retries, doubled each time).</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:00:30")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(ConnectionString) && TableEndpoint is null)
        {
            yield return new ValidationResult(
                "Set Storage:ConnectionString (Azurite) or Storage:TableEndpoint (Azure, managed identity).",
                [nameof(ConnectionString), nameof(TableEndpoint)]);
        }
    }
}
