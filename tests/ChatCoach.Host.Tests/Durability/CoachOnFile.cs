using ChatCoach.Core.Chat;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChatCoach.Host.Tests.Durability;

/// <summary>
/// The real core on an SQLite file that outlives it, unlike <see cref="TestChat"/>'s: stopping one and starting
/// another on the same file is a restart of the coach.
/// </summary>
internal sealed class CoachOnFile : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly IChatHandler _core;

    private CoachOnFile(IHost host)
    {
        _host = host;
        _core = host.Services.GetRequiredService<IChatHandler>();
    }

    public static async Task<CoachOnFile> StartAsync(string databasePath, TimeProvider clock)
    {
        var builder = CoachHost.CreateBuilder([], new Dictionary<string, string?>
        {
            ["Storage:SqlitePath"] = databasePath,
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.Services.AddSingleton(clock);
        var host = builder.Build();
        await host.StartAsync();
        return new CoachOnFile(host);
    }

    public Task<IReadOnlyList<Reply>> Deliver(InboundMessage message) => _core.HandleAsync(message, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        SqliteConnection.ClearAllPools();
    }
}
