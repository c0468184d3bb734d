using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ChatCoach.Telegram.Tests.Fakes;

/// <summary>A file part of a multipart call.</summary>
internal sealed record RecordedFile(string FieldName, string FileName, byte[] Content);

/// <summary>
/// One Bot API call as the fake server saw it. Parameters are strings whatever the encoding: JSON strings as their
/// value, other JSON values (numbers, objects) as JSON text, multipart fields as sent.
/// </summary>
internal sealed record RecordedCall(string Method, IReadOnlyDictionary<string, string> Parameters, IReadOnlyList<RecordedFile> Files, DateTimeOffset At, bool Succeeded)
{
    public string? this[string name] => Parameters.TryGetValue(name, out var value) ? value : null;

    public long? Long(string name) => this[name] is { } v ? long.Parse(v, CultureInfo.InvariantCulture) : null;

    public JsonElement? Json(string name) => this[name] is { } v ? JsonDocument.Parse(v).RootElement.Clone() : null;

    /// <summary>The id the fake gave the message a successful send created.</summary>
    public long? MessageId => Long("message_id");

    public string Text => this["text"] ?? this["caption"] ?? string.Empty;

    /// <summary>The text as the user reads it: the adapter's b and i tags dropped, entities decoded.</summary>
    public string Plain => WebUtility.HtmlDecode(Regex.Replace(Text, "</?[bi]>", string.Empty));

    public long? ChatId => Long("chat_id");

    /// <summary>The message id in reply_parameters, or null.</summary>
    public long? ReplyTo => Json("reply_parameters") is { } p && p.TryGetProperty("message_id", out var id) ? id.GetInt64() : null;

    /// <summary>The callback_data of every inline button, row by row.</summary>
    public IReadOnlyList<string> Buttons =>
        Json("reply_markup") is { } markup && markup.TryGetProperty("inline_keyboard", out var rows)
            ? [.. rows.EnumerateArray().SelectMany(r => r.EnumerateArray()).Select(b => b.GetProperty("callback_data").GetString()!)]
            : [];
}
