namespace ChatCoach.Host;

/// <summary>A command line that cannot be run: unknown verb, bad flag, missing argument. Exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
