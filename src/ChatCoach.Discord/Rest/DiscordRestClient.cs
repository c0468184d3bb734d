using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace ChatCoach.Discord.Rest;

/// <summary>
/// Discord's REST API over one <see cref="HttpClient"/>: auth and user-agent headers, per-route rate-limit buckets
/// keyed by (bucket, major id), a global pause, bounded retries of 429s, 5xx and network errors. Other errors are
/// logged by status and Discord error code (never content) and returned to the caller.
/// </summary>
internal sealed class DiscordRestClient : IDisposable
{
    public const string UserAgent = "DiscordBot (https://github.com/chatcoach/chatcoach, 1.0)";

    private readonly HttpClient _http;
    private readonly DiscordTimings _timings;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;

    // Route template → the bucket Discord said it belongs to; routes sharing a bucket share its limit.
    private readonly ConcurrentDictionary<string, string> _bucketOfRoute = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Bucket> _buckets = new(StringComparer.Ordinal);
    private readonly Lock _globalGate = new();
    private DateTimeOffset _globalUntil;

    public DiscordRestClient(HttpMessageHandler handler, string apiBaseUrl, string token, DiscordTimings timings, TimeProvider clock, ILogger<DiscordRestClient> logger)
    {
        _http = new HttpClient(handler)
        {
            BaseAddress = new Uri(apiBaseUrl.TrimEnd('/') + "/"),
            Timeout = timings.RestTimeout,
        };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bot", token);
        _http.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", UserAgent);
        _timings = timings;
        _clock = clock;
        _logger = logger;
    }

    public async Task<RestResponse> SendAsync(RestRequest request, CancellationToken ct)
    {
        var routeKey = $"{request.Method.Method} {request.Route}";
        var bucket = _buckets.GetOrAdd(BucketKey(routeKey, request.MajorId), _ => new Bucket());

        // One request at a time per bucket: keeps a channel's messages in order and makes the remaining count exact.
        await bucket.Gate.WaitAsync(ct);
        try
        {
            RestResponse last = new(0, null, default);
            for (var attempt = 1; attempt <= _timings.RestMaxAttempts; attempt++)
            {
                await WaitForLimitsAsync(request, bucket, ct);
                HttpResponseMessage response;
                try
                {
                    using var message = new HttpRequestMessage(request.Method, request.Path) { Content = request.Content?.Invoke() };
                    response = await _http.SendAsync(message, ct);
                }
                catch (Exception e) when (e is HttpRequestException || (e is TaskCanceledException && !ct.IsCancellationRequested))
                {
                    Log.RequestRetry(_logger, request.Route, 0, attempt);
                    await DelayAsync(Backoff(attempt), ct);
                    continue;
                }

                using (response)
                {
                    var body = await ReadJsonAsync(response, ct);
                    last = new RestResponse((int)response.StatusCode, ErrorCode(body), body);
                    Remember(routeKey, request.MajorId, bucket, response);
                    if (response.StatusCode == HttpStatusCode.TooManyRequests)
                    {
                        HonourTooManyRequests(request, bucket, response, body);
                        continue;
                    }

                    if ((int)response.StatusCode >= 500)
                    {
                        Log.RequestRetry(_logger, request.Route, last.Status, attempt);
                        await DelayAsync(Backoff(attempt), ct);
                        continue;
                    }

                    if (!last.IsSuccess)
                    {
                        Log.RequestFailed(_logger, request.Method.Method, request.Route, last.Status, last.ErrorCode ?? 0);
                    }

                    return last;
                }
            }

            Log.RequestGaveUp(_logger, request.Method.Method, request.Route, last.Status, _timings.RestMaxAttempts);
            return last;
        }
        finally
        {
            bucket.Gate.Release();
        }
    }

    public void Dispose()
    {
        _http.Dispose();
        foreach (var bucket in _buckets.Values)
        {
            bucket.Gate.Dispose();
        }
    }

    private string BucketKey(string routeKey, string majorId) =>
        (_bucketOfRoute.TryGetValue(routeKey, out var id) ? id : routeKey) + "|" + majorId;

    private async Task WaitForLimitsAsync(RestRequest request, Bucket bucket, CancellationToken ct)
    {
        if (!request.ExemptFromGlobalLimit)
        {
            TimeSpan global;
            lock (_globalGate)
            {
                global = _globalUntil - _clock.GetUtcNow();
            }

            await DelayAsync(global, ct);
        }

        if (bucket.Remaining == 0)
        {
            await DelayAsync(bucket.ResetAt - _clock.GetUtcNow(), ct);
            bucket.Remaining = -1;
        }
    }

    private void Remember(string routeKey, string majorId, Bucket bucket, HttpResponseMessage response)
    {
        if (Header(response, "X-RateLimit-Bucket") is { } bucketId)
        {
            // Later requests on this route find the shared bucket. The state goes in under its new key before the
            // route points there, so a request looking up the key in between still finds this state, not a fresh one.
            if (!_bucketOfRoute.ContainsKey(routeKey))
            {
                _buckets.TryAdd(bucketId + "|" + majorId, bucket);
                _bucketOfRoute.TryAdd(routeKey, bucketId);
            }
        }

        if (Header(response, "X-RateLimit-Remaining") is { } remaining && int.TryParse(remaining, NumberStyles.Integer, CultureInfo.InvariantCulture, out var left))
        {
            bucket.Remaining = left;
        }

        // Reset-After is relative, so a skewed local clock does not matter.
        if (Seconds(Header(response, "X-RateLimit-Reset-After")) is { } after)
        {
            bucket.ResetAt = _clock.GetUtcNow() + after;
        }
    }

    private void HonourTooManyRequests(RestRequest request, Bucket bucket, HttpResponseMessage response, JsonElement body)
    {
        var retryAfter = body.ValueKind == JsonValueKind.Object && body.TryGetProperty("retry_after", out var r) && r.ValueKind == JsonValueKind.Number
            ? TimeSpan.FromSeconds(r.GetDouble())
            : Seconds(Header(response, "Retry-After")) ?? TimeSpan.FromSeconds(1);
        var global = (body.ValueKind == JsonValueKind.Object && body.TryGetProperty("global", out var g) && g.ValueKind == JsonValueKind.True)
            || Header(response, "X-RateLimit-Global") is not null;
        var until = _clock.GetUtcNow() + retryAfter;
        if (global)
        {
            lock (_globalGate)
            {
                _globalUntil = until > _globalUntil ? until : _globalUntil;
            }
        }
        else
        {
            bucket.Remaining = 0;
            bucket.ResetAt = until;
        }

        // Logged only once the pause is in force, so whoever reads the line (an operator, a test) knows that any
        // request starting after it waits.
        Log.RateLimited(_logger, request.Route, retryAfter.TotalSeconds, global);
    }

    private TimeSpan Backoff(int attempt) =>
        _timings.RestRetryBase * Math.Pow(2, attempt - 1) * (0.75 + (0.5 * Jitter.Next()));

    private Task DelayAsync(TimeSpan delay, CancellationToken ct) =>
        delay > TimeSpan.Zero ? Task.Delay(delay, _clock, ct) : Task.CompletedTask;

    private static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync(ct);
        if (bytes.Length == 0)
        {
            return default;
        }

        try
        {
            using var document = JsonDocument.Parse(bytes);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return default;
        }
    }

    private static int? ErrorCode(JsonElement body) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.Number ? code.GetInt32() : null;

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private static TimeSpan? Seconds(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) ? TimeSpan.FromSeconds(s) : null;

    private sealed class Bucket
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        /// <summary>Requests left before <see cref="ResetAt"/>; -1 while unknown.</summary>
        public int Remaining { get; set; } = -1;

        public DateTimeOffset ResetAt { get; set; }
    }
}
