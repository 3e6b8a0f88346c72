using System.Security.Cryptography;
using System.Text;
using Verkruisen.Bot.Chat;

namespace Verkruisen.Bot.Privacy;

/// <summary>
/// A pseudonym for a person in rows that do not need their identity (the question log, draft checks): a hash of
/// tenant and Entra object id, the same on every instance, so "mijn gegevens" finds those rows and "verwijder mijn
/// gegevens" erases them, while the rows hold no id or name. It is pseudonymous, not anonymous: whoever knows a
/// person's id can compute it, so the rows are treated as personal data (listed, erased, kept only for their retention).
/// </summary>
public static class UserKey
{
    private const string Domain = "verkruisen-bot/user-key/v1/";

    /// <summary>The key of a person; "" when the activity carried no Entra id (then nothing can be linked).</summary>
    public static string Of(ChatUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Of(user.TenantId, user.AadObjectId);
    }

    public static string Of(string? tenantId, string? aadObjectId)
    {
        if (string.IsNullOrWhiteSpace(aadObjectId))
        {
            return "";
        }

        var input = Domain + (tenantId ?? "").Trim().ToLowerInvariant() + "/" + aadObjectId.Trim().ToLowerInvariant();
        return "u1-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(input)))[..32];
    }
}
