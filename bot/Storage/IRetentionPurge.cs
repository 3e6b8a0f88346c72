namespace Verkruisen.Bot.Storage;

/// <summary>One table's clean-up of rows past their retention, run by <see cref="RetentionService"/>.</summary>
public interface IRetentionPurge
{
    /// <summary>The table it cleans (for the log).</summary>
    string Table { get; }

    /// <summary>Deletes what is past its retention; returns how many rows went.</summary>
    Task<int> PurgeAsync(CancellationToken cancellationToken);
}
