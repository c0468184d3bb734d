namespace ChatCoach.Core.Chat;

/// <summary>
/// An adapter cannot run with the configuration it was given (a rejected token, a missing intent). The message says
/// what to fix; it never contains the token. The host prints it and exits with code 1.
/// </summary>
public sealed class ChatAdapterException : Exception
{
    public ChatAdapterException(string message)
        : base(message)
    {
    }

    public ChatAdapterException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ChatAdapterException()
    {
    }
}
