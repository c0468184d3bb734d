namespace ChatCoach.Telegram;

/// <summary>
/// Timings and limits of the adapter that operators have no reason to change. Tests register their own instance to
/// run fast; every delay is measured on the injected <see cref="TimeProvider"/>.
/// </summary>
internal sealed record TelegramTuning
{
    /// <summary>The long-poll wait sent with getUpdates, in seconds.</summary>
    public int PollTimeoutSeconds { get; init; } = 25;

    /// <summary>The first wait after a failed call; it doubles up to <see cref="MaxBackoff"/>, with jitter.</summary>
    public TimeSpan BackoffBase { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Attempts for a send that fails with a network error or 5xx before it is dropped.</summary>
    public int MaxTransientAttempts { get; init; } = 5;

    /// <summary>How many 429 answers one send may get before it is dropped.</summary>
    public int MaxTooManyRequests { get; init; } = 10;

    /// <summary>Attempts at getMe when Telegram cannot be reached at start-up, before the host gives up.</summary>
    public int StartupAttempts { get; init; } = 5;

    /// <summary>Telegram's guidance: about one message a second in one chat.</summary>
    public TimeSpan PerChatInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Telegram's guidance: at most 20 messages a minute in one group.</summary>
    public int GroupMessagesPerMinute { get; init; } = 20;

    /// <summary>Telegram's guidance: about 30 messages a second overall.</summary>
    public int MessagesPerSecond { get; init; } = 30;

    /// <summary>How long a group member's admin status is trusted before it is looked up again.</summary>
    public TimeSpan AdminCacheFor { get; init; } = TimeSpan.FromMinutes(5);
}
