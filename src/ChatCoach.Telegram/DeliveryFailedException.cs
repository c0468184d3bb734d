namespace ChatCoach.Telegram;

/// <summary>A message Telegram will not take (blocked, chat gone, rejected) or could not take after bounded retries.</summary>
internal sealed class DeliveryFailedException : Exception
{
    public DeliveryFailedException(int? code, string reason, Exception? inner)
        : base(reason, inner)
    {
        Code = code;
    }

    public DeliveryFailedException()
    {
    }

    public DeliveryFailedException(string message)
        : base(message)
    {
    }

    public DeliveryFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The Bot API error code (403 blocked, 400 chat not found…), or null for a network failure.</summary>
    public int? Code { get; }
}
