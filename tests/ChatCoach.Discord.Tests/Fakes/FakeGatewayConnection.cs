using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace ChatCoach.Discord.Tests.Fakes;

/// <summary>
/// One client connection to the fake gateway, scripted by the test: it sends what the test says, answers heartbeats
/// (unless told not to) and records everything else the client sends, to be taken in order with <see cref="ExpectAsync"/>.
/// </summary>
internal sealed class FakeGatewayConnection(WebSocket socket, string path, FakeDiscord discord)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly Channel<JsonElement> _frames = Channel.CreateUnbounded<JsonElement>();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<(DateTimeOffset At, JsonElement Frame)> _heartbeats = [];

    /// <summary>"/gateway" for a fresh connection, "/resume" when the client used the resume_gateway_url.</summary>
    public string Path => path;

    /// <summary>When false, heartbeats go unacknowledged (a zombie connection, from the client's point of view).</summary>
    public bool AcknowledgeHeartbeats { get; set; } = true;

    /// <summary>The close code the client sent, or null if it dropped the socket or has not closed.</summary>
    public int? ClientCloseStatus { get; private set; }

    public Task Closed => _closed.Task;

    public DateTimeOffset HelloSentAt { get; private set; }

    public IReadOnlyList<(DateTimeOffset At, JsonElement Frame)> Heartbeats
    {
        get
        {
            lock (_heartbeats)
            {
                return [.. _heartbeats];
            }
        }
    }

    public async Task HelloAsync(int heartbeatIntervalMs = 200)
    {
        HelloSentAt = DateTimeOffset.UtcNow;
        await SendAsync($$"""{"op":10,"d":{"heartbeat_interval":{{heartbeatIntervalMs}} } }""");
    }

    /// <summary>The next frame the client sent, other than a heartbeat; it must have the given opcode.</summary>
    public async Task<JsonElement> ExpectAsync(int op)
    {
        using var timeout = new CancellationTokenSource(Patience);
        var frame = await _frames.Reader.ReadAsync(timeout.Token);
        Assert.Equal(op, frame.GetProperty("op").GetInt32());
        return frame.TryGetProperty("d", out var d) ? d : default;
    }

    /// <summary>Sends READY for a new session; the client is told to resume on the fake's /resume path.</summary>
    public Task ReadyAsync(string sessionId) =>
        DispatchAsync("READY", $$"""
            {"v":10,"user":{"id":"{{TestIds.Bot}}","username":"coach","discriminator":"0","bot":true},
             "guilds":[{"id":"{{TestIds.Guild}}","unavailable":true}],"session_id":"{{sessionId}}",
             "resume_gateway_url":"{{discord.ResumeUrl}}","application":{"id":"{{TestIds.Application}}","flags":0} }
            """);

    /// <summary>Sends a dispatch with the next sequence number, which it returns.</summary>
    public async Task<long> DispatchAsync(string eventName, string data)
    {
        var sequence = discord.NextSequence();
        await DispatchAsync(eventName, data, sequence);
        return sequence;
    }

    /// <summary>Sends a dispatch with a given sequence number (a replay after RESUME).</summary>
    public Task DispatchAsync(string eventName, string data, long sequence) =>
        SendAsync($$"""{"op":0,"t":"{{eventName}}","s":{{sequence}},"d":{{data}}}""");

    public Task SendAsync(string json) => SendRawAsync(json);

    /// <summary>Closes from the server side with a gateway close code.</summary>
    public async Task CloseAsync(int code)
    {
        await _sendLock.WaitAsync();
        try
        {
            await socket.CloseOutputAsync((WebSocketCloseStatus)code, "closed by the fake", CancellationToken.None);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Drops the TCP connection without a close frame.</summary>
    public void Drop() => socket.Abort();

    public async Task WaitClosedAsync() => await Closed.WaitAsync(Patience);

    internal async Task RunAsync()
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer, CancellationToken.None);
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        ClientCloseStatus = (int?)result.CloseStatus;
                        return;
                    }

                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);

                using var document = JsonDocument.Parse(message.ToArray());
                var frame = document.RootElement.Clone();
                if (frame.GetProperty("op").GetInt32() == 1)
                {
                    lock (_heartbeats)
                    {
                        _heartbeats.Add((DateTimeOffset.UtcNow, frame));
                    }

                    if (AcknowledgeHeartbeats)
                    {
                        await SendRawAsync("""{"op":11}""");
                    }
                }
                else
                {
                    _frames.Writer.TryWrite(frame);
                }
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or IOException)
        {
        }
        finally
        {
            _closed.TrySetResult();
        }
    }

    private async Task SendRawAsync(string json)
    {
        await _sendLock.WaitAsync();
        try
        {
            await socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
        }
        finally
        {
            _sendLock.Release();
        }
    }
}
