using System.Text.Json;

namespace ChatCoach.Discord.Tests.Fakes;

/// <summary>A REST call the fake Discord received. <see cref="Json"/> is the body, or the payload_json part of a multipart body.</summary>
internal sealed record RecordedRequest(
    string Method,
    string Path,
    string Query,
    string? Authorization,
    string? UserAgent,
    string? ContentType,
    JsonElement Json,
    IReadOnlyList<RecordedFile> Files,
    DateTimeOffset At)
{
    /// <summary>The status the fake answered with.</summary>
    public int Status { get; set; } = 200;

    /// <summary>The id the fake gave the message this request created (for a callback, the message it answered with).</summary>
    public string? ResponseId { get; set; }

    public bool Is(string method, string path) => Method == method && Path == path;

    public string? Content => Json.ValueKind == JsonValueKind.Object && Json.TryGetProperty("content", out var c) ? c.GetString() : null;

    public string? ReferencedMessageId =>
        Json.ValueKind == JsonValueKind.Object && Json.TryGetProperty("message_reference", out var r) ? r.GetProperty("message_id").GetString() : null;

    /// <summary>The custom_id of every button on the message, row by row.</summary>
    public IReadOnlyList<string> Buttons =>
        Json.ValueKind == JsonValueKind.Object && Json.TryGetProperty("components", out var rows)
            ? [.. rows.EnumerateArray().SelectMany(r => r.GetProperty("components").EnumerateArray()).Select(b => b.GetProperty("custom_id").GetString()!)]
            : [];

    public JsonElement? FirstEmbed =>
        Json.ValueKind == JsonValueKind.Object && Json.TryGetProperty("embeds", out var e) && e.GetArrayLength() > 0 ? e[0] : null;
}
