namespace Verkruisen.AppPackage;

/// <summary>A filled template and the required settings that had no value (then the text is not to be used).</summary>
public sealed record TemplateResult(string Text, IReadOnlyList<string> Missing)
{
    public bool IsComplete => Missing.Count == 0;
}
