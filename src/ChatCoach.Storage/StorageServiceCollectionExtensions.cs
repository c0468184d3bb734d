using ChatCoach.Core.Conversations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ChatCoach.Storage;

public static class StorageServiceCollectionExtensions
{
    private static readonly string[] SynchronousModes = ["OFF", "NORMAL", "FULL", "EXTRA"];

    /// <summary>
    /// Registers the store (section <c>Storage</c>, validated at start-up) and applies migrations when the host starts.
    /// </summary>
    public static IServiceCollection AddChatCoachStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName)
            .Validate(o => string.Equals(o.Provider, "sqlite", StringComparison.OrdinalIgnoreCase), "Storage:Provider must be sqlite")
            .Validate(o => !string.IsNullOrWhiteSpace(o.SqlitePath), "Storage:SqlitePath must name a file, such as data/chatcoach.db")
            .Validate(o => SynchronousModes.Contains(o.Synchronous.ToUpperInvariant(), StringComparer.Ordinal), "Storage:Synchronous must be FULL, NORMAL, EXTRA or OFF")
            .Validate(o => o.BusyTimeoutMs is >= 0 and <= 600_000, "Storage:BusyTimeoutMs must be between 0 and 600000")
            .ValidateOnStart();

        services.AddSingleton<CoachDatabase>(sp =>
        {
            var o = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            return new SqliteDatabase(o.SqlitePath, o.Synchronous, o.BusyTimeoutMs);
        });
        services.AddSingleton<Migrator>();
        services.AddSingleton<ICoachStore, SqlCoachStore>();
        services.AddHostedService<MigrateOnStart>();
        return services;
    }

    /// <summary>Applies migrations before any adapter starts taking messages.</summary>
    private sealed class MigrateOnStart(Migrator migrator) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => migrator.MigrateAsync(cancellationToken);

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
