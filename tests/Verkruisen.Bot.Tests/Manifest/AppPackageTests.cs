using System.IO.Compression;
using System.Text.Json.Nodes;

namespace Verkruisen.Bot.Tests.Manifest;

/// <summary>The package an admin uploads, as the real command builds it.</summary>
[Collection(AppPackageGroup.Name)]
public sealed class AppPackageTests(BuiltAppPackage package, PackageValidations validations) : IClassFixture<PackageValidations>
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
        var validation = (await validations.GetAsync(package.Unpacked))[PackageValidations.Unchanged];
        Assert.True(validation.ExitCode == 0, validation.AllOutput);
        Assert.Contains("manifest.json, en.json", validation.Output, StringComparison.Ordinal);
    }

    /// <summary>Copies of the package with one value changed that Teams would reject.</summary>
    public static TheoryData<string, string, string, string> BrokenFiles { get; } = new()
    {
        { "manifest.json", "name.short", "Verkruisen Bot met een veel te lange naam", "/name/short must NOT have more than 30 characters" },
        { "manifest.json", "bots.0.scopes.2", "groupchat", "/bots/0/scopes/2 must be equal to one of the allowed values" },
        { "manifest.json", "bots.0.botId", "not-a-guid", "/bots/0/botId must match pattern" },
        { "manifest.json", "manifestVersion", "1.18", "ships no MicrosoftTeams.schema.json for manifestVersion 1.18" },
        { "en.json", "name.full", "", "en.json: /name.full must match pattern" },
        { "en.json", "composeExtensions[0].commands[0].title", "Zoek in alle richtlijnen van de school", "must NOT have more than 32 characters" },
        { "en.json", "bots[0].commandLists[0].commands[12].title", "extra", "must NOT have additional properties" },
    };

    /// <summary>The validator rejects what Teams would reject: proof that the check above can fail.</summary>
    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public async Task Validate_BrokenFile_FailsNamingTheProblem(string file, string path, string value, string expected)
    {
        _ = value; // set in the copy by PackageValidations
        var validation = (await validations.GetAsync(package.Unpacked))[PackageValidations.Key(file, path)];

        Assert.Equal(1, validation.ExitCode);
        Assert.Contains(expected, validation.Error, StringComparison.Ordinal);
    }
}
