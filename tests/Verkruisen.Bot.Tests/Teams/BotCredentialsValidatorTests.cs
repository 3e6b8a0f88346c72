using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Moq;
using Verkruisen.Bot.Teams;

namespace Verkruisen.Bot.Tests.Teams;

/// <summary>Fail closed: credentials are complete, or anonymous is explicitly on in Development.</summary>
public sealed class BotCredentialsValidatorTests
{
    [Theory]
    [InlineData("Production", true)]
    [InlineData("Production", false)]
    [InlineData("Staging", true)]
    [InlineData("Development", false)]
    public void Validate_NoAppIdUnlessAnonymousInDevelopment_FailsNamingMicrosoftAppId(string environment, bool anonymous)
    {
        var result = Validator(environment, anonymous).Validate(null, new BotCredentialsOptions());

        Assert.True(result.Failed);
        Assert.Contains("MicrosoftAppId", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NoAppIdAnonymousInDevelopment_Succeeds() =>
        Assert.True(Validator("Development", anonymous: true).Validate(null, new BotCredentialsOptions()).Succeeded);

    [Theory]
    [InlineData("SingleTenant", "", "tenant-1", "MicrosoftAppPassword")]
    [InlineData("SingleTenant", "secret", "", "MicrosoftAppTenantId")]
    [InlineData("MultiTenant", "secret", "tenant-1", "MicrosoftAppType")]
    [InlineData("", "secret", "tenant-1", "MicrosoftAppType")]
    [InlineData("UserAssignedMSI", "secret", "tenant-1", "MicrosoftAppPassword")]
    [InlineData("UserAssignedMSI", "", "", "MicrosoftAppTenantId")]
    public void Validate_IncompleteCredentials_FailsNamingTheSetting(string type, string password, string tenant, string named)
    {
        var options = new BotCredentialsOptions
        {
            MicrosoftAppType = type,
            MicrosoftAppId = "00000000-1111-2222-3333-444444444444",
            MicrosoftAppPassword = password,
            MicrosoftAppTenantId = tenant,
        };

        var result = Validator("Production", anonymous: false).Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(named, result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SingleTenant", "secret")]
    [InlineData("UserAssignedMSI", "")]
    public void Validate_CompleteCredentials_Succeeds(string type, string password)
    {
        var options = new BotCredentialsOptions
        {
            MicrosoftAppType = type,
            MicrosoftAppId = "00000000-1111-2222-3333-444444444444",
            MicrosoftAppPassword = password,
            MicrosoftAppTenantId = "tenant-1",
        };

        Assert.True(Validator("Production", anonymous: false).Validate(null, options).Succeeded);
    }

    private static BotCredentialsValidator Validator(string environment, bool anonymous)
    {
        var host = new Mock<IHostEnvironment>();
        host.SetupGet(h => h.EnvironmentName).Returns(environment);
        return new BotCredentialsValidator(host.Object, Options.Create(new TeamsOptions { AllowAnonymous = anonymous, AllowedTenants = ["t"] }));
    }
}
