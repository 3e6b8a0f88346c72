using Microsoft.Extensions.Options;

namespace Verkruisen.Bot.Teams;

/// <summary>
/// Fail closed. The SDK treats an empty MicrosoftAppId as "no authentication"; this refuses that unless
/// Teams:AllowAnonymous is on and the environment is Development. Each failure names the setting to fix.
/// </summary>
public sealed class BotCredentialsValidator(IHostEnvironment environment, IOptions<TeamsOptions> teams)
    : IValidateOptions<BotCredentialsOptions>
{
    public ValidateOptionsResult Validate(string? name, BotCredentialsOptions options)
    {
        if (options.IsAnonymous)
        {
            if (AnonymousAllowed() && environment.IsDevelopment())
            {
                return ValidateOptionsResult.Success;
            }

            return ValidateOptionsResult.Fail(
                "MicrosoftAppId is not set: the bot refuses to run without credentials. Set MicrosoftAppType, " +
                "MicrosoftAppId and MicrosoftAppTenantId (and MicrosoftAppPassword for SingleTenant). Anonymous mode " +
                "(Teams:AllowAnonymous=true) is only for the Development environment and the local Teams-like client.");
        }

        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
        {
            failures.Add("MicrosoftAppTenantId is not set: a single-tenant or managed-identity bot needs its tenant id.");
        }

        switch (options.MicrosoftAppType)
        {
            case BotCredentialsOptions.SingleTenant when string.IsNullOrWhiteSpace(options.MicrosoftAppPassword):
                failures.Add("MicrosoftAppPassword is not set: MicrosoftAppType SingleTenant needs the app's client secret.");
                break;
            case BotCredentialsOptions.SingleTenant:
                break;
            case BotCredentialsOptions.UserAssignedMsi when !string.IsNullOrWhiteSpace(options.MicrosoftAppPassword):
                failures.Add("MicrosoftAppPassword must be empty with MicrosoftAppType UserAssignedMSI: the managed identity has no secret.");
                break;
            case BotCredentialsOptions.UserAssignedMsi:
                break;
            default:
                failures.Add(
                    $"MicrosoftAppType must be {BotCredentialsOptions.SingleTenant} or {BotCredentialsOptions.UserAssignedMsi} " +
                    "(new multi-tenant Azure bots can no longer be created).");
                break;
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Teams:AllowAnonymous; false when the Teams section is itself invalid (that is reported on its own).</summary>
    private bool AnonymousAllowed()
    {
        try
        {
            return teams.Value.AllowAnonymous;
        }
        catch (OptionsValidationException)
        {
            return false;
        }
    }
}
