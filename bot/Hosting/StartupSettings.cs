using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Verkruisen.Bot.Hosting;

/// <summary>
/// Checks every validated setting before the host starts and, when any is missing or invalid, names each in one plain
/// line (what, and how to set it) instead of one exception with a stack trace. The caller exits with code 1.
/// </summary>
public static partial class StartupSettings
{
    /// <summary>The lines to print, one per failed setting; empty when every setting is valid.</summary>
    public static IReadOnlyList<string> Problems(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        try
        {
            services.GetService<IStartupValidator>()?.Validate();
            return [];
        }
        catch (OptionsValidationException e)
        {
            return [.. Lines(e).Distinct(StringComparer.Ordinal)];
        }
        catch (AggregateException e) when (e.InnerExceptions.All(i => i is OptionsValidationException))
        {
            return [.. e.InnerExceptions.Cast<OptionsValidationException>().SelectMany(Lines).Distinct(StringComparer.Ordinal)];
        }
    }

    /// <summary>Writes the problems and how settings are given; true when there were any (the process should exit 1).</summary>
    public static bool Report(IReadOnlyList<string> problems, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentNullException.ThrowIfNull(error);
        if (problems.Count == 0)
        {
            return false;
        }

        error.WriteLine($"Verkruisen Bot cannot start: {problems.Count} setting(s) to fix.");
        foreach (var problem in problems)
        {
            error.WriteLine("- " + problem);
        }

        error.WriteLine("Set them in appsettings.json, or as environment variables / App Service settings with __ for : (e.g. Storage__TableEndpoint). See README, Configuration.");
        return true;
    }

    private static IEnumerable<string> Lines(OptionsValidationException exception)
    {
        var section = exception.OptionsType.GetField("SectionName", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() as string;
        foreach (var failure in exception.Failures)
        {
            var match = DataAnnotationFailure().Match(failure);
            if (!match.Success)
            {
                yield return failure;
                continue;
            }

            var error = match.Groups["error"].Value;
            var members = match.Groups["members"].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            yield return error.Contains(':', StringComparison.Ordinal) || section is null
                ? error
                : $"{string.Join(", ", members.Select(m => section + ":" + m))}: {error}";
        }
    }

    [GeneratedRegex(@"^DataAnnotation validation failed for '[^']*' members: '(?<members>[^']*)' with the error: '(?<error>.*)'\.?$", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex DataAnnotationFailure();
}
