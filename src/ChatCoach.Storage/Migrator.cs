using System.Data.Common;
using System.Reflection;
using Dapper;
using Microsoft.Extensions.Logging;

namespace ChatCoach.Storage;

/// <summary>
/// Applies the embedded migrations of the database's dialect in timestamp order, each in its own transaction together
/// with its row in <c>schema_migrations</c>. Safe to run from several processes at once: each migration is re-checked
/// inside its transaction.
/// </summary>
internal sealed class Migrator(CoachDatabase database, ILogger<Migrator> logger)
{
    private const string CreateTable = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
          version TEXT PRIMARY KEY,
          name TEXT NOT NULL,
          applied_at TEXT NOT NULL
        )
        """;

    private const string IsApplied = "SELECT COUNT(*) FROM schema_migrations WHERE version = @Version";

    private const string Record = "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt)";

    /// <summary>The migrations shipped for a dialect, in the order they apply.</summary>
    public static IReadOnlyList<Migration> Embedded(SqlDialect dialect)
    {
        var prefix = $"Migrations/{dialect.MigrationsFolder}/";
        var assembly = typeof(Migrator).Assembly;
        return [.. assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => Migration.FromResource(assembly, n, prefix))
            .OrderBy(m => m.Version, StringComparer.Ordinal)];
    }

    /// <summary>Applies what is missing and returns how many migrations were applied now.</summary>
    public async Task<int> MigrateAsync(CancellationToken ct)
    {
        DapperTypes.Register();
        await database.PrepareAsync(ct);
        await using var connection = await database.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(CreateTable, cancellationToken: ct));

        var applied = 0;
        foreach (var migration in Embedded(database.Dialect))
        {
            if (await ApplyAsync(connection, migration, ct))
            {
                applied++;
                Log.MigrationApplied(logger, migration.Version, migration.Name, database.Dialect.Name);
            }
        }

        Log.DatabaseReady(logger, database.Dialect.Name, database.Describe(), applied);
        return applied;
    }

    private static async Task<bool> ApplyAsync(DbConnection connection, Migration migration, CancellationToken ct)
    {
        await using var tx = await connection.BeginTransactionAsync(ct);
        var done = await connection.ExecuteScalarAsync<long>(new CommandDefinition(IsApplied, new { migration.Version }, tx, cancellationToken: ct));
        if (done > 0)
        {
            return false;
        }

        await connection.ExecuteAsync(new CommandDefinition(migration.Sql, transaction: tx, cancellationToken: ct));
        await connection.ExecuteAsync(new CommandDefinition(
            Record,
            new { migration.Version, migration.Name, AppliedAt = DateTimeOffset.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture) },
            tx,
            cancellationToken: ct));
        await tx.CommitAsync(ct);
        return true;
    }
}

/// <summary>One embedded migration: <c>202611241200_initial.sql</c> has version 202611241200 and name initial.</summary>
internal sealed record Migration(string Version, string Name, string Sql)
{
    public static Migration FromResource(Assembly assembly, string resource, string prefix)
    {
        var file = resource[prefix.Length..^".sql".Length];
        var split = file.IndexOf('_', StringComparison.Ordinal);
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return new Migration(split > 0 ? file[..split] : file, split > 0 ? file[(split + 1)..] : file, reader.ReadToEnd());
    }
}
