namespace ChatCoach.Host.Tests.Durability;

/// <summary>Where in the coach's life a round of the durability test sends SIGKILL.</summary>
internal enum KillPoint
{
    /// <summary>A random moment after the process starts: migrations may be half-way.</summary>
    DuringStartUp,

    /// <summary>The moment a reply has been read: the "kill -9 right after the reply".</summary>
    RightAfterAReply,

    /// <summary>A random few milliseconds after a message was written: it may be parsed, mid-transaction, or committed but unanswered.</summary>
    WhileAMessageIsHandled,

    /// <summary>Several messages written at once, killed after a random number of their replies.</summary>
    WithMessagesQueued,
}
