namespace ChatCoach.Core.Exercises;

/// <summary>A seed file that cannot be used. The message names the file and the entry, so it can be fixed.</summary>
public sealed class SeedException : Exception
{
    public SeedException(string message)
        : base(message)
    {
    }

    public SeedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SeedException()
    {
    }
}
