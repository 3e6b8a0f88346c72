using Azure;
using Azure.Data.Tables;
using System.Collections.Concurrent;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Verkruisen.Bot.Localization;
using Verkruisen.Bot.Storage;

namespace Verkruisen.Bot.Teams;

/// <summary>
/// Keeps each user's personal conversation reference in Table Storage, refreshed from every inbound activity
/// (a serviceUrl can change). Writes when something changed or the last write is a day old (so the date says when
/// the user was last seen); a storage hiccup never fails the turn. References unused for Teams:ReferenceRetentionDays go.
/// </summary>
public sealed partial class ConversationReferenceStore(
    Tables tables,
    TimeProvider time,
    IOptions<TeamsOptions> options,
    ILogger<ConversationReferenceStore> logger) : IRetentionPurge
{
    private static readonly TimeSpan RefreshAfter = TimeSpan.FromDays(1);

    private readonly ConcurrentDictionary<(string Tenant, string User), (Written Reference, DateTimeOffset At)> lastWritten = new();

    string IRetentionPurge.Table => Tables.ConversationReferences;

    /// <summary>
    /// Stores the reference of a personal conversation, with the user's language when the activity has a locale.
    /// Says whether it was not stored, stored, or stored for the first time (the user's chat just appeared).
    /// </summary>
    public async Task<ReferenceSaved> SaveAsync(IActivity activity, bool serviceUrlVerified, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var tenant = TenantGate.TenantOf(activity);
        var user = activity.From;
        if (tenant is null || string.IsNullOrWhiteSpace(user?.AadObjectId) || activity.Conversation is null
            || activity.Conversation.ConversationType is not (null or "personal") || activity.Conversation.IsGroup == true)
        {
            return ReferenceSaved.NotStored;
        }

        // Most turns come from a chat whose reference is stored already: compared without allocating.
        var language = string.IsNullOrWhiteSpace(((Activity)activity).Locale) ? null : ActivityMapping.LanguageOf(activity).ToWire();
        var written = new Written(activity.ServiceUrl, activity.Conversation.Id, user.Id, activity.Recipient?.Id ?? "", serviceUrlVerified, language);
        var key = (tenant, user.AadObjectId);
        // Written again once a day even when unchanged: UpdatedAt is what retention reads (unused references expire).
        var now = time.GetUtcNow();
        var known = lastWritten.TryGetValue(key, out var previous);
        if (known && now - previous.At < RefreshAfter
            && (previous.Reference == written || (language is null && previous.Reference with { Language = null } == written)))
        {
            return ReferenceSaved.Stored;
        }

        var entity = new ConversationReferenceEntity
        {
            PartitionKey = tenant,
            RowKey = user.AadObjectId,
            ServiceUrl = activity.ServiceUrl,
            ServiceUrlVerified = serviceUrlVerified,
            ConversationId = activity.Conversation.Id,
            ChannelId = activity.ChannelId,
            ChannelUserId = user.Id,
            BotId = written.BotId,
            Language = language,
        };
        entity.UpdatedAt = now;
        try
        {
            var table = tables.Get(Tables.ConversationReferences);
            var created = !known && await TryAddAsync(table, entity, cancellationToken);
            if (!created)
            {
                await table.UpsertEntityAsync(entity, TableUpdateMode.Merge, cancellationToken);
            }

            lastWritten[key] = (written, now);
            Log.Saved(logger, LoggableId.Of(activity.Id), created);
            return created ? ReferenceSaved.Created : ReferenceSaved.Stored;
        }
        catch (Exception ex) when (StorageFailure.Is(ex, cancellationToken))
        {
            Log.SaveFailed(logger, LoggableId.Of(activity.Id), ex.GetType().Name);
            return ReferenceSaved.NotStored;
        }
    }

    /// <summary>The language a user reads, from their stored reference; Dutch when unknown or unreachable.</summary>
    public async Task<Language> LanguageOfAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken)
    {
        try
        {
            var result = await tables.Get(Tables.ConversationReferences).GetEntityIfExistsAsync<ConversationReferenceEntity>(
                tenantId, aadObjectId, select: [nameof(ConversationReferenceEntity.Language)], cancellationToken: cancellationToken);
            return LanguageExtensions.FromWire(result.HasValue ? result.Value?.Language : null);
        }
        catch (Exception ex) when (StorageFailure.Is(ex, cancellationToken))
        {
            return Language.Nl;
        }
    }

    /// <summary>Adds the reference if the user has none yet (their chat just appeared); false when one exists.</summary>
    private static async Task<bool> TryAddAsync(TableClient table, ConversationReferenceEntity entity, CancellationToken cancellationToken)
    {
        try
        {
            await table.AddEntityAsync(entity, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    /// <summary>Forgets a user's reference (the user removed the bot). Returns false when storage could not be reached.</summary>
    public async Task<bool> DeleteAsync(IActivity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (TenantGate.TenantOf(activity) is not { } tenant || string.IsNullOrWhiteSpace(activity.From?.AadObjectId))
        {
            return false;
        }

        try
        {
            await tables.Get(Tables.ConversationReferences).DeleteEntityAsync(tenant, activity.From.AadObjectId, cancellationToken: cancellationToken);
            lastWritten.TryRemove((tenant, activity.From.AadObjectId), out _);
            Log.Deleted(logger, LoggableId.Of(activity.Id));
            return true;
        }
        catch (Exception ex) when (StorageFailure.Is(ex, cancellationToken))
        {
            Log.SaveFailed(logger, LoggableId.Of(activity.Id), ex.GetType().Name);
            return false;
        }
    }

    /// <summary>The stored row of a user, or null.</summary>
    public async Task<ConversationReferenceEntity?> FindEntityAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken)
    {
        var result = await tables.Get(Tables.ConversationReferences)
            .GetEntityIfExistsAsync<ConversationReferenceEntity>(tenantId, aadObjectId, cancellationToken: cancellationToken);
        return result.HasValue ? result.Value : null;
    }

    /// <summary>Deletes a user's reference (erasure on request); a missing one is fine.</summary>
    public async Task DeleteAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken)
    {
        lastWritten.TryRemove((tenantId, aadObjectId), out _);
        try
        {
            await tables.Get(Tables.ConversationReferences).DeleteEntityAsync(tenantId, aadObjectId, ETag.All, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
        }
    }

    /// <summary>Deletes the references of users not seen for the retention period.</summary>
    public async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow().AddDays(-options.Value.ReferenceRetentionDays);
        var table = tables.Get(Tables.ConversationReferences);
        var old = new List<ConversationReferenceEntity>();
        await foreach (var row in table.QueryAsync<ConversationReferenceEntity>(TableClient.CreateQueryFilter($"UpdatedAt lt {cutoff}"), select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            old.Add(row);
        }

        foreach (var row in old)
        {
            await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken);
            lastWritten.TryRemove((row.PartitionKey, row.RowKey), out _);
        }

        return old.Count;
    }

    /// <summary>The stored reference of a user's personal chat with the bot, or null when there is none.</summary>
    public async Task<ConversationReference?> FindAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken)
    {
        if (await FindEntityAsync(tenantId, aadObjectId, cancellationToken) is not { } entity)
        {
            return null;
        }

        return new ConversationReference
        {
            ServiceUrl = entity.ServiceUrl,
            ChannelId = entity.ChannelId,
            Conversation = new ConversationAccount(id: entity.ConversationId, tenantId: tenantId, conversationType: "personal"),
            User = new ChannelAccount(id: entity.ChannelUserId, aadObjectId: entity.RowKey),
            Bot = new ChannelAccount(id: entity.BotId),
        };
    }

    /// <summary>The serviceUrls whose activities carried a validated token when their reference was stored.</summary>
    public async Task<IReadOnlyList<string>> ListVerifiedServiceUrlsAsync(CancellationToken cancellationToken)
    {
        var urls = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        await foreach (var entity in tables.Get(Tables.ConversationReferences).QueryAsync<ConversationReferenceEntity>(
            e => e.ServiceUrlVerified, select: [nameof(ConversationReferenceEntity.ServiceUrl)], cancellationToken: cancellationToken))
        {
            urls.Add(entity.ServiceUrl);
        }

        return [.. urls];
    }

    /// <summary>
    /// Stores the reference of a personal conversation the bot created for <paramref name="aadObjectId"/>, with the
    /// serviceUrl, channel and bot of <paramref name="templateAadObjectId"/>'s reference (same tenant, same bot).
    /// </summary>
    public async Task<bool> SaveCreatedAsync(string tenantId, string templateAadObjectId, string aadObjectId, string conversationId, CancellationToken cancellationToken)
    {
        var table = tables.Get(Tables.ConversationReferences);
        var template = await table.GetEntityIfExistsAsync<ConversationReferenceEntity>(tenantId, templateAadObjectId, cancellationToken: cancellationToken);
        if (!template.HasValue || template.Value is not { } t)
        {
            return false;
        }

        var entity = new ConversationReferenceEntity
        {
            PartitionKey = tenantId,
            RowKey = aadObjectId,
            ServiceUrl = t.ServiceUrl,
            ServiceUrlVerified = t.ServiceUrlVerified,
            ConversationId = conversationId,
            ChannelId = t.ChannelId,
            ChannelUserId = aadObjectId,
            BotId = t.BotId,
            UpdatedAt = time.GetUtcNow(),
        };
        try
        {
            await table.AddEntityAsync(entity, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // The user wrote to the bot meanwhile: their own (better) reference stays.
        }

        return true;
    }

    /// <summary>What was last stored for a user, to skip a write that changes nothing.</summary>
    private readonly record struct Written(string ServiceUrl, string ConversationId, string ChannelUserId, string BotId, bool Verified, string? Language);

    private static partial class Log
    {
        [LoggerMessage(3, LogLevel.Information, "Conversation reference deleted (bot removed), activity {ActivityId}")]
        public static partial void Deleted(ILogger logger, string? activityId);

        [LoggerMessage(1, LogLevel.Debug, "Conversation reference stored from activity {ActivityId} (new: {Created})")]
        public static partial void Saved(ILogger logger, string? activityId, bool created);

        [LoggerMessage(2, LogLevel.Warning, "Could not store the conversation reference from activity {ActivityId} ({ErrorType})")]
        public static partial void SaveFailed(ILogger logger, string? activityId, string errorType);
    }
}
