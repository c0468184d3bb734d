using System.Text.Json;

namespace ChatCoach.Discord.Rest;

/// <summary>The outcome of a REST call: the status (0 when no response came), Discord's JSON error code, the body.</summary>
internal sealed record RestResponse(int Status, int? ErrorCode, JsonElement Body)
{
    public bool IsSuccess => Status is >= 200 and < 300;

    public string? Id => Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty("id", out var id) ? id.GetString() : null;
}
