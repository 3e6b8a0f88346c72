using System.IO.Compression;
using System.Text.Json.Nodes;

namespace Verkruisen.Bot.Tests.Manifest;

/// <summary>The package an admin uploads, as the real command builds it.</summary>
[Collection(AppPackageGroup.Name)]
public sealed class AppPackageTests(BuiltAppPackage package)
{
    [Fact]
    public void Build_AllSettingsGiven_Succeeds()
    {
        Assert.True(package.Build.ExitCode == 0, package.Build.AllOutput);
        Assert.Contains("Valid against the v1.30 schemas", package.Build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Zip_Root_HoldsExactlyManifestLocalizationAndIcons()
    {
        using var zip = ZipFile.OpenRead(package.Zip);
        Assert.Equal(["color.png", "en.json", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Manifest_Settings_AreFilledInEverywhere()
    {
        var manifest = package.ManifestJson;
        Assert.Equal(BuiltAppPackage.TeamsAppId, (string?)manifest["id"]);
        Assert.Equal(BuiltAppPackage.BotId, (string?)manifest["bots"]![0]!["botId"]);
        Assert.Equal(BuiltAppPackage.BotId, (string?)manifest["composeExtensions"]![0]!["botId"]);
        Assert.Equal(BuiltAppPackage.BotId, (string?)manifest["webApplicationInfo"]!["id"]);
        Assert.Equal($"api://{BuiltAppPackage.BotDomain}/botid-{BuiltAppPackage.BotId}", (string?)manifest["webApplicationInfo"]!["resource"]);
        Assert.Equal([BuiltAppPackage.BotDomain], manifest["validDomains"]!.AsArray().Select(d => (string?)d));
        Assert.Equal(BuiltAppPackage.PrivacyUrl, (string?)manifest["developer"]!["privacyUrl"]);
        Assert.Equal(BuiltAppPackage.TermsUrl, (string?)manifest["developer"]!["termsOfUseUrl"]);
        Assert.Equal(BuiltAppPackage.WebsiteUrl, (string?)manifest["developer"]!["websiteUrl"]);
        Assert.Equal("Verkruisen Bot (test)", (string?)manifest["name"]!["short"]);
        Assert.Equal("Verkruisen Bot (test)", (string?)package.EnglishJson["name.short"]);
    }

    [Theory]
    [InlineData("manifest.json")]
    [InlineData("en.json")]
    public void Package_JsonFiles_HaveNoPlaceholderLeft(string file) =>
        Assert.DoesNotContain("${{", File.ReadAllText(Path.Combine(package.Unpacked, file)), StringComparison.Ordinal);

    [Fact]
    public async Task Validate_UnpackedZip_PassesTheOfficialSchemasOffline()
    {
        var validation = await PackageCommand.ValidateAsync(package.Unpacked);
        Assert.True(validation.ExitCode == 0, validation.AllOutput);
        Assert.Contains("manifest.json, en.json", validation.Output, StringComparison.Ordinal);
    }

    /// <summary>The validator rejects what Teams would reject: proof that the check above can fail.</summary>
    [Theory]
    [InlineData("manifest.json", "name.short", "Verkruisen Bot met een veel te lange naam", "/name/short must NOT have more than 30 characters")]
    [InlineData("manifest.json", "bots.0.scopes.2", "groupchat", "/bots/0/scopes/2 must be equal to one of the allowed values")]
    [InlineData("manifest.json", "bots.0.botId", "not-a-guid", "/bots/0/botId must match pattern")]
    [InlineData("manifest.json", "manifestVersion", "1.18", "ships no MicrosoftTeams.schema.json for manifestVersion 1.18")]
    [InlineData("en.json", "name.full", "", "en.json: /name.full must match pattern")]
    [InlineData("en.json", "composeExtensions[0].commands[0].title", "Zoek in alle richtlijnen van de school", "must NOT have more than 32 characters")]
    [InlineData("en.json", "bots[0].commandLists[0].commands[12].title", "extra", "must NOT have additional properties")]
    public async Task Validate_BrokenFile_FailsNamingTheProblem(string file, string path, string value, string expected)
    {
        var broken = Directory.CreateTempSubdirectory("appPackage-broken-").FullName;
        try
        {
            foreach (var name in Directory.GetFiles(package.Unpacked))
            {
                File.Copy(name, Path.Combine(broken, Path.GetFileName(name)));
            }

            var json = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(broken, file)))!;
            if (file == "manifest.json")
            {
                SetByPath(json, path, value);
            }
            else
            {
                json[path] = value; // localization files have flat keys
            }

            await File.WriteAllTextAsync(Path.Combine(broken, file), json.ToJsonString());

            var validation = await PackageCommand.ValidateAsync(broken);

            Assert.Equal(1, validation.ExitCode);
            Assert.Contains(expected, validation.Error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(broken, recursive: true);
        }
    }

    /// <summary>Sets a value by a dotted path (numbers index arrays).</summary>
    private static void SetByPath(JsonNode json, string path, string value)
    {
        var parts = path.Split('.');
        var node = json;
        foreach (var part in parts[..^1])
        {
            node = int.TryParse(part, out var index) ? node[index]! : node[part]!;
        }

        if (int.TryParse(parts[^1], out var last))
        {
            node[last] = value;
        }
        else
        {
            node[parts[^1]] = value;
        }
    }
}
