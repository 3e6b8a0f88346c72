using System.Text.Json.Nodes;
using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.Infra;

/// <summary>
/// infra/main.bicep compiled once per test run (bicep build to a temporary ARM JSON file, a few seconds of CPU), and
/// parsed per test class: the classes that read it run side by side, and a parsed node fills itself in lazily.
/// </summary>
public sealed class CompiledTemplate : IAsyncLifetime
{
    private static readonly Lazy<Task<(BicepResult Build, string? Json)>> Compiled = new(CompileAsync);

    public static string BicepFile => RepoPaths.InRepo("infra", "main.bicep");

    public BicepResult Build { get; private set; } = new(-1, "", "");

    public JsonObject Template { get; private set; } = [];

    public async Task InitializeAsync()
    {
        (Build, var json) = await Compiled.Value;
        if (json is not null)
        {
            Template = JsonNode.Parse(json)!.AsObject();
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>Resources of one type (the compiled "resources" is an array, or an object with symbolic names).</summary>
    public IReadOnlyList<JsonObject> Resources(string type)
    {
        var resources = Template["resources"] switch
        {
            JsonArray array => array.Select(r => r!.AsObject()),
            JsonObject byName => byName.Select(pair => pair.Value!.AsObject()),
            _ => [],
        };
        return [.. resources.Where(r => string.Equals((string?)r["type"], type, StringComparison.OrdinalIgnoreCase))];
    }

    public JsonObject One(string type)
    {
        var found = Resources(type);
        Assert.True(found.Count == 1, $"expected one {type}, found {found.Count}");
        return found[0];
    }

    public JsonObject Parameters => Template["parameters"]?.AsObject() ?? [];

    public JsonObject Outputs => Template["outputs"]?.AsObject() ?? [];

    private static async Task<(BicepResult Build, string? Json)> CompileAsync()
    {
        var output = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"verkruisen-main-{Guid.NewGuid():N}.json");
        try
        {
            var build = await BicepCli.RunAsync("build", BicepFile, "--outfile", output);
            return (build, build.ExitCode == 0 ? await File.ReadAllTextAsync(output) : null);
        }
        finally
        {
            File.Delete(output);
        }
    }
}
