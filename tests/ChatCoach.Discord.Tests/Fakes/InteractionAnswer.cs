using System.Text.Json;

namespace ChatCoach.Discord.Tests.Fakes;

/// <summary>How an interaction was answered: the callback type (4 at once, 5 deferred), the message sent, its files and id.</summary>
internal sealed record InteractionAnswer(int CallbackType, JsonElement Message, IReadOnlyList<RecordedFile> Files, string? MessageId)
{
    public string Content => Message.TryGetProperty("content", out var c) ? c.GetString() ?? string.Empty : string.Empty;

    /// <summary>The custom_id of every button on the message, row by row.</summary>
    public IReadOnlyList<string> Buttons =>
        Message.TryGetProperty("components", out var rows)
            ? [.. rows.EnumerateArray().SelectMany(r => r.GetProperty("components").EnumerateArray()).Select(b => b.GetProperty("custom_id").GetString()!)]
            : [];
}
