namespace ChatCoach.Storage.Tests;

public sealed class MigrationTests
{
    [Fact]
    public async Task A_fresh_file_gets_every_migration_recorded_once()
    {
        await using var db = await TestDatabase.CreateAsync(migrate: false);

        var applied = await db.Migrator.MigrateAsync(CancellationToken.None);

        Assert.True(File.Exists(db.Path));
        Assert.Equal(Migrator.Embedded(SqlDialect.Sqlite).Count, applied);
        Assert.Equal(applied, await db.ScalarAsync<long>("SELECT COUNT(*) FROM schema_migrations"));
        Assert.Equal("wal", await db.ScalarAsync<string>("PRAGMA journal_mode"));
    }

    [Fact]
    public async Task An_existing_file_keeps_its_data_and_applies_nothing_twice()
    {
        await using var db = await TestDatabase.CreateAsync();
        await using (var session = await db.Store.BeginAsync(CancellationToken.None))
        {
            await session.Users.EnsureAsync(Core.Chat.ChatPlatform.Terminal, "ana", "Ana", new(Core.Workouts.WeightUnit.Kg, "UTC"), DateTimeOffset.UnixEpoch, CancellationToken.None);
            await session.CommitAsync(CancellationToken.None);
        }

        var appliedAgain = await db.Migrator.MigrateAsync(CancellationToken.None);

        Assert.Equal(0, appliedAgain);
        Assert.Equal(1L, await db.ScalarAsync<long>("SELECT COUNT(*) FROM users"));
    }

    [Fact]
    public async Task Two_migrators_racing_on_one_file_apply_each_migration_once()
    {
        await using var db = await TestDatabase.CreateAsync(migrate: false);
        var other = new Migrator(new SqliteDatabase(db.Path, "FULL", 5000), Microsoft.Extensions.Logging.Abstractions.NullLogger<Migrator>.Instance);

        var counts = await Task.WhenAll(db.Migrator.MigrateAsync(CancellationToken.None), other.MigrateAsync(CancellationToken.None));

        Assert.Equal(Migrator.Embedded(SqlDialect.Sqlite).Count, counts.Sum());
    }

    [Fact]
    public async Task Connections_enforce_foreign_keys_and_the_configured_durability()
    {
        await using var db = await TestDatabase.CreateAsync();

        Assert.Equal(1L, await db.ScalarAsync<long>("PRAGMA foreign_keys"));
        Assert.Equal(2L, await db.ScalarAsync<long>("PRAGMA synchronous"));
        Assert.Equal(5000L, await db.ScalarAsync<long>("PRAGMA busy_timeout"));
    }

    [Fact]
    public void Migration_names_are_timestamped_and_the_dialect_folders_stay_in_step()
    {
        var sqlite = Migrator.Embedded(SqlDialect.Sqlite).Select(m => m.Version + "_" + m.Name).ToList();
        var postgres = Migrator.Embedded(SqlDialect.Postgres).Select(m => m.Version + "_" + m.Name).ToList();

        Assert.NotEmpty(sqlite);
        Assert.Equal(sqlite, postgres);
        Assert.All(sqlite, name => Assert.Matches("^[0-9]{12}_[a-z0-9_]+$", name));
    }
}
