using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Verkruisen.Bot.Hosting;

/// <summary>
/// Every 30 seconds, hands the C heap's free pages back to the OS (glibc's <c>malloc_trim</c>; Linux only). The
/// runtime compiles methods on several threads, each with its own malloc arena, and glibc returns freed memory only
/// from the top of an arena: after 10,000 mixed turns the arenas held 36 MB of which 26 MB was free, all resident.
/// A trim returns those pages (22 MB) and takes about a millisecond (README, "Memory on a small App Service plan").
/// Where there is no glibc (musl), the first attempt fails and the service stops.
/// </summary>
public sealed partial class NativeHeapTrimService : BackgroundService
{
    /// <summary>Time between trims.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    private readonly TimeProvider time;
    private readonly ILogger<NativeHeapTrimService> logger;
    private readonly Func<bool> trim;

    /// <summary>
    /// On the wall clock (<see cref="TimeProvider.System"/>), not on the application's <see cref="TimeProvider"/>: the C heap
    /// is the process's own, and a clock that tests move (to the next timer) would trim without pause.
    /// </summary>
    public NativeHeapTrimService(ILogger<NativeHeapTrimService> logger)
        : this(TimeProvider.System, logger, MallocTrim)
    {
    }

    internal NativeHeapTrimService(TimeProvider time, ILogger<NativeHeapTrimService> logger, Func<bool> trim)
    {
        this.time = time;
        this.logger = logger;
        this.trim = trim;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken) && TrimOnce())
        {
        }
    }

    /// <summary>One trim; false when this C library has no <c>malloc_trim</c>.</summary>
    internal bool TrimOnce()
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var released = trim();
            Log.Trimmed(logger, released, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return true;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            Log.Unavailable(logger, ex.GetType().Name);
            return false;
        }
    }

    private static bool MallocTrim() => NativeMethods.malloc_trim(0) != 0;

    private static class NativeMethods
    {
        // DllImport, not LibraryImport: that needs unsafe code in the project, and int/nuint need no marshalling.
        [DllImport("libc.so.6", ExactSpelling = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        internal static extern int malloc_trim(nuint pad);
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Debug, "Native heap trimmed (pages released: {Released}) in {Milliseconds:0.0} ms")]
        public static partial void Trimmed(ILogger logger, bool released, double milliseconds);

        [LoggerMessage(2, LogLevel.Information, "No malloc_trim in this C library ({ErrorType}); the native heap is not trimmed")]
        public static partial void Unavailable(ILogger logger, string errorType);
    }
}
