using System.Globalization;
using System.Text.RegularExpressions;

namespace ChatCoach.Terminal.Replay;

/// <summary>
/// One line of a transcript: <c>[@YYYY-MM-DDTHH:MM] [#group] user: [reply]|[edit] message</c>, or a bare
/// <c>@YYYY-MM-DDTHH:MM</c> that only moves the clock.
/// </summary>
public sealed partial record TranscriptLine(int Number, DateTimeOffset? At, string? Group, string? User, string Text, TranscriptAction Action)
{
    /// <summary>Reads one line; null for blank lines and <c>//</c> comments; a <see cref="FormatException"/> for anything else that does not fit.</summary>
    public static TranscriptLine? Parse(string line, int number)
    {
        var trimmed = line.Trim();
        if (trimmed.Length == 0 || trimmed.StartsWith("//", StringComparison.Ordinal))
        {
            return null;
        }

        var match = Pattern().Match(trimmed);
        if (!match.Success)
        {
            throw new FormatException("expected '[@YYYY-MM-DDTHH:MM] [#group] user: message', such as '@2026-11-23T18:00 ana: deadlift 3x5 100kg'");
        }

        DateTimeOffset? at = null;
        if (match.Groups["at"].Success)
        {
            if (!DateTimeOffset.TryParseExact(match.Groups["at"].Value, "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
            {
                throw new FormatException($"'{match.Groups["at"].Value}' is not a valid time; write it as @2026-11-23T18:00 (UTC)");
            }

            at = parsed;
        }

        if (!match.Groups["user"].Success)
        {
            if (at is null || match.Groups["group"].Success)
            {
                throw new FormatException("expected 'user: message' after the time and group");
            }

            return new TranscriptLine(number, at, null, null, string.Empty, TranscriptAction.ClockOnly);
        }

        var text = match.Groups["text"].Value;
        var action = TranscriptAction.Say;
        if (text.StartsWith("[reply]", StringComparison.OrdinalIgnoreCase))
        {
            (action, text) = (TranscriptAction.ReplyToCoach, text["[reply]".Length..].TrimStart());
        }
        else if (text.StartsWith("[edit]", StringComparison.OrdinalIgnoreCase))
        {
            (action, text) = (TranscriptAction.EditLast, text["[edit]".Length..].TrimStart());
        }

        return new TranscriptLine(number, at, match.Groups["group"].Success ? match.Groups["group"].Value : null, match.Groups["user"].Value, text, action);
    }

    [GeneratedRegex(@"^(?:@(?<at>\S+))?\s*(?:#(?<group>[\p{L}\p{N}_-]+)\s+)?(?:(?<user>[\p{L}\p{N}_.-]+):[ \t]?(?<text>.*))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}

/// <summary>What a transcript line does.</summary>
public enum TranscriptAction
{
    /// <summary>A new message.</summary>
    Say,

    /// <summary>A new message sent as a reply to the coach's latest reply in that chat (<c>[reply]</c>).</summary>
    ReplyToCoach,

    /// <summary>An edit of the user's previous message in that chat (<c>[edit]</c>).</summary>
    EditLast,

    /// <summary>Only moves the clock (and runs what fell due).</summary>
    ClockOnly,
}
