using System.Buffers;
using System.Net.WebSockets;
using System.Text;

namespace ChatCoach.Discord.Gateway;

/// <summary>The gateway transport over <see cref="ClientWebSocket"/>; accepts wss:// and, for tests, ws:// URLs.</summary>
internal sealed class WebSocketGatewayTransport : IGatewayTransport
{
    private readonly ClientWebSocket _socket = new();

    public int? CloseStatus { get; private set; }

    public Task ConnectAsync(Uri uri, CancellationToken ct) => _socket.ConnectAsync(uri, ct);

    public Task SendTextAsync(string text, CancellationToken ct) =>
        _socket.SendAsync(new ReadOnlyMemory<byte>(Encoding.UTF8.GetBytes(text)), WebSocketMessageType.Text, endOfMessage: true, ct).AsTask();

    public async Task<string?> ReceiveTextAsync(CancellationToken ct)
    {
        // A message may span several frames: read until EndOfMessage.
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer.GetMemory(8 * 1024), ct);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                CloseStatus = (int?)_socket.CloseStatus;
                try
                {
                    // Echo the server's code to complete the handshake; 1000 here would not end a session the server already ended.
                    await _socket.CloseOutputAsync(_socket.CloseStatus ?? WebSocketCloseStatus.Empty, null, ct);
                }
                catch (Exception e) when (e is WebSocketException or ArgumentException or OperationCanceledException)
                {
                    // The server has gone already; there is nobody left to complete the handshake with.
                }

                return null;
            }

            buffer.Advance(result.Count);
            if (result.EndOfMessage)
            {
                return Encoding.UTF8.GetString(buffer.WrittenSpan);
            }
        }
    }

    public async Task CloseAsync(int code, string reason, CancellationToken ct)
    {
        try
        {
            if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await _socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, ct);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
        }
        finally
        {
            _socket.Abort();
        }
    }

    public void Abort() => _socket.Abort();

    public ValueTask DisposeAsync()
    {
        _socket.Dispose();
        return ValueTask.CompletedTask;
    }
}
