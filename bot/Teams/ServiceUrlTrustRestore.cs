using Verkruisen.Bot.Storage;

namespace Verkruisen.Bot.Teams;

/// <summary>
/// At start, trust again the serviceUrls that validated tokens vouched for before a restart (recorded on the stored
/// conversation references when the token was validated), so that proactive sends to them work before the next
/// inbound activity. Reading a reference later never changes trust.
/// </summary>
public sealed partial class ServiceUrlTrustRestore(
    Tables tables,
    ConversationReferenceStore references,
    ServiceUrlTrust trust,
    ILogger<ServiceUrlTrustRestore> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await tables.WhenReadyAsync(stoppingToken); // a clean start: no warning about a table that is being created
            var urls = await references.ListVerifiedServiceUrlsAsync(stoppingToken);
            foreach (var url in urls)
            {
                trust.AddValidated(url);
            }

            Log.Restored(logger, urls.Count);
        }
        catch (Azure.RequestFailedException e) when (e.Status == 404)
        {
            Log.Restored(logger, 0); // a first start: the table is being created, nothing was recorded yet
        }
        catch (Exception e) when (StorageFailure.Is(e, stoppingToken))
        {
            Log.RestoreFailed(logger, StorageFailure.StatusOf(e));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // stopping
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Debug, "Trusted {Count} serviceUrls recorded from validated activities")]
        public static partial void Restored(ILogger logger, int count);

        [LoggerMessage(2, LogLevel.Warning, "Could not read the recorded serviceUrls (status {Status}); only new validated activities and Teams:TrustedServiceUrlHosts are trusted")]
        public static partial void RestoreFailed(ILogger logger, int status);
    }
}
