using System.Text.Json;
using ChatCoach.Core.Chat;
using ChatCoach.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatCoach.Discord.Gateway;

/// <summary>
/// Keeps one gateway session alive: Hello → heartbeats → Identify or Resume → dispatches, reconnecting per the
/// protocol's decision table. Dispatches go to a sink that must return quickly (it queues the work): the receive
/// loop never waits for the coach, so heartbeats and ACKs are never held up by a slow handler.
/// </summary>
internal sealed class GatewayClient(
    DiscordApi api,
    Func<IGatewayTransport> transports,
    IOptions<DiscordOptions> options,
    DiscordTimings timings,
    TimeProvider clock,
    ILogger<GatewayClient> logger)
{
    private const int MaxResumeFailures = 5;
    private readonly DiscordOptions _options = options.Value;

    private Uri? _gatewayUrl;
    private IdentifyBudget _budget = new(1000, DateTimeOffset.MaxValue, 1);
    private DateTimeOffset _lastIdentify = DateTimeOffset.MinValue;
    private string? _sessionId;
    private Uri? _resumeUrl;
    private long _sequence = -1;
    private int _failures;

    /// <summary>The bot's own user id, from READY; null before.</summary>
    public string? BotUserId { get; private set; }

    /// <summary>The application id, from READY; null before.</summary>
    public string? ApplicationId { get; private set; }

    private long? Sequence => Interlocked.Read(ref _sequence) is var s and >= 0 ? s : null;

    /// <summary>Runs until cancelled. Throws <see cref="ChatAdapterException"/> when Discord refuses the configuration.</summary>
    public async Task RunAsync(Action<GatewayDispatch> sink, CancellationToken ct)
    {
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            Uri url;
            if (_sessionId is not null && _resumeUrl is not null)
            {
                url = _resumeUrl;
            }
            else
            {
                try
                {
                    url = _gatewayUrl ?? await FetchGatewayAsync(ct);
                    await WaitForIdentifyBudgetAsync(ct);
                }
                catch (Exception e) when (!ct.IsCancellationRequested && e is not ChatAdapterException)
                {
                    // Discord (or the network) is down: keep trying, slower each time.
                    _failures++;
                    var wait = Backoff();
                    Log.ConnectionLost(logger, e.GetType().Name, e.Message);
                    Log.Reconnecting(logger, "gateway lookup failure", false, (int)wait.TotalMilliseconds);
                    await Task.Delay(wait, clock, ct);
                    continue;
                }
            }

            var outcome = await RunConnectionAsync(url, sink, ct);
            ct.ThrowIfCancellationRequested();
            TimeSpan delay;
            switch (outcome)
            {
                case Outcome.ReconnectRequested:
                    // Discord asked: reconnect at once, unless connections keep failing.
                    delay = _failures == 0 ? TimeSpan.Zero : Backoff();
                    break;
                case Outcome.InvalidSession:
                    ForgetSession();
                    delay = Jitter.Between(timings.InvalidSessionMin, timings.InvalidSessionMax);
                    break;
                case Outcome.NewSession:
                    ForgetSession();
                    _failures++;
                    delay = Backoff();
                    break;
                default:
                    _failures++;
                    if (_failures > MaxResumeFailures)
                    {
                        ForgetSession();
                        _gatewayUrl = null;
                    }

                    delay = Backoff();
                    break;
            }

            Log.Reconnecting(logger, outcome.ToString(), _sessionId is not null, (int)delay.TotalMilliseconds);
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, clock, ct);
            }
        }
    }

    private async Task<Outcome> RunConnectionAsync(Uri url, Action<GatewayDispatch> sink, CancellationToken ct)
    {
        await using var transport = transports();
        using var connection = new Connection(transport);
        using var heartbeatStop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        Task heartbeat = Task.CompletedTask;
        try
        {
            var uri = new UriBuilder(url) { Query = "v=10&encoding=json" }.Uri;
            Log.Connecting(logger, uri.Host, _sessionId is not null);
            await transport.ConnectAsync(uri, ct);
            while (true)
            {
                var text = await transport.ReceiveTextAsync(ct);
                if (text is null)
                {
                    return OnClosed(transport.CloseStatus);
                }

                var frame = InboundFrame.Parse(text);
                switch (frame.Op)
                {
                    case GatewayOpcode.Hello:
                        var interval = TimeSpan.FromMilliseconds(frame.Data.GetProperty("heartbeat_interval").GetDouble());
                        heartbeat = HeartbeatAsync(connection, interval, heartbeatStop.Token);
                        await connection.SendAsync(Introduce(), ct);
                        break;
                    case GatewayOpcode.HeartbeatAck:
                        connection.AwaitingAck = false;
                        break;
                    case GatewayOpcode.Heartbeat:
                        await connection.SendAsync(OutboundFrames.Heartbeat(Sequence), ct);
                        break;
                    case GatewayOpcode.Reconnect:
                        Log.ReconnectRequested(logger);
                        await transport.CloseAsync(GatewayCloseCodes.Reconnect, "reconnect", ct);
                        return Outcome.ReconnectRequested;
                    case GatewayOpcode.InvalidSession:
                        var resumable = frame.Data.ValueKind == JsonValueKind.True;
                        Log.InvalidSession(logger, resumable);
                        await transport.CloseAsync(GatewayCloseCodes.Reconnect, "invalid session", ct);
                        return resumable ? Outcome.ReconnectRequested : Outcome.InvalidSession;
                    case GatewayOpcode.Dispatch:
                        OnDispatch(frame, sink);
                        break;
                }
            }
        }
        catch (Exception e) when (!ct.IsCancellationRequested && e is not ChatAdapterException)
        {
            if (connection.Zombie)
            {
                Log.Zombie(logger);
            }
            else
            {
                Log.ConnectionLost(logger, e.GetType().Name, e.Message);
            }

            if (_sessionId is null)
            {
                // The cached URL failed before a session began: ask Discord for a fresh one next time.
                _gatewayUrl = null;
            }

            return Outcome.Dropped;
        }
        finally
        {
            await heartbeatStop.CancelAsync();
            await heartbeat;
        }
    }

    private string Introduce()
    {
        var token = _options.BotToken!;
        if (_sessionId is { } session)
        {
            return OutboundFrames.Resume(token, session, Sequence);
        }

        _lastIdentify = clock.GetUtcNow();
        _budget = _budget with { Remaining = _budget.Remaining - 1 };
        Log.Identifying(logger, GatewayIntents.Coach, _options.ShardId, _options.ShardCount);
        return OutboundFrames.Identify(token, GatewayIntents.Coach, _options.ShardId, _options.ShardCount);
    }

    private void OnDispatch(InboundFrame frame, Action<GatewayDispatch> sink)
    {
        if (frame.Sequence is { } s)
        {
            Interlocked.Exchange(ref _sequence, s);
        }

        var name = frame.EventName ?? string.Empty;
        if (name == "READY")
        {
            _sessionId = frame.Data.GetProperty("session_id").GetString();
            _resumeUrl = frame.Data.TryGetProperty("resume_gateway_url", out var r) && r.GetString() is { Length: > 0 } resume ? new Uri(resume) : _gatewayUrl;
            BotUserId = frame.Data.GetProperty("user").GetProperty("id").GetString();
            ApplicationId = frame.Data.GetProperty("application").GetProperty("id").GetString();
            _failures = 0;
            Log.Ready(logger, BotUserId ?? "?", frame.Data.TryGetProperty("guilds", out var g) ? g.GetArrayLength() : 0);
        }
        else if (name == "RESUMED")
        {
            _failures = 0;
            Log.Resumed(logger, Sequence ?? 0);
        }

        sink(new GatewayDispatch(name, frame.Data, frame.Sequence ?? 0));
    }

    private Outcome OnClosed(int? code)
    {
        switch (GatewayCloseCodes.Classify(code))
        {
            case CloseAction.Fatal:
                throw new ChatAdapterException(GatewayCloseCodes.Explain(code!.Value));
            case CloseAction.NewSession:
                Log.Closed(logger, code ?? 0, "new session");
                return Outcome.NewSession;
            default:
                Log.Closed(logger, code ?? 0, "resume");
                return Outcome.Dropped;
        }
    }

    private async Task HeartbeatAsync(Connection connection, TimeSpan interval, CancellationToken ct)
    {
        try
        {
            // The first beat is jittered so that many clients reconnecting together do not beat in step.
            await Task.Delay(interval * Jitter.Next(), clock, ct);
            while (!ct.IsCancellationRequested)
            {
                if (connection.AwaitingAck)
                {
                    // No ACK since the last beat: the connection is a zombie. Abort (not close 1000) so the session can resume.
                    connection.Zombie = true;
                    connection.Transport.Abort();
                    return;
                }

                connection.AwaitingAck = true;
                await connection.SendAsync(OutboundFrames.Heartbeat(Sequence), ct);
                await Task.Delay(interval, clock, ct);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or System.Net.WebSockets.WebSocketException or ObjectDisposedException or IOException)
        {
            // The receive loop sees the same failure and decides what to do.
        }
    }

    private async Task<Uri> FetchGatewayAsync(CancellationToken ct)
    {
        var response = await api.GetGatewayBotAsync(ct);
        if (response.Status == 401)
        {
            throw new ChatAdapterException("Discord rejected the bot token (HTTP 401 on GET /gateway/bot): check Discord:BotToken (CHATCOACH_Discord__BotToken)");
        }

        if (!response.IsSuccess)
        {
            throw new HttpRequestException($"GET /gateway/bot answered {response.Status}");
        }

        var body = response.Body;
        _gatewayUrl = new Uri(body.GetProperty("url").GetString()!);
        if (body.TryGetProperty("session_start_limit", out var limit))
        {
            _budget = new IdentifyBudget(
                limit.GetProperty("remaining").GetInt32(),
                clock.GetUtcNow() + TimeSpan.FromMilliseconds(limit.GetProperty("reset_after").GetDouble()),
                Math.Max(1, limit.TryGetProperty("max_concurrency", out var mc) ? mc.GetInt32() : 1));
        }

        return _gatewayUrl;
    }

    private async Task WaitForIdentifyBudgetAsync(CancellationToken ct)
    {
        // Running out of identifies resets the token: when the day's budget is spent, wait for it to refill.
        if (_budget.Remaining <= 0)
        {
            var wait = _budget.ResetAt - clock.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                Log.IdentifyBudgetExhausted(logger, (int)wait.TotalSeconds);
                await Task.Delay(wait, clock, ct);
            }

            await FetchGatewayAsync(ct);
        }

        // This process identifies one shard, so its max_concurrency bucket sees at most one identify per window.
        var next = _lastIdentify + timings.IdentifyWindow;
        var now = clock.GetUtcNow();
        if (next > now)
        {
            await Task.Delay(next - now, clock, ct);
        }
    }

    private void ForgetSession()
    {
        _sessionId = null;
        _resumeUrl = null;
        Interlocked.Exchange(ref _sequence, -1);
    }

    private TimeSpan Backoff()
    {
        var exponential = timings.ReconnectBase * Math.Pow(2, Math.Min(_failures, 16) - 1);
        var capped = exponential < timings.ReconnectMax ? exponential : timings.ReconnectMax;
        return capped * (0.5 + (0.5 * Jitter.Next()));
    }

    private enum Outcome
    {
        /// <summary>op 7 or op 9 (true): resume at once.</summary>
        ReconnectRequested,

        /// <summary>op 9 (false): identify again after a short random wait.</summary>
        InvalidSession,

        /// <summary>Close 4007/4009: identify again.</summary>
        NewSession,

        /// <summary>A drop, a zombie, or a resumable close code: resume with backoff.</summary>
        Dropped,
    }

    private sealed record IdentifyBudget(int Remaining, DateTimeOffset ResetAt, int MaxConcurrency);

    /// <summary>One socket's state: sends serialised (heartbeats and handshakes share the socket), the ACK watch.</summary>
    private sealed class Connection(IGatewayTransport transport) : IDisposable
    {
        private readonly SemaphoreSlim _sendLock = new(1, 1);
        private volatile bool _awaitingAck;
        private volatile bool _zombie;

        public IGatewayTransport Transport => transport;

        public bool AwaitingAck { get => _awaitingAck; set => _awaitingAck = value; }

        public bool Zombie { get => _zombie; set => _zombie = value; }

        public async Task SendAsync(string frame, CancellationToken ct)
        {
            await _sendLock.WaitAsync(ct);
            try
            {
                await transport.SendTextAsync(frame, ct);
            }
            finally
            {
                _sendLock.Release();
            }
        }

        public void Dispose() => _sendLock.Dispose();
    }
}
