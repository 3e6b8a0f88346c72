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
        Assert.True(properties.TryGetProperty("System.GC.Name", out var name), "the bot names its GC (README, Memory)");
        if (OperatingSystem.IsLinux())
        {
            Assert.True(File.Exists(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), name.GetString()!)), $"{name} is not in {RuntimeEnvironment.GetRuntimeDirectory()}");
        }
    }
}
