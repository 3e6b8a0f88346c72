using System.CommandLine;


namespace Verkruisen.AppPackage;

/// <summary>The entry point (named, so that tests referencing both this tool and the bot see one Program).</summary>
internal static class PackageProgram
{
    public static async Task<int> Main(string[] args)
    {
        var environment = new Argument<string>("environment")
        {
            Description = "The environment (dev, local, prod, ...): reads env/.env.<environment> and names the package.",
        };
        var source = new Option<DirectoryInfo>("--source") { Description = "The template folder.", DefaultValueFactory = _ => new("manifest") };
        var output = new Option<DirectoryInfo>("--out") { Description = "Where the package goes.", DefaultValueFactory = _ => new(Path.Combine("manifest", "build")) };
        var envFile = new Option<FileInfo?>("--env-file") { Description = "The settings file (default env/.env.<environment>)." };
        var root = new RootCommand("Builds the Teams app package: fills the ${{VAR}} placeholders from environment variables and the env file.")
        {
            environment, source, output, envFile,
        };
        root.SetAction(parse =>
        {
            var name = parse.GetValue(environment)!;
            if (!EnvFile.IsName(name.Replace('-', '_')))
            {
                Console.Error.WriteLine($"Not an environment name: '{name}'.");
                return 2;
            }

            var settingsFile = parse.GetValue(envFile)?.FullName ?? Path.Combine("env", $".env.{name}");
            if (parse.GetValue(envFile) is { Exists: false } explicitFile)
            {
                Console.Error.WriteLine($"The settings file {explicitFile.FullName} does not exist.");
                return 2;
            }

            try
            {
                var settings = PackageSettings.FromEnvironment(settingsFile);
                var package = AppPackageBuilder.Build(parse.GetValue(source)!.FullName, settings.Get, parse.GetValue(output)!.FullName, name);
                Console.WriteLine($"Built {package.Zip} ({string.Join(", ", package.Files)})");
                return 0;
            }
            catch (MissingSettingsException e)
            {
                Console.Error.WriteLine($"{e.Message}. Set them as environment variables or in {settingsFile}; no package was built.");
                return 1;
            }
            catch (Exception e) when (e is IOException or InvalidDataException or FormatException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine(e.Message);
                return 2;
            }
        });
        return await root.Parse(args).InvokeAsync();
    }
}
