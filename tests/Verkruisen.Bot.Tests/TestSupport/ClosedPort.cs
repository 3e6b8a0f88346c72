using System.Net;
using System.Net.Sockets;

namespace Verkruisen.Bot.Tests.TestSupport;

/// <summary>
/// A loopback port that refuses connections for as long as this lives: bound (so no other process on the machine can
/// take it, as could happen to a port that was merely free a moment ago) but never listening.
/// </summary>
public sealed class ClosedPort : IDisposable
{
    private readonly Socket socket = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);

    public ClosedPort()
    {
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        Port = ((IPEndPoint)socket.LocalEndPoint!).Port;
    }

    public int Port { get; }

    public void Dispose() => socket.Dispose();
}
