using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Verkruisen.Bot.Tests.TestSupport;

/// <summary>
/// A process the tests start, with its output captured, readiness read from its own output (never from a port
/// another process might hold), and a kill of its whole tree on dispose and when the test process exits. It runs
/// under a small bash guard in a process group of its own: when the test process goes away in any way (also when a
/// cancelled run kills it, so no exit handler runs), the guard's stdin closes and it stops the whole group.
/// </summary>
public sealed class ChildProcess : IAsyncDisposable
{
    /// <summary>
    /// $1.. is the command. The command gets /dev/null as stdin and a process group of its own (set -m); the guard
    /// waits for it, and a watcher stops the group (TERM, then KILL) as soon as the guard's stdin (a pipe from the test
    /// process) reaches end of file. The sleep is the grace period a stopped group gets, not synchronisation.
    /// </summary>
    private const string Guard = """
        set -m
        "$@" </dev/null &
        child=$!
        ( read -r _; kill -TERM -- "-$child" 2>/dev/null; sleep 3; kill -KILL -- "-$child" 2>/dev/null ) &
        watcher=$!
        wait "$child"
        code=$?
        kill -KILL -- "-$watcher" 2>/dev/null
        exit "$code"
        """;

    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();
    private readonly ChangeSignal changes = new();

    private ChildProcess(Process process)
    {
        this.process = process;
        process.OutputDataReceived += (_, e) => Add(e.Data);
        process.ErrorDataReceived += (_, e) => Add(e.Data);
        process.Exited += (_, _) => changes.Pulse();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        // At exit there is no time to wait: closing stdin is enough for the guard's watcher to stop the command.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Abandon();
    }

    public string Output => string.Join('\n', output);

    public bool HasExited => process.HasExited;

    public int ExitCode => process.ExitCode;

    /// <summary>Starts <paramref name="info"/>'s program (its arguments, environment and folder) under the guard.</summary>
    public static ChildProcess Start(ProcessStartInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        var command = new List<string> { info.FileName };
        command.AddRange(info.ArgumentList);
        info.FileName = "bash";
        info.ArgumentList.Clear();
        foreach (var argument in new[] { "-c", Guard, "guard" }.Concat(command))
        {
            info.ArgumentList.Add(argument);
        }

        info.RedirectStandardInput = true;
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.UseShellExecute = false;
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        if (!process.Start())
        {
            throw new InvalidOperationException(command[0] + " did not start.");
        }

        return new ChildProcess(process);
    }

    /// <summary>
    /// Waits until the process prints a line matching <paramref name="pattern"/> and returns the match; throws with
    /// the output when it exits first (e.g. its port was taken) or nothing matches within <paramref name="timeout"/>.
    /// </summary>
    public async Task<Match> WaitForOutputAsync(Regex pattern, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        Match? found = null;
        await changes.UntilAsync(
            () => (found = output.Select(line => pattern.Match(line)).FirstOrDefault(m => m.Success)) is not null || process.HasExited,
            timeout,
            () => $"No line matched /{pattern}/. Output:\n{Output}");
        return found ?? throw new ChildProcessExitedException($"The process exited with {process.ExitCode} before printing /{pattern}/:\n{Output}");
    }

    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>
    /// Stops the command and everything it started, and waits until the command has exited. No SIGSTOP anywhere (a
    /// tree kill stops each process before killing it, and a test process that exits in between leaves stopped
    /// processes behind that nothing wakes): closing the guard's stdin makes its watcher stop the command's process
    /// group (TERM, then KILL), and the guard itself is killed alone.
    /// </summary>
    public void Kill()
    {
        try
        {
            if (process.HasExited)
            {
                return;
            }

            var command = CommandOf(process.Id);
            process.StandardInput.Close();
            process.Kill();
            command?.WaitForExit(10_000);
            process.WaitForExit(5000);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or System.ComponentModel.Win32Exception)
        {
            // Already gone.
        }
    }

    /// <summary>Sends the command SIGINT, as Ctrl+C in a terminal would (for a program that saves its state when interrupted).</summary>
    public void Interrupt()
    {
        using var command = CommandOf(process.Id) ?? throw new InvalidOperationException("The command is not running.");
        using var kill = Process.Start(new ProcessStartInfo("kill", ["-INT", command.Id.ToString(CultureInfo.InvariantCulture)]) { UseShellExecute = false })
            ?? throw new InvalidOperationException("kill did not start.");
        kill.WaitForExit();
        if (kill.ExitCode != 0)
        {
            throw new InvalidOperationException($"kill -INT {command.Id} exited with {kill.ExitCode}.");
        }
    }

    /// <summary>The guard's child that runs the command (the other child, the watcher, is a copy of the guard).</summary>
    private static Process? CommandOf(int guard)
    {
        try
        {
            var own = File.ReadAllText($"/proc/{guard}/cmdline");
            var children = File.ReadAllText($"/proc/{guard}/task/{guard}/children")
                .Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(int.Parse);
            foreach (var child in children)
            {
                if (File.ReadAllText($"/proc/{child}/cmdline") != own)
                {
                    return Process.GetProcessById(child);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or FormatException)
        {
            // Gone while we looked: nothing to wait for.
        }

        return null;
    }

    private void Abandon()
    {
        try
        {
            process.StandardInput.Close();
        }
        catch (Exception e) when (e is InvalidOperationException or IOException)
        {
            // Already gone.
        }
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        process.Dispose();
        return ValueTask.CompletedTask;
    }

    private void Add(string? line)
    {
        if (line is not null)
        {
            output.Enqueue(line);
            changes.Pulse();
        }
    }
}
