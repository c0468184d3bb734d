using System.Buffers;
using System.Text;
using System.Text.Json;

namespace ChatCoach.Discord.Gateway;

/// <summary>The frames this client sends to the gateway.</summary>
internal static class OutboundFrames
{
    /// <summary>Send: op 1 with the last sequence received, or null before any.</summary>
    public static string Heartbeat(long? sequence) => Write(w =>
    {
        w.WriteNumber("op", (int)GatewayOpcode.Heartbeat);
        if (sequence is { } s)
        {
            w.WriteNumber("d", s);
        }
        else
        {
            w.WriteNull("d");
        }
    });

    /// <summary>Send: op 2. The raw token, no "Bot " prefix; the shard only when there is more than one.</summary>
    public static string Identify(string token, int intents, int shardId, int shardCount) => Write(w =>
    {
        w.WriteNumber("op", (int)GatewayOpcode.Identify);
        w.WriteStartObject("d");
        w.WriteString("token", token);
        w.WriteNumber("intents", intents);
        w.WriteStartObject("properties");
        w.WriteString("os", Environment.OSVersion.Platform == PlatformID.Unix ? "linux" : "windows");
        w.WriteString("browser", "chatcoach");
        w.WriteString("device", "chatcoach");
        w.WriteEndObject();
        if (shardCount > 1)
        {
            w.WriteStartArray("shard");
            w.WriteNumberValue(shardId);
            w.WriteNumberValue(shardCount);
            w.WriteEndArray();
        }

        w.WriteEndObject();
    });

    /// <summary>Send: op 6, continuing a session from the last sequence.</summary>
    public static string Resume(string token, string sessionId, long? sequence) => Write(w =>
    {
        w.WriteNumber("op", (int)GatewayOpcode.Resume);
        w.WriteStartObject("d");
        w.WriteString("token", token);
        w.WriteString("session_id", sessionId);
        if (sequence is { } s)
        {
            w.WriteNumber("seq", s);
        }
        else
        {
            w.WriteNull("seq");
        }

        w.WriteEndObject();
    });

    private static string Write(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
