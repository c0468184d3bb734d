namespace ChatCoach.Terminal;

/// <summary>The terminal chat (section <c>Terminal</c>).</summary>
public sealed class TerminalOptions
{
    public const string SectionName = "Terminal";

    /// <summary>
    /// True to run the terminal chat, false to never run it; unset runs it only when no platform token is configured.
    /// </summary>
    public bool? Enabled { get; set; }

    /// <summary>The name the local user chats as; defaults to the operating system's user name.</summary>
    public string? UserName { get; set; }

    /// <summary>Where charts and exports are saved, since a terminal cannot show them.</summary>
    public string OutputPath { get; set; } = Path.Combine("data", "out");
}
