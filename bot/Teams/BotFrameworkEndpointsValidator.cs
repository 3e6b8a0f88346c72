using Microsoft.Extensions.Options;

namespace Verkruisen.Bot.Teams;

/// <summary>Fails the start on a partial or non-https set of Bot Framework endpoints, naming each setting.</summary>
public sealed class BotFrameworkEndpointsValidator : IValidateOptions<BotFrameworkEndpointsOptions>
{
    public ValidateOptionsResult Validate(string? name, BotFrameworkEndpointsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.IsConfigured)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        foreach (var (setting, value) in options.Required)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                failures.Add($"{setting} is not set: once any Bot Framework endpoint is configured the SDK uses none of its defaults, so set all of {string.Join(", ", options.Required.Keys)} (infra/main.bicep sets them from botLocation).");
            }
            else if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
            {
                failures.Add($"{setting} must be an absolute https URL.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
