namespace Verkruisen.AppPackage;

/// <summary>The package cannot be built: these settings have no value.</summary>
public sealed class MissingSettingsException(IReadOnlyList<string> names)
    : Exception("Missing setting(s): " + string.Join(", ", names))
{
    public IReadOnlyList<string> Names { get; } = names;
}
