using System.Text.Json;
using ChatCoach.Charts;
using ChatCoach.Core;
using ChatCoach.Core.Chat;
using ChatCoach.Discord.Tests.Fakes;
using ChatCoach.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatCoach.Discord.Tests;

/// <summary>
/// A coach host wired to a fake Discord: the real core and SQLite storage (or a scripted handler), the Discord
/// adapter with short protocol waits, logs captured.
/// </summary>
internal sealed class TestDiscord : IAsyncDisposable
{
    /// <summary>Protocol waits shrunk so that reconnect stories take milliseconds.</summary>
    public static readonly DiscordTimings FastTimings = new()
    {
        ReconnectBase = TimeSpan.FromMilliseconds(20),
        ReconnectMax = TimeSpan.FromMilliseconds(200),
        InvalidSessionMin = TimeSpan.FromMilliseconds(10),
        InvalidSessionMax = TimeSpan.FromMilliseconds(30),
        IdentifyWindow = TimeSpan.Zero,
        RestRetryBase = TimeSpan.FromMilliseconds(10),
        RestTimeout = TimeSpan.FromSeconds(5),
    };

    private readonly string _database;
    private bool _started = true;

    static TestDiscord()
    {
        // One process plays both Discord and the bot on a shared two-core machine: without spare pool threads, the
        // pool's slow thread injection shows up as second-long pauses in heartbeat timing.
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, 16), Math.Max(io, 16));
    }

    private TestDiscord(FakeDiscord fake, IHost host, LogSink logs, string database)
    {
        Fake = fake;
        Host = host;
        Logs = logs;
        _database = database;
    }

    public FakeDiscord Fake { get; }

    public IHost Host { get; }

    public LogSink Logs { get; }

    /// <summary>The SQLite file the core stores into.</summary>
    public string DatabasePath => _database;

    public static async Task<TestDiscord> StartAsync(
        IChatHandler? handler = null,
        Dictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null,
        Action<FakeDiscord>? prepare = null)
    {
        var fake = await FakeDiscord.StartAsync();
        prepare?.Invoke(fake);
        var database = Path.Combine(Path.GetTempPath(), $"chatcoach-discord-{Guid.NewGuid():N}.db");
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:SqlitePath"] = database,
            ["Storage:Synchronous"] = "NORMAL",
            ["Coach:SeedsPath"] = "seeds",
            ["Discord:BotToken"] = TestIds.Token,
            ["Discord:ApiBaseUrl"] = fake.ApiBaseUrl,
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        var logs = new LogSink();
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Debug);
        builder.Logging.AddProvider(logs);
        builder.Services.AddChatCoachCore();
        builder.Services.AddChatCoachStorage();
        builder.Services.AddChatCoachCharts();
        builder.Services.AddChatCoachDiscord();
        builder.Services.AddSingleton(FastTimings);
        if (handler is not null)
        {
            builder.Services.AddSingleton(handler);
        }

        services?.Invoke(builder.Services);

        // Whichever coach was registered last is the one the adapter gets; it is observed, for SendAsync.
        var coach = builder.Services.Last(d => d.ServiceType == typeof(IChatHandler));
        builder.Services.Remove(coach);
        builder.Services.AddSingleton(sp => new ObservedChatHandler(Resolve(sp, coach)));
        builder.Services.AddSingleton<IChatHandler>(sp => sp.GetRequiredService<ObservedChatHandler>());
        var host = builder.Build();
        var discord = new TestDiscord(fake, host, logs, database);
        try
        {
            await host.StartAsync();
        }
        catch
        {
            // A host that failed to start cannot be stopped, only disposed.
            discord._started = false;
            await discord.DisposeAsync();
            throw;
        }

        return discord;
    }

    /// <summary>The client's first connection: Hello, its Identify, and READY for session "s1".</summary>
    public async Task<FakeGatewayConnection> ConnectAsync(int heartbeatIntervalMs = 200, string sessionId = "s1")
    {
        var gateway = await Fake.NextConnectionAsync();
        await gateway.HelloAsync(heartbeatIntervalMs);
        await gateway.ExpectAsync(op: 2);
        await gateway.ReadyAsync(sessionId);
        return gateway;
    }

    /// <summary>
    /// Sends a message event and returns every REST request made from then until the coach had this message and the
    /// channel's queue (which sends the replies) had drained. The message must be one the adapter passes to the coach.
    /// </summary>
    public async Task<IReadOnlyList<RecordedRequest>> SendAsync(FakeGatewayConnection gateway, string eventName, string message)
    {
        var coach = Host.Services.GetRequiredService<ObservedChatHandler>();
        string id;
        using (var json = JsonDocument.Parse(message))
        {
            id = json.RootElement.GetProperty("id").GetString()!;
        }

        var given = coach.Received.Count;
        var mark = Fake.Requests.Count;
        await gateway.DispatchAsync(eventName, message);

        // Once the coach has this very message, its work is in the channel's queue, so the wait for the queue covers
        // it. Waiting instead for the first request after the mark could be satisfied by a late reply to an earlier
        // message (one dispatched before a reconnect): the queue then drained before this message had even been read
        // off the socket, and the test saw neither its replies nor those of the messages replayed before it.
        await GatewayTests.WaitUntilAsync(() => coach.Received.Skip(given).Any(m => m.MessageId == id), TimeSpan.FromSeconds(10));
        await Host.Services.GetRequiredService<ChannelQueue>().WhenIdleAsync().WaitAsync(TimeSpan.FromSeconds(10));

        // Slash command registration after READY runs on its own and may land in between.
        return [.. Fake.Requests.Skip(mark).Where(r => !r.Path.StartsWith("applications/", StringComparison.Ordinal))];
    }

    /// <summary>
    /// Sends an interaction and returns the message that answered it: the callback's data (type 4), or the edit of a
    /// deferred answer (type 5, when the coach took longer than the defer threshold).
    /// </summary>
    public async Task<InteractionAnswer> InteractAsync(FakeGatewayConnection gateway, string interactionId, string interaction)
    {
        await gateway.DispatchAsync("INTERACTION_CREATE", interaction);
        var callback = await Fake.NextRequestAsync("POST", $"interactions/{interactionId}/tok-{interactionId}/callback");
        var type = callback.Json.GetProperty("type").GetInt32();
        if (type == 5)
        {
            var edit = await Fake.NextRequestAsync("PATCH", $"webhooks/{TestIds.Application}/tok-{interactionId}/messages/@original");
            return new InteractionAnswer(type, edit.Json, edit.Files, edit.ResponseId);
        }

        return new InteractionAnswer(type, callback.Json.TryGetProperty("data", out var data) ? data : default, callback.Files, callback.ResponseId);
    }

    public async ValueTask DisposeAsync()
    {
        if (_started)
        {
            using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await Host.StopAsync(stop.Token);
            }
            catch (OperationCanceledException)
            {
            }
        }

        Host.Dispose();
        await Fake.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(_database + suffix);
        }
    }

    /// <summary>The coach a registration describes, built the way the container would have built it.</summary>
    private static IChatHandler Resolve(IServiceProvider services, ServiceDescriptor registration) =>
        (IChatHandler)(registration.ImplementationInstance
            ?? registration.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, registration.ImplementationType!));
}
