namespace ChatCoach.Core.Conversations;

/// <summary>A slash command split into its lower-case name, the bot it names (if any) and the rest of the text.</summary>
public readonly record struct CommandLine(string Name, string? BotName, string Arguments)
{
    /// <summary>Reads <c>/name[@bot] args</c>; false when the text is not a command.</summary>
    public static bool TryParse(string text, out CommandLine command)
    {
        command = default;
        var trimmed = text.TrimStart();
        if (trimmed.Length < 2 || trimmed[0] != '/' || !char.IsAsciiLetter(trimmed[1]))
        {
            return false;
        }

        var end = 1;
        while (end < trimmed.Length && !char.IsWhiteSpace(trimmed[end]))
        {
            end++;
        }

        var token = trimmed[1..end];
        var at = token.IndexOf('@', StringComparison.Ordinal);
        var name = (at >= 0 ? token[..at] : token).ToLowerInvariant();
        var bot = at >= 0 ? token[(at + 1)..] : null;
        command = new CommandLine(name, bot, trimmed[end..].Trim());
        return true;
    }
}
