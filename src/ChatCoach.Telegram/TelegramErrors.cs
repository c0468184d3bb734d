using System.Net;
using System.Net.Sockets;
using Telegram.Bot.Exceptions;

namespace ChatCoach.Telegram;

/// <summary>Reads Bot API failures: which are worth retrying, how long Telegram asks to wait, and a safe description.</summary>
internal static class TelegramErrors
{
    /// <summary>The Bot API error code (401, 403, 429…) or the HTTP status, when there is one.</summary>
    public static int? Code(Exception e) => e switch
    {
        ApiRequestException a => a.ErrorCode,
        RequestException { HttpStatusCode: { } status } => (int)status,
        HttpRequestException { StatusCode: { } status } => (int)status,
        _ => null,
    };

    /// <summary>The wait a 429 asks for; null for any other failure.</summary>
    public static TimeSpan? RetryAfter(Exception e) =>
        Code(e) == 429 ? TimeSpan.FromSeconds(Math.Max(1, (e as ApiRequestException)?.Parameters?.RetryAfter ?? 1)) : null;

    /// <summary>
    /// True for failures that say nothing about the request itself: no connection, a timeout, a server error. 4xx
    /// answers are final (except 429, which <see cref="RetryAfter"/> handles).
    /// </summary>
    public static bool IsTransient(Exception e) => Code(e) switch
    {
        null => e is RequestException or HttpRequestException or SocketException or IOException or TimeoutException or TaskCanceledException,
        >= 500 => true,
        _ => false,
    };

    /// <summary>
    /// A description fit for logs: Telegram's error text, or the kind of network failure. Never the request URL (it
    /// holds the token) and never a message's text.
    /// </summary>
    public static string Describe(Exception e) => e switch
    {
        ApiRequestException a => $"{a.ErrorCode} {a.Message}",
        // Telegram.Bot's own text already names the inner failure ("Bot API Service Failure: HttpRequestException: …").
        RequestException r => r.HttpStatusCode is { } status ? $"HTTP {(int)status}: {r.Message}" : r.Message,
        HttpRequestException h => $"network failure{Inner(h)}",
        _ => e.GetType().Name,
    };

    private static string Inner(Exception? e) => e switch
    {
        null => string.Empty,

        // These messages name at most a host and port, never a path.
        HttpRequestException { HttpRequestError: var kind } h when h.InnerException is SocketException s => $" ({kind}: {s.SocketErrorCode})",
        HttpRequestException { HttpRequestError: var kind } => $" ({kind})",
        TaskCanceledException or TimeoutException => " (timed out)",
        _ => $" ({e.GetType().Name})",
    };

    public static bool Is(Exception e, HttpStatusCode status) => Code(e) == (int)status;
}
