namespace ChatCoach.Discord.Gateway;

/// <summary>Gateway opcodes this client uses. Each says which way it travels.</summary>
internal enum GatewayOpcode
{
    /// <summary>Receive: an event named by <c>t</c>, numbered by <c>s</c>.</summary>
    Dispatch = 0,

    /// <summary>Send and receive: a keep-alive carrying the last sequence; received, it asks for one now.</summary>
    Heartbeat = 1,

    /// <summary>Send: start a new session (counts against the daily identify budget).</summary>
    Identify = 2,

    /// <summary>Send: continue a dropped session from the last sequence.</summary>
    Resume = 6,

    /// <summary>Receive: reconnect and resume now.</summary>
    Reconnect = 7,

    /// <summary>Receive: the session is invalid; <c>d</c> says whether it may be resumed.</summary>
    InvalidSession = 9,

    /// <summary>Receive: the first frame, carrying <c>heartbeat_interval</c>.</summary>
    Hello = 10,

    /// <summary>Receive: the answer to our heartbeat.</summary>
    HeartbeatAck = 11,
}
