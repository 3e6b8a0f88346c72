namespace Verkruisen.AppPackage;

/// <summary>
/// Where placeholder values come from: an environment variable wins over the env file, so CI can override a file
/// that is committed.
/// </summary>
public sealed class PackageSettings(IReadOnlyDictionary<string, string> file, Func<string, string?> environment)
{
    public static PackageSettings FromEnvironment(string? envFilePath) => new(
        envFilePath is not null && File.Exists(envFilePath) ? EnvFile.Load(envFilePath) : new Dictionary<string, string>(),
        Environment.GetEnvironmentVariable);

    public string? Get(string name) =>
        environment(name) is { Length: > 0 } fromEnvironment ? fromEnvironment : file.GetValueOrDefault(name);
}
