namespace ChatCoach.Host;

/// <summary>An adapter that cannot start with the configuration given (a rejected token). Exit code 1.</summary>
internal sealed class AdapterStartException(string message) : Exception(message);
