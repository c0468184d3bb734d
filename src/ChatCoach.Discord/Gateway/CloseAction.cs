namespace ChatCoach.Discord.Gateway;

/// <summary>What a gateway close code asks of the client (protocol doc section 9).</summary>
internal enum CloseAction
{
    /// <summary>Reconnect and resume the session when one is known.</summary>
    Resume,

    /// <summary>Forget the session and identify again.</summary>
    NewSession,

    /// <summary>A configuration error: reconnecting cannot help.</summary>
    Fatal,
}
