using ChatCoach.Core.Chat;
using ChatCoach.Core.Users;
using ChatCoach.Core.Workouts;
using Microsoft.Data.Sqlite;

namespace ChatCoach.Storage.Tests;

public sealed class WorkoutRepositoryTests
{
    private static readonly ChatAddress AnaChat = new(ChatPlatform.Telegram, "1001", IsGroup: false);
    private static readonly UserDefaults Defaults = new(WeightUnit.Kg, "UTC");
    private static readonly DateOnly Day = new(2026, 11, 23);

    private static readonly LoggedEntry Deadlift = new("deadlift", "Deadlift", null, [
        new LoggedSet(5, 100m, WeightUnit.Kg, null, null),
        new LoggedSet(5, 102.5m, WeightUnit.Kg, null, 8.5m),
        new LoggedSet(null, null, null, 30, null),
    ]);

    private static readonly PersonalRecord Heaviest = new("deadlift", RecordKind.HeaviestForReps, 5, 102.5m, 102.5m, WeightUnit.Kg, 5, null, Day);

    [Fact]
    public async Task Sessions_on_a_reused_connection_read_what_the_previous_ones_committed_and_nothing_they_rolled_back()
    {
        await using var db = await TestDatabase.CreateAsync();
        long userId;
        await using (var session = await db.Store.BeginAsync(CancellationToken.None))
        {
            userId = (await session.Users.EnsureAsync(ChatPlatform.Telegram, "ana", "Ana", Defaults, DateTimeOffset.UnixEpoch, CancellationToken.None)).Id;
            await session.Workouts.AddLogAsync(userId, AnaChat, "m1", DateTimeOffset.UnixEpoch, [new DatedEntry(Deadlift, Day)], CancellationToken.None);
            await session.Workouts.SaveRecordsAsync(userId, [Heaviest], CancellationToken.None);
            Assert.True(await session.Workouts.TryAddNoteAsync(userId, Day, "deadlift", "pain", CancellationToken.None));
            await session.CommitAsync(CancellationToken.None);
        }

        await using (var session = await db.Store.BeginAsync(CancellationToken.None))
        {
            await session.Workouts.AddLogAsync(userId, AnaChat, "m2", DateTimeOffset.UnixEpoch, [new DatedEntry(Deadlift, Day.AddDays(1))], CancellationToken.None);

            // No commit.
        }

        await using (var session = await db.Store.BeginAsync(CancellationToken.None))
        {
            Assert.Equal(3, (await session.Workouts.SetsBetweenAsync(userId, Day, Day.AddDays(7), CancellationToken.None)).Count);
            Assert.Equal(3, (await session.Workouts.LastSessionAsync(userId, "deadlift", Day.AddDays(7), CancellationToken.None)).Count);
            Assert.Equal([("deadlift", "pain")], await session.Workouts.NotesAsync(userId, Day, CancellationToken.None));
            Assert.False(await session.Workouts.TryAddNoteAsync(userId, Day, "deadlift", "pain", CancellationToken.None));
        }
    }

    [Fact]
    public async Task Cached_commands_write_and_read_exactly_what_Dapper_does()
    {
        await using var db = await TestDatabase.CreateAsync();
        long userId;
        var at = new DateTimeOffset(2026, 11, 23, 19, 30, 0, TimeSpan.FromHours(2));
        await using (var session = await db.Store.BeginAsync(CancellationToken.None))
        {
            userId = (await session.Users.EnsureAsync(ChatPlatform.Telegram, "ana", "Ana", Defaults, at, CancellationToken.None)).Id;
            await session.Workouts.AddLogAsync(userId, AnaChat, "cached", at, [new DatedEntry(Deadlift, Day)], CancellationToken.None);
            await session.Workouts.SaveRecordsAsync(userId, [Heaviest], CancellationToken.None);
            await session.CommitAsync(CancellationToken.None);
        }

        await using (var connection = (SqliteConnection)await db.Database.OpenAsync(CancellationToken.None))
        await using (var transaction = connection.BeginTransaction())
        {
            var dapper = new WorkoutRepository(connection, transaction);
            await dapper.AddLogAsync(userId, AnaChat, "dapper", at, [new DatedEntry(Deadlift, Day.AddDays(1))], CancellationToken.None);
            transaction.Commit();
        }

        // Both paths write instants in UTC, whatever offset they came with, so the text sorts in time order. (Dapper on
        // its own would write the offset as given: its built-in DateTimeOffset mapping wins over the type handler.)
        Assert.Equal(1L, await db.ScalarAsync<long>("SELECT COUNT(DISTINCT logged_at) FROM workout_logs"));
        Assert.Equal("2026-11-23 17:30:00+00:00", await db.ScalarAsync<string>("SELECT MIN(logged_at) FROM workout_logs"));
        // The same sets stored the same way (values and storage classes) whichever path wrote them.
        Assert.Equal(3L, await db.ScalarAsync<long>(
            "SELECT COUNT(*) FROM (SELECT set_number, reps, weight, unit, seconds, rpe, typeof(weight), typeof(rpe) FROM workout_sets GROUP BY 1, 2, 3, 4, 5, 6, 7, 8)"));

        await using (var session = await db.Store.BeginAsync(CancellationToken.None))
        await using (var connection = (SqliteConnection)await db.Database.OpenAsync(CancellationToken.None))
        await using (var transaction = connection.BeginTransaction(deferred: true))
        {
            var dapper = new WorkoutRepository(connection, transaction);
            var cached = await session.Workouts.SetsBetweenAsync(userId, Day, Day.AddDays(1), CancellationToken.None);
            Assert.Equal(6, cached.Count);
            Assert.Equal(await dapper.SetsBetweenAsync(userId, Day, Day.AddDays(1), CancellationToken.None), cached);
            Assert.Equal(await dapper.RecordsAsync(userId, "deadlift", CancellationToken.None), await session.Workouts.RecordsAsync(userId, "deadlift", CancellationToken.None));
            Assert.Equal(
                await dapper.RecentSessionsAsync(userId, "deadlift", 4, CancellationToken.None),
                await session.Workouts.RecentSessionsAsync(userId, "deadlift", 4, CancellationToken.None));
        }
    }
}
