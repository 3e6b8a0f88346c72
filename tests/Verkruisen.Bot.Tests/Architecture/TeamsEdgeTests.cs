using System.Reflection;
using System.Text.RegularExpressions;
using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.Architecture;

/// <summary>
/// Teams/ is the edge: the Bot Framework SDK and the Teams folder are known only inside bot/Teams/ (and Program.cs,
/// which composes), so a move to another SDK is a change to Teams/ alone. Checked in the source and in the compiled
/// types (fields, constructors, signatures, base types), so neither a using nor a fully qualified name slips through.
/// </summary>
public sealed partial class TeamsEdgeTests
{
    private const string TeamsNamespace = "Verkruisen.Bot.Teams";

    [Fact]
    public void SourceFiles_OutsideTeams_NeverReferenceTeamsOrTheSdk()
    {
        var bot = RepoPaths.InRepo("bot");
        var offenders = Directory.EnumerateFiles(bot, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(bot, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("Teams/", StringComparison.Ordinal) && f != "Program.cs"
                && !f.StartsWith("obj/", StringComparison.Ordinal) && !f.StartsWith("bin/", StringComparison.Ordinal))
            .Where(f => EdgeReference().IsMatch(File.ReadAllText(Path.Combine(bot, f))))
            .ToList();

        Assert.True(offenders.Count == 0, "Outside bot/Teams/ these files reference Teams or Microsoft.Bot: " + string.Join(", ", offenders));
    }

    [Fact]
    public void Types_OutsideTeams_NeverUseTeamsOrSdkTypes()
    {
        var offenders = typeof(Program).Assembly.GetTypes()
            .Where(t => t != typeof(Program) && !IsEdge(t) && !t.Name.StartsWith('<'))
            .SelectMany(t => UsedTypes(t).Where(IsEdge).Select(used => t.FullName + " -> " + used.FullName))
            .Distinct()
            .ToList();

        Assert.True(offenders.Count == 0, "Types outside Teams use the edge: " + string.Join("; ", offenders));
    }

    [Fact]
    public void EdgeReference_FindsUsingsAndQualifiedNames()
    {
        Assert.Matches(EdgeReference(), "using Verkruisen.Bot.Teams;");
        Assert.Matches(EdgeReference(), "var a = new Microsoft.Bot.Schema.Activity();");
        Assert.Matches(EdgeReference(), "using Microsoft.Bot.Builder;");
        Assert.DoesNotMatch(EdgeReference(), "// Teams sends a command picked from the menu");
    }

    private static bool IsEdge(Type type)
    {
        var t = type.IsArray || type.IsByRef || type.IsPointer ? type.GetElementType()! : type;
        if (t.IsGenericType && !t.IsGenericTypeDefinition && t.GetGenericArguments().Any(IsEdge))
        {
            return true;
        }

        var ns = t.Namespace ?? "";
        return ns == TeamsNamespace || ns.StartsWith(TeamsNamespace + ".", StringComparison.Ordinal)
            || ns.StartsWith("Microsoft.Bot", StringComparison.Ordinal)
            || (t.DeclaringType is { } outer && IsEdge(outer));
    }

    private static IEnumerable<Type> UsedTypes(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        if (type.BaseType is { } baseType)
        {
            yield return baseType;
        }

        foreach (var i in type.GetInterfaces())
        {
            yield return i;
        }

        foreach (var field in type.GetFields(all))
        {
            yield return field.FieldType;
        }

        foreach (var property in type.GetProperties(all))
        {
            yield return property.PropertyType;
        }

        foreach (var method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
        {
            if (method is MethodInfo m)
            {
                yield return m.ReturnType;
            }

            foreach (var parameter in method.GetParameters())
            {
                yield return parameter.ParameterType;
            }
        }
    }

    [GeneratedRegex(@"\bVerkruisen\.Bot\.Teams\b|\bMicrosoft\.Bot\b", RegexOptions.CultureInvariant)]
    private static partial Regex EdgeReference();
}
