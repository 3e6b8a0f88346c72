namespace Verkruisen.Bot.CommandLine;

/// <summary>
/// The settings of a command that reads storage, from the same places the service reads them: appsettings.json, then
/// appsettings.{environment}.json (DOTNET_ENVIRONMENT or ASPNETCORE_ENVIRONMENT, default Production), then environment
/// variables (<c>Storage__ConnectionString</c>).
/// </summary>
public static class CommandLineConfiguration
{
    public static IConfiguration Load()
    {
        var environment = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT")
            ?? Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT")
            ?? "Production";
        return new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddJsonFile("appsettings." + environment + ".json", optional: true)
            .AddEnvironmentVariables()
            .Build();
    }
}
