namespace Verkruisen.Bot.Tests.TestSupport;

/// <summary>A child process ended before it was ready (for example because its port was taken in the meantime).</summary>
public sealed class ChildProcessExitedException(string message) : Exception(message);
