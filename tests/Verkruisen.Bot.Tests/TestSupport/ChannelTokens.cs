using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Verkruisen.Bot.Tests.TestSupport;

/// <summary>Tokens as the Bot Framework channel signs them for a bot (and forged variants).</summary>
public static class ChannelTokens
{
    public static string Create(
        RSA key,
        string keyId,
        string audience,
        string serviceUrl,
        string issuer = FakeOpenIdServer.Issuer,
        DateTime? expires = null)
    {
        var now = DateTime.UtcNow;
        var notBefore = expires is { } e && e < now ? e.AddHours(-1) : now.AddMinutes(-1);
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            NotBefore = notBefore,
            IssuedAt = notBefore,
            Expires = expires ?? now.AddMinutes(30),
            Subject = new ClaimsIdentity([new Claim("serviceurl", serviceUrl)]),
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(key) { KeyId = keyId }, SecurityAlgorithms.RsaSha256),
        };
        return new JwtSecurityTokenHandler().CreateEncodedJwt(descriptor);
    }
}
