using System.Runtime.InteropServices;
using System.Text.Json;

namespace Verkruisen.Bot.Tests.Hosting;

public sealed class RuntimeSettingsTests
{
    [Fact]
    public void TheGcTheBotNames_ShipsWithTheRuntime()
    {
        // A runtime without the named GC does not start the bot at all: fail here, not in App Service.
        using var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Verkruisen.Bot.runtimeconfig.json")));
        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");
        // The segments GC is named where the runtime ships it as libclrgc.so, Linux, and nowhere else: on Windows or macOS
        // the bot starts with the default GC (bot csproj, SegmentsGc; README, Memory).
        var named = properties.TryGetProperty("System.GC.Name", out var name);
        Assert.True(named == OperatingSystem.IsLinux(), named ? $"{name} is named on a runtime that is not Linux" : "the bot names no GC on Linux");
        if (named)
        {
            Assert.True(File.Exists(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), name.GetString()!)), $"{name} is not in {RuntimeEnvironment.GetRuntimeDirectory()}");
        }
    }
}
