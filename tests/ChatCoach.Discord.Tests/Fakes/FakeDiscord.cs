using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatCoach.Discord.Tests.Fakes;

/// <summary>
/// Discord in a box, on 127.0.0.1 and a random port: the REST routes the adapter calls, recorded, and a WebSocket
/// gateway on /gateway (and /resume, the resume_gateway_url it hands out) whose connections the test scripts.
/// </summary>
internal sealed class FakeDiscord : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly WebApplication _app;
    private readonly Channel<FakeGatewayConnection> _connections = Channel.CreateUnbounded<FakeGatewayConnection>();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly Channel<RecordedRequest> _arrivals = Channel.CreateUnbounded<RecordedRequest>();
    private readonly Lock _scriptedGate = new();
    private readonly List<(Func<RecordedRequest, bool> Match, int Status, string Body, Dictionary<string, string> Headers)> _scripted = [];
    private long _sequence;
    private long _messageId = 800_000;

    private FakeDiscord(WebApplication app) => _app = app;

    public string Origin { get; private set; } = string.Empty;

    /// <summary>What the adapter's Discord:ApiBaseUrl points at.</summary>
    public string ApiBaseUrl => Origin + "/api/v10";

    public string GatewayUrl => Origin.Replace("http://", "ws://", StringComparison.Ordinal) + "/gateway";

    public string ResumeUrl => Origin.Replace("http://", "ws://", StringComparison.Ordinal) + "/resume";

    /// <summary>Users whose DMs are closed: opening a DM works, sending to it fails with 50007.</summary>
    public HashSet<string> ClosedDms { get; } = [];

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public static async Task<FakeDiscord> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeDiscord(app);
        app.UseWebSockets();
        app.Run(fake.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        fake.Origin = address.TrimEnd('/');
        return fake;
    }

    public long NextSequence() => Interlocked.Increment(ref _sequence);

    /// <summary>The next gateway connection the client opens.</summary>
    public async Task<FakeGatewayConnection> NextConnectionAsync()
    {
        using var timeout = new CancellationTokenSource(Patience);
        return await _connections.Reader.ReadAsync(timeout.Token);
    }

    /// <summary>True if the client opens another gateway connection within the time given.</summary>
    public async Task<bool> ConnectsWithinAsync(TimeSpan time)
    {
        using var timeout = new CancellationTokenSource(time);
        try
        {
            await _connections.Reader.WaitToReadAsync(timeout.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>The next REST request matching the method and path (e.g. "POST", "channels/7001/messages").</summary>
    public async Task<RecordedRequest> NextRequestAsync(string method, string path)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            var request = await _arrivals.Reader.ReadAsync(timeout.Token);
            if (request.Is(method, path))
            {
                return request;
            }
        }
    }

    /// <summary>Answers the next request matching the predicate with this status, body and headers, instead of the usual.</summary>
    public void AnswerOnce(Func<RecordedRequest, bool> match, int status, string body, Dictionary<string, string>? headers = null)
    {
        lock (_scriptedGate)
        {
            _scripted.Add((match, status, body, headers ?? []));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        if (context.WebSockets.IsWebSocketRequest && path is "/gateway" or "/resume")
        {
            using var socket = await context.WebSockets.AcceptWebSocketAsync();
            var connection = new FakeGatewayConnection(socket, path, this);
            _connections.Writer.TryWrite(connection);
            await connection.RunAsync();
            return;
        }

        const string Prefix = "/api/v10/";
        if (!path.StartsWith(Prefix, StringComparison.Ordinal))
        {
            context.Response.StatusCode = 404;
            return;
        }

        var request = await RecordAsync(context, path[Prefix.Length..]);
        var (status, body, headers) = Scripted(request) ?? Answered(request);
        request.Status = status;
        request.ResponseId = MessageIdIn(body);

        // Recorded before answering: once the adapter has its answer, a test already sees the request.
        _requests.Enqueue(request);
        _arrivals.Writer.TryWrite(request);
        foreach (var (name, value) in headers)
        {
            context.Response.Headers[name] = value;
        }

        await WriteAsync(context, status, body);
    }

    private (int Status, string? Body, Dictionary<string, string> Headers) Answered(RecordedRequest request)
    {
        var (status, body) = Answer(request);
        return (status, body, []);
    }

    /// <summary>The id of the message a response describes: a created message, or the one an interaction callback sent.</summary>
    private static string? MessageIdIn(string? body)
    {
        if (string.IsNullOrEmpty(body) || !body.StartsWith('{'))
        {
            return null;
        }

        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        if (root.TryGetProperty("resource", out var resource) && resource.TryGetProperty("message", out var message))
        {
            return message.GetProperty("id").GetString();
        }

        return root.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
    }

    private (int Status, string? Body) Answer(RecordedRequest request)
    {
        var segments = request.Path.Split('/');
        var id = Interlocked.Increment(ref _messageId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return (request.Method, segments) switch
        {
            ("GET", ["gateway", "bot"]) => (200, $$"""
                {"url":"{{GatewayUrl}}","shards":1,"session_start_limit":{"total":1000,"remaining":999,"reset_after":14400000,"max_concurrency":1} }
                """),
            ("POST", ["channels", var channel, "messages"]) when channel.StartsWith("dm-", StringComparison.Ordinal) && ClosedDms.Contains(channel[3..]) =>
                (403, """{"message":"Cannot send messages to this user","code":50007}"""),
            ("POST", ["channels", var channel, "messages"]) => (200, $$"""{"id":"{{id}}","channel_id":"{{channel}}"}"""),
            ("POST", ["users", "@me", "channels"]) => (200, $$"""{"id":"dm-{{request.Json.GetProperty("recipient_id").GetString()}}","type":1}"""),
            ("POST", ["interactions", _, _, "callback"]) when request.Query.Contains("with_response=true", StringComparison.Ordinal) =>
                (200, $$"""{"interaction":{"id":"{{segments[1]}}","type":2},"resource":{"type":{{request.Json.GetProperty("type").GetInt32()}},"message":{"id":"{{id}}"} } }"""),
            ("POST", ["interactions", _, _, "callback"]) => (204, null),
            ("PATCH", ["webhooks", _, _, "messages", "@original"]) => (200, $$"""{"id":"{{id}}"}"""),
            ("POST", ["webhooks", _, _]) => (200, $$"""{"id":"{{id}}"}"""),
            ("PUT", ["applications", _, "commands"]) or ("PUT", ["applications", _, "guilds", _, "commands"]) => (200, request.Json.GetRawText()),
            _ => (404, """{"message":"Unknown route","code":0}"""),
        };
    }

    private (int Status, string? Body, Dictionary<string, string> Headers)? Scripted(RecordedRequest request)
    {
        // One scripted answer per matching request, the first that matches; unmatched ones stay where they are.
        // Requests arrive concurrently (slash-command registration runs beside the first messages after READY), so
        // finding and taking an answer is one step under the lock: an answer must never be out of the list, or
        // moved, while another request looks for its own.
        lock (_scriptedGate)
        {
            var index = _scripted.FindIndex(entry => entry.Match(request));
            if (index < 0)
            {
                return null;
            }

            var (_, status, body, headers) = _scripted[index];
            _scripted.RemoveAt(index);
            return (status, body, headers);
        }
    }

    private static async Task<RecordedRequest> RecordAsync(HttpContext context, string path)
    {
        var r = context.Request;
        JsonElement json = default;
        var files = new List<RecordedFile>();
        if (r.HasFormContentType)
        {
            var form = await r.ReadFormAsync();
            json = Parse(form["payload_json"].ToString());
            foreach (var file in form.Files)
            {
                using var stream = new MemoryStream();
                await file.CopyToAsync(stream);
                files.Add(new RecordedFile(file.Name, file.FileName, file.ContentType, stream.ToArray()));
            }
        }
        else
        {
            using var reader = new StreamReader(r.Body, Encoding.UTF8);
            json = Parse(await reader.ReadToEndAsync());
        }

        return new RecordedRequest(
            r.Method,
            path,
            r.QueryString.Value ?? string.Empty,
            r.Headers.Authorization.ToString(),
            r.Headers.UserAgent.ToString(),
            r.ContentType,
            json,
            files,
            DateTimeOffset.UtcNow);
    }

    private static JsonElement Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return default;
        }

        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    private static async Task WriteAsync(HttpContext context, int status, string? body)
    {
        context.Response.StatusCode = status;
        if (body is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(body);
        }
    }
}
