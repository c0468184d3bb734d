namespace ChatCoach.Discord;

/// <summary>Interaction types (receive) and callback types (send) the coach uses.</summary>
internal static class InteractionType
{
    /// <summary>Receive: Discord checking the endpoint (only for HTTP delivery; answered with a pong anyway).</summary>
    public const int Ping = 1;

    /// <summary>Receive: a slash command.</summary>
    public const int ApplicationCommand = 2;

    /// <summary>Receive: a button press.</summary>
    public const int Component = 3;

    /// <summary>Receive: the user is typing an autocomplete option.</summary>
    public const int Autocomplete = 4;

    /// <summary>Send: answer a ping.</summary>
    public const int Pong = 1;

    /// <summary>Send: reply with a message now.</summary>
    public const int ChannelMessage = 4;

    /// <summary>Send: "thinking…" now, the message later by editing @original.</summary>
    public const int DeferredChannelMessage = 5;

    /// <summary>Send: acknowledge a button press without changing anything.</summary>
    public const int DeferredUpdate = 6;

    /// <summary>Send: autocomplete choices.</summary>
    public const int AutocompleteResult = 8;

    /// <summary>Message flag: only the invoking user sees it.</summary>
    public const int Ephemeral = 64;
}
