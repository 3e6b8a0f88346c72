using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Verkruisen.Bot.Storage;

namespace Verkruisen.Bot.Tests.Infra;

/// <summary>
/// Guards the security settings of infra/main.bicep on the compiled ARM template, so that a careless edit fails
/// here before it reaches a school's subscription.
/// </summary>
public sealed class MainBicepTests(CompiledTemplate compiled) : IClassFixture<CompiledTemplate>
{
    private const string TableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";
    private const string MonitoringMetricsPublisher = "3913510d-42f4-4e42-8a64-420c390055eb";

    /// <summary>
    /// <c>bicep build</c> runs the linter with infra/bicepconfig.json and prints the same diagnostics <c>bicep lint</c>
    /// does (errors and warnings alike), so no diagnostic at all is also a clean lint: a separate lint run (about 3 s of
    /// CPU) would prove nothing more.
    /// </summary>
    [Fact]
    public void Build_MainBicep_SucceedsWithoutDiagnostics()
    {
        Assert.True(compiled.Build.ExitCode == 0, compiled.Build.ToString());
        Assert.Empty(compiled.Build.Diagnostics);
    }

    [Theory]
    [InlineData("allowSharedKeyAccess", false)]
    [InlineData("allowBlobPublicAccess", false)]
    [InlineData("supportsHttpsTrafficOnly", true)]
    [InlineData("allowCrossTenantReplication", false)]
    public void StorageAccount_SecurityFlag_HasSafeValue(string property, bool expected)
    {
        var storage = compiled.One("Microsoft.Storage/storageAccounts");

        Assert.Equal(expected, (bool?)storage["properties"]?[property]);
    }

    [Fact]
    public void StorageAccount_MinimumTls_Is12()
    {
        var storage = compiled.One("Microsoft.Storage/storageAccounts");

        Assert.Equal("TLS1_2", (string?)storage["properties"]?["minimumTlsVersion"]);
    }

    [Fact]
    public void TableNames_DefaultList_ContainsEveryTableTheBotUses()
    {
        var defaults = compiled.Parameters["tableNames"]?["defaultValue"]?.AsArray().Select(n => (string?)n).ToHashSet();

        Assert.NotNull(defaults);
        Assert.All(Tables.All, table => Assert.Contains(table, defaults));
    }

    [Fact]
    public void RoleAssignments_IdentityGetsTableDataAndMetricsPublisher()
    {
        var assignments = compiled.Resources("Microsoft.Authorization/roleAssignments");

        var tables = Assert.Single(assignments, a => RoleOf(a).Contains(TableDataContributor, StringComparison.Ordinal));
        Assert.Contains("Microsoft.Storage/storageAccounts", (string?)tables["scope"], StringComparison.Ordinal);
        Assert.Equal("ServicePrincipal", (string?)tables["properties"]?["principalType"]);
        Assert.Contains("userAssignedIdentities", (string?)tables["properties"]?["principalId"], StringComparison.Ordinal);

        var metrics = Assert.Single(assignments, a => RoleOf(a).Contains(MonitoringMetricsPublisher, StringComparison.Ordinal));
        Assert.Contains("Microsoft.Insights/components", (string?)metrics["scope"], StringComparison.Ordinal);
    }

    [Fact]
    public void WebApp_Security_HttpsOnlyFtpsOffTls12AlwaysOnHealthCheck()
    {
        var site = compiled.One("Microsoft.Web/sites");
        var config = site["properties"]?["siteConfig"];

        Assert.True((bool?)site["properties"]?["httpsOnly"]);
        Assert.Equal("Disabled", (string?)config?["ftpsState"]);
        Assert.Equal("1.2", (string?)config?["minTlsVersion"]);
        Assert.True((bool?)config?["alwaysOn"]);
        Assert.Equal("DOTNETCORE|10.0", (string?)config?["linuxFxVersion"]);
        Assert.Equal("/healthz", (string?)config?["healthCheckPath"]);
        Assert.Equal("UserAssigned", (string?)site["identity"]?["type"]);
    }

    [Fact]
    public void WebApp_FtpBasicAuth_IsOff()
    {
        var policies = compiled.Resources("Microsoft.Web/sites/basicPublishingCredentialsPolicies");

        var ftp = Assert.Single(policies, p => ((string?)p["name"])?.Contains("'ftp'", StringComparison.Ordinal) == true);
        Assert.False((bool?)ftp["properties"]?["allow"]);
        Assert.False((bool?)compiled.Parameters["allowScmBasicAuth"]?["defaultValue"]);
    }

    [Theory]
    [InlineData("MicrosoftAppId")]
    [InlineData("MicrosoftAppTenantId")]
    [InlineData("AZURE_CLIENT_ID")]
    [InlineData("Storage__TableEndpoint")]
    [InlineData("Storage__ManagedIdentityClientId")]
    [InlineData("APPLICATIONINSIGHTS_CONNECTION_STRING")]
    [InlineData("Teams__AllowedTenants__")]
    public void AppSettings_NameTheBotReads_IsSet(string name)
    {
        Assert.Contains($"'{name}", AppSettingsExpression(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("MicrosoftAppType", "UserAssignedMSI")]
    [InlineData("ASPNETCORE_ENVIRONMENT", "Production")]
    public void AppSettings_FixedValue_IsSet(string name, string value)
    {
        Assert.Contains($"'{name}', '{value}'", AppSettingsExpression(), StringComparison.Ordinal);
    }

    [Fact]
    public void AppSettings_HoldNoSecrets()
    {
        var settings = AppSettingsExpression();

        Assert.DoesNotContain("MicrosoftAppPassword", settings, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("ConnectionString'", settings.Replace("APPLICATIONINSIGHTS_CONNECTION_STRING", "", StringComparison.Ordinal).Replace(").ConnectionString", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("list", settings, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Bot_UsesTheUserAssignedManagedIdentity()
    {
        var bot = compiled.One("Microsoft.BotService/botServices");
        var properties = bot["properties"];

        Assert.Equal("azurebot", (string?)bot["kind"]);
        Assert.Equal("UserAssignedMSI", (string?)properties?["msaAppType"]);
        Assert.Contains("userAssignedIdentities", (string?)properties?["msaAppMSIResourceId"], StringComparison.Ordinal);
        Assert.Contains(".clientId", (string?)properties?["msaAppId"], StringComparison.Ordinal);
        Assert.Contains(".tenantId", (string?)properties?["msaAppTenantId"], StringComparison.Ordinal);
        Assert.StartsWith("[format('https://{0}/api/messages', ", (string?)properties?["endpoint"], StringComparison.Ordinal);
        Assert.Contains("Microsoft.Web/sites", (string?)properties?["endpoint"], StringComparison.Ordinal);
    }

    [Fact]
    public void Bot_TeamsChannel_IsPresentAndEnabled()
    {
        var channel = compiled.One("Microsoft.BotService/botServices/channels");

        Assert.Equal("MsTeamsChannel", (string?)channel["properties"]?["channelName"]);
        Assert.True((bool?)channel["properties"]?["properties"]?["isEnabled"]);
    }

    [Fact]
    public void Monitoring_LocalAuth_IsDisabled()
    {
        var insights = compiled.One("Microsoft.Insights/components");
        var workspace = compiled.One("Microsoft.OperationalInsights/workspaces");

        Assert.True((bool?)insights["properties"]?["DisableLocalAuth"]);
        Assert.True((bool?)workspace["properties"]?["features"]?["disableLocalAuth"]);
    }

    [Fact]
    public void Outputs_HoldNoSecrets()
    {
        Assert.NotEmpty(compiled.Outputs);
        foreach (var (name, output) in compiled.Outputs)
        {
            var value = output?["value"]?.ToJsonString() ?? "";
            Assert.Equal("string", (string?)output?["type"]);
            Assert.DoesNotMatch("(?i)key|secret|password|connection|token|sas", name);
            Assert.DoesNotMatch("(?i)list[A-Za-z]*\\(|ConnectionString|InstrumentationKey|primaryKey", value);
        }
    }

    [Fact]
    public void Parameters_EachHasADescriptionAndTheRegionIsWestEurope()
    {
        Assert.All(compiled.Parameters, pair =>
            Assert.False(string.IsNullOrWhiteSpace((string?)pair.Value?["metadata"]?["description"]), pair.Key + " has no @description"));
        Assert.Equal("westeurope", (string?)compiled.Parameters["location"]?["defaultValue"]);
        Assert.DoesNotContain(compiled.Parameters, pair => ((string?)pair.Value?["type"])?.StartsWith("secure", StringComparison.OrdinalIgnoreCase) == true);
    }

    [Fact]
    public void ParametersFile_NamesOnlyDeclaredParameters()
    {
        var file = JsonNode.Parse(File.ReadAllText(TestSupport.RepoPaths.InRepo("infra", "main.parameters.json")))!;
        var given = file["parameters"]!.AsObject();

        Assert.NotEmpty(given);
        Assert.All(given, pair => Assert.True(compiled.Parameters.ContainsKey(pair.Key), pair.Key + " is not a parameter of main.bicep"));
        Assert.Equal("westeurope", (string?)given["location"]?["value"]);
    }

    /// <summary>The role definition id, with a reference to the template's variables resolved to its value.</summary>
    private string RoleOf(JsonObject assignment)
    {
        var role = (string?)assignment["properties"]?["roleDefinitionId"] ?? "";
        return Regex.Replace(role, @"variables\('(\w+)'\)\.(\w+)", m =>
            (string?)compiled.Template["variables"]?[m.Groups[1].Value]?[m.Groups[2].Value] ?? m.Value);
    }

    private string AppSettingsExpression()
    {
        var config = compiled.Resources("Microsoft.Web/sites/config")
            .Single(c => ((string?)c["name"])?.Contains("'appsettings'", StringComparison.Ordinal) == true);
        return config["properties"] is JsonValue expression ? expression.GetValue<string>() : config["properties"]!.ToJsonString();
    }
}
