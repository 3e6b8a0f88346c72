using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Verkruisen.Bot.Storage;

namespace Verkruisen.Bot.Tests.Storage;

/// <summary>Storage:RetryDelay: the first back-off of the Table Storage retries, checked when the bot starts.</summary>
public sealed class StorageOptionsTests
{
    [Theory]
    [InlineData(null, true, 200)]
    [InlineData("00:00:00.010", true, 10)]
    [InlineData("00:00:00", false, 0)]
    [InlineData("00:01:00", false, 0)]
    public void RetryDelay_OutsideOneMillisecondToThirtySeconds_StopsTheStart(string? delay, bool valid, int milliseconds)
    {
        var settings = new Dictionary<string, string?> { ["Storage:ConnectionString"] = "UseDevelopmentStorage=true" };
        if (delay is not null)
        {
            settings["Storage:RetryDelay"] = delay; // not set: the default
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System);
        services.AddStorage(configuration);
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

        var resolve = () => provider.GetRequiredService<IOptions<StorageOptions>>().Value;

        if (valid)
        {
            Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), resolve().RetryDelay);
        }
        else
        {
            var error = Assert.Throws<OptionsValidationException>(resolve);
            Assert.Contains(nameof(StorageOptions.RetryDelay), error.Message, StringComparison.Ordinal);
        }
    }
}
