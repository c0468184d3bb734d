using System.Text.Json;

namespace ChatCoach.Discord.Gateway;

/// <summary>A frame received from the gateway: <c>{"op", "d", "s", "t"}</c>. <see cref="Sequence"/> and <see cref="EventName"/> are set only for dispatches.</summary>
internal readonly record struct InboundFrame(GatewayOpcode Op, JsonElement Data, long? Sequence, string? EventName)
{
    public static InboundFrame Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var op = (GatewayOpcode)root.GetProperty("op").GetInt32();
        var data = root.TryGetProperty("d", out var d) ? d.Clone() : default;
        long? sequence = root.TryGetProperty("s", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetInt64() : null;
        var name = root.TryGetProperty("t", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        return new InboundFrame(op, data, sequence, name);
    }
}
