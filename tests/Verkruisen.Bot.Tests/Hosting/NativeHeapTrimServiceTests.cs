using Microsoft.Extensions.Logging.Abstractions;
using Verkruisen.Bot.Hosting;

namespace Verkruisen.Bot.Tests.Hosting;

public sealed class NativeHeapTrimServiceTests
{
    [Fact]
    public void TrimOnce_CallsTheTrimAndKeepsGoing()
    {
        var calls = 0;
        using var service = new NativeHeapTrimService(TimeProvider.System, NullLogger<NativeHeapTrimService>.Instance, () => ++calls > 0);

        Assert.True(service.TrimOnce());
        Assert.True(service.TrimOnce());
        Assert.Equal(2, calls);
    }

    [Theory]
    [InlineData(typeof(EntryPointNotFoundException))]
    [InlineData(typeof(DllNotFoundException))]
    public void TrimOnce_WithoutMallocTrim_Stops(Type missing)
    {
        using var service = new NativeHeapTrimService(TimeProvider.System, NullLogger<NativeHeapTrimService>.Instance,
            () => throw (Exception)Activator.CreateInstance(missing)!);

        Assert.False(service.TrimOnce());
    }

    [Fact]
    public void TrimOnce_OnLinux_CallsGlibc()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // malloc_trim is glibc's; the service is registered on Linux only
        }

        using var service = new NativeHeapTrimService(NullLogger<NativeHeapTrimService>.Instance);

        Assert.True(service.TrimOnce());
    }
}
