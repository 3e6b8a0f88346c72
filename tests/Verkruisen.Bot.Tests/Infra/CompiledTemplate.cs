using System.Text.Json.Nodes;
using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.Infra;

/// <summary>infra/main.bicep compiled once per test class (bicep build to a temporary ARM JSON file).</summary>
public sealed class CompiledTemplate : IAsyncLifetime
{
    public static string BicepFile => RepoPaths.InRepo("infra", "main.bicep");

    public BicepResult Build { get; private set; } = new(-1, "", "");

    public JsonObject Template { get; private set; } = [];

    public async Task InitializeAsync()
    {
        var output = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"verkruisen-main-{Guid.NewGuid():N}.json");
        try
        {
            Build = await BicepCli.RunAsync("build", BicepFile, "--outfile", output);
            if (Build.ExitCode == 0)
            {
                Template = JsonNode.Parse(await File.ReadAllTextAsync(output))!.AsObject();
            }
        }
        finally
        {
            File.Delete(output);
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
}
