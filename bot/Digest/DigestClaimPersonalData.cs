using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Verkruisen.Bot.Chat;
using Verkruisen.Bot.Localization;
using Verkruisen.Bot.Privacy;
using Verkruisen.Bot.Storage;

namespace Verkruisen.Bot.Digest;

/// <summary>
/// A director's digest claims (which weeks' digest they got, and when), for the my-data card and its erasure. The
/// current week's claim is kept until the week is over, or the digest would be sent again.
/// </summary>
public sealed class DigestClaimPersonalData(Tables tables, TimeProvider time, IOptions<DigestOptions> options) : IPersonalDataSource
{
    private TableClient Table => tables.Get(Bot.Storage.Tables.DigestClaims);

    public IReadOnlyList<string> Tables { get; } = [Bot.Storage.Tables.DigestClaims];

    public async Task<IReadOnlyList<PersonalDataSection>> DescribeAsync(ChatUser user, Language language, CancellationToken cancellationToken)
    {
        var claims = await ClaimsOfAsync(user, cancellationToken);
        if (claims.Count == 0)
        {
            return [];
        }

        return
        [
            new PersonalDataSection(Bot.Storage.Tables.DigestClaims, language.Pick($"Weekoverzichten die je kreeg ({claims.Count} weken)", $"Weekly digests you received ({claims.Count} weeks)"),
            [
                language.Pick(
                    $"Per week: of het overzicht verstuurd is en wanneer (weken {claims[0].PartitionKey} tot {claims[^1].PartitionKey}); geen inhoud.",
                    $"Per week: whether the digest was sent and when (weeks {claims[0].PartitionKey} to {claims[^1].PartitionKey}); no content."),
                language.Pick(
                    $"Elke week wordt {options.Value.ClaimRetentionDays} dagen na die week verwijderd.",
                    $"Each week is deleted {options.Value.ClaimRetentionDays} days after that week."),
            ]),
        ];
    }

    public async Task<IReadOnlyList<PersonalDataSection>> EraseAsync(ChatUser user, Language language, CancellationToken cancellationToken)
    {
        var current = DigestWeek.Of(time.GetUtcNow()).Key;
        var kept = false;
        foreach (var claim in await ClaimsOfAsync(user, cancellationToken))
        {
            if (claim.PartitionKey == current)
            {
                kept = true;
                continue;
            }

            await Table.DeleteEntityAsync(claim.PartitionKey, claim.RowKey, ETag.All, cancellationToken);
        }

        return kept
            ? [new PersonalDataSection(Bot.Storage.Tables.DigestClaims, language.Pick("Het weekoverzicht van deze week", "This week's digest"),
                [language.Pick(
                    "Of het overzicht van deze week al verstuurd is, zodat je het niet nog eens krijgt. Verwijderd met de gewone bewaartermijn.",
                    "Whether this week's digest was sent, so that you do not get it twice. Deleted with the normal retention.")])]
            : [];
    }

    private async Task<List<DigestClaimEntity>> ClaimsOfAsync(ChatUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var claims = new List<DigestClaimEntity>();
        var filter = TableClient.CreateQueryFilter($"RowKey eq {user.AadObjectId ?? ""}");
        await foreach (var claim in Table.QueryAsync<DigestClaimEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            claims.Add(claim);
        }

        return [.. claims.OrderBy(c => c.PartitionKey, StringComparer.Ordinal)];
    }
}
