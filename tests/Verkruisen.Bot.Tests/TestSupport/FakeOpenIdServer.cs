using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace Verkruisen.Bot.Tests.TestSupport;

/// <summary>
/// Bot Framework's OpenID endpoint, faked over HTTPS on 127.0.0.1: metadata and signing keys with endorsements.
/// Key "msteams-key" is endorsed for msteams; "webchat-key" only for webchat.
/// </summary>
public sealed class FakeOpenIdServer : IAsyncDisposable
{
    public const string Issuer = "https://api.botframework.com";
    public const string TeamsKeyId = "msteams-key";
    public const string WebchatKeyId = "webchat-key";

    private readonly WebApplication app;

    private FakeOpenIdServer(WebApplication app)
    {
        this.app = app;
    }

    public RSA TeamsKey { get; } = RSA.Create(2048);

    public RSA WebchatKey { get; } = RSA.Create(2048);

    /// <summary>https://127.0.0.1:port, the port Kestrel chose (known once started).</summary>
    public string BaseUrl => app.Urls.First().TrimEnd('/');

    public string MetadataUrl => BaseUrl + "/v1/.well-known/openidconfiguration";

    public static async Task<FakeOpenIdServer> StartAsync(TestCertificate certificate)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.ConfigureKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0, o => o.UseHttps(certificate.Certificate)));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeOpenIdServer(app);
        app.MapGet("/v1/.well-known/openidconfiguration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = Issuer,
            ["authorization_endpoint"] = "https://invalid.botframework.com",
            ["jwks_uri"] = server.BaseUrl + "/v1/.well-known/keys",
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
        }));
        app.MapGet("/v1/.well-known/keys", () => Results.Json(new Dictionary<string, object>
        {
            ["keys"] = new[] { Jwk(server.TeamsKey, TeamsKeyId, "msteams"), Jwk(server.WebchatKey, WebchatKeyId, "webchat") },
        }));
        await app.StartAsync();
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        TeamsKey.Dispose();
        WebchatKey.Dispose();
    }

    private static Dictionary<string, object> Jwk(RSA key, string kid, string endorsement)
    {
        var parameters = key.ExportParameters(false);
        return new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = kid,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            ["endorsements"] = new[] { endorsement },
        };
    }
}
