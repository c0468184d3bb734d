using System.Text.Json;

namespace ChatCoach.Discord.Gateway;

/// <summary>A dispatch (op 0) handed from the receive loop to the adapter.</summary>
internal sealed record GatewayDispatch(string EventName, JsonElement Data, long Sequence);
