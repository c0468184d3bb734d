using ChatCoach.Core.Chat;
using ChatCoach.Core.Users;
using ChatCoach.Core.Workouts;
using Microsoft.Data.Sqlite;

namespace ChatCoach.Storage.Tests;

/// <summary>
/// The session connection keeps what it read (users, recent sessions, records, notes) between sessions. These check that
/// what it answers from memory is always what the database says: after its own writes, after a rollback, and after
/// another connection (another process, in production) changed the file.
/// </summary>
public sealed class KnownDataTests
{
    private static readonly ChatAddress AnaChat = new(ChatPlatform.Telegram, "1001", IsGroup: false);
    private static readonly UserDefaults Defaults = new(WeightUnit.Kg, "UTC");
    private static readonly DateOnly Day = new(2026, 11, 23);
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task A_write_by_another_connection_is_seen_by_the_next_session()
    {
        await using var db = await TestDatabase.CreateAsync();
        long userId;
        await using (var session = await db.Store.BeginAsync(None))
        {
            userId = (await session.Users.EnsureAsync(ChatPlatform.Telegram, "ana", "Ana", Defaults, DateTimeOffset.UnixEpoch, None)).Id;
            await session.Workouts.AddLogAsync(userId, AnaChat, "m1", DateTimeOffset.UnixEpoch, [new DatedEntry(Entry("deadlift", 100m), Day)], None);
            await session.Workouts.SaveRecordsAsync(userId, [Heaviest("deadlift", 100m)], None);
            Assert.Equal(3, (await session.Workouts.RecentSessionsAsync(userId, "deadlift", 4, None)).Count);
            Assert.Single(await session.Workouts.RecordsAsync(userId, "deadlift", None));
            Assert.Empty(await session.Workouts.NotesAsync(userId, Day, None));
            await session.CommitAsync(None);
        }

        // Another process on the same file: removes the sets and records, notes a day, switches the unit.
        await ExecuteElsewhereAsync(db, $"""
            DELETE FROM workout_sets WHERE user_id = {userId};
            DELETE FROM personal_records WHERE user_id = {userId};
            INSERT INTO coach_notes (user_id, note_date, subject, kind) VALUES ({userId}, '2026-11-23', 'deadlift', 'pain');
            UPDATE users SET unit = 'lb' WHERE id = {userId};
            """);

        await using (var session = await db.Store.BeginAsync(None))
        {
            Assert.Empty(await session.Workouts.RecentSessionsAsync(userId, "deadlift", 4, None));
            Assert.Empty(await session.Workouts.RecordsAsync(userId, "deadlift", None));
            Assert.Equal([("deadlift", "pain")], await session.Workouts.NotesAsync(userId, Day, None));
            Assert.False(await session.Workouts.TryAddNoteAsync(userId, Day, "deadlift", "pain", None));
            Assert.Equal(WeightUnit.Lb, (await session.Users.FindAsync(ChatPlatform.Telegram, "ana", None))!.Unit);
        }
    }

    [Fact]
    public async Task What_a_rolled_back_session_wrote_is_not_remembered()
    {
        await using var db = await TestDatabase.CreateAsync();
        long userId;
        await using (var session = await db.Store.BeginAsync(None))
        {
            userId = (await session.Users.EnsureAsync(ChatPlatform.Telegram, "ana", "Ana", Defaults, DateTimeOffset.UnixEpoch, None)).Id;
            await session.Workouts.AddLogAsync(userId, AnaChat, "m1", DateTimeOffset.UnixEpoch, [new DatedEntry(Entry("deadlift", 100m), Day)], None);
            await session.CommitAsync(None);
        }

        await using (var session = await db.Store.BeginAsync(None))
        {
            Assert.Equal(3, (await session.Workouts.RecentSessionsAsync(userId, "deadlift", 4, None)).Count);
            await session.Workouts.AddLogAsync(userId, AnaChat, "m2", DateTimeOffset.UnixEpoch, [new DatedEntry(Entry("deadlift", 110m), Day.AddDays(1))], None);
            await session.Workouts.SaveRecordsAsync(userId, [Heaviest("deadlift", 110m)], None);
            Assert.True(await session.Workouts.TryAddNoteAsync(userId, Day.AddDays(1), "deadlift", "nudge", None));
            Assert.Equal(6, (await session.Workouts.RecentSessionsAsync(userId, "deadlift", 4, None)).Count);

            // No commit.
        }

        await using (var session = await db.Store.BeginAsync(None))
        {
            Assert.Equal([100m, 102.5m, 105m], (await session.Workouts.RecentSessionsAsync(userId, "deadlift", 4, None)).Select(s => s.Weight));
            Assert.Empty(await session.Workouts.RecordsAsync(userId, "deadlift", None));
            Assert.True(await session.Workouts.TryAddNoteAsync(userId, Day.AddDays(1), "deadlift", "nudge", None));
        }
    }

    /// <summary>
    /// Random logs (backdated too), undos, corrections, records and notes for two users, some rolled back and some written
    /// by another connection; after each step every answer a session gives matches a fresh read on another connection.
    /// </summary>
    [Fact]
    public async Task Answers_from_memory_always_match_the_database()
    {
        const int seed = 20261124;
        var random = new Random(seed);
        string[] exercises = ["deadlift", "squat", "hollow-hold"];
        await using var db = await TestDatabase.CreateAsync();
        var users = new List<long>();
        await using (var session = await db.Store.BeginAsync(None))
        {
            users.Add((await session.Users.EnsureAsync(ChatPlatform.Telegram, "ana", "Ana", Defaults, DateTimeOffset.UnixEpoch, None)).Id);
            users.Add((await session.Users.EnsureAsync(ChatPlatform.Discord, "bo", "Bo", Defaults, DateTimeOffset.UnixEpoch, None)).Id);
            await session.CommitAsync(None);
        }

        for (var step = 0; step < 250; step++)
        {
            var user = users[random.Next(users.Count)];
            var exercise = exercises[random.Next(exercises.Length)];
            var day = Day.AddDays(random.Next(-20, 1));
            var action = random.Next(10);
            if (action == 9)
            {
                // Another connection logs a set directly.
                await ExecuteElsewhereAsync(db, $"""
                    INSERT INTO workout_logs (user_id, platform, chat_id, source_message_id, logged_at) VALUES ({user}, 'telegram', '1001', 'x{step}', '2026-11-23 10:00:00+00:00');
                    INSERT INTO workout_sets (log_id, user_id, exercise_id, exercise_name, training_date, set_number, reps, weight, unit)
                    VALUES (last_insert_rowid(), {user}, '{exercise}', '{exercise}', '{day:yyyy-MM-dd}', 1, 3, 90, 'kg');
                    """);
            }
            else
            {
                await using var session = await db.Store.BeginAsync(None);
                switch (action)
                {
                    case < 5:
                        var entries = Enumerable.Range(0, random.Next(1, 3))
                            .Select(_ => new DatedEntry(Entry(exercises[random.Next(exercises.Length)], random.Next(40, 120)), day))
                            .ToList();
                        await session.Workouts.AddLogAsync(user, AnaChat, $"m{step}", DateTimeOffset.UnixEpoch, entries, None);
                        break;
                    case 5 when await session.Workouts.LastLogAsync(user, None) is { } last:
                        await session.Workouts.DeleteLogAsync(last.Id, user, None);
                        break;
                    case 6 when await session.Workouts.LastLogAsync(user, None) is { } last:
                        await session.Workouts.ReplaceLogAsync(last.Id, user, [new DatedEntry(Entry(exercise, random.Next(40, 120)), day)], None);
                        break;
                    case 7:
                        await session.Workouts.SaveRecordsAsync(user, [Heaviest(exercise, random.Next(40, 160)), Heaviest(exercise, random.Next(40, 160)) with { Reps = random.Next(1, 6) }], None);
                        break;
                    case 8 when random.Next(2) == 0:
                        await session.Workouts.ClearRecordsAsync(user, exercise, None);
                        break;
                    default:
                        await session.Workouts.TryAddNoteAsync(user, day, exercise, random.Next(2) == 0 ? "pain" : "nudge", None);
                        break;
                }

                if (random.Next(6) != 0)
                {
                    await session.CommitAsync(None);
                }
            }

            await AssertMatchesDatabaseAsync(db, users, exercises, day, $"seed {seed}, step {step}");
        }
    }

    private static async Task AssertMatchesDatabaseAsync(TestDatabase db, IReadOnlyList<long> users, IReadOnlyList<string> exercises, DateOnly day, string because)
    {
        await using var session = await db.Store.BeginAsync(None);
        await using var connection = (SqliteConnection)await db.Database.OpenAsync(None);
        await using var transaction = connection.BeginTransaction(deferred: true);
        var fresh = new WorkoutRepository(connection, transaction);
        foreach (var user in users)
        {
            // Twice: the first answer may come from the database, the second from memory.
            for (var round = 0; round < 2; round++)
            {
                foreach (var exercise in exercises)
                {
                    foreach (var sessions in new[] { 4, 10 })
                    {
                        Assert.True(
                            (await fresh.RecentSessionsAsync(user, exercise, sessions, None)).SequenceEqual(await session.Workouts.RecentSessionsAsync(user, exercise, sessions, None)),
                            $"recent {exercise} sessions of user {user} ({because})");
                    }

                    Assert.True(
                        (await fresh.RecordsAsync(user, exercise, None)).SequenceEqual(await session.Workouts.RecordsAsync(user, exercise, None)),
                        $"{exercise} records of user {user} ({because})");
                }

                Assert.True(
                    (await fresh.NotesAsync(user, day, None)).SetEquals(await session.Workouts.NotesAsync(user, day, None)),
                    $"notes of user {user} on {day} ({because})");
                foreach (var (from, to) in new[] { (day.AddDays(-1), day), (day.AddDays(-1), day.AddDays(-1)), (day.AddDays(-7), day), (Day.AddDays(-2), Day), (day.AddDays(-30), day) })
                {
                    Assert.True(
                        (await fresh.SetsBetweenAsync(user, from, to, None)).SequenceEqual(await session.Workouts.SetsBetweenAsync(user, from, to, None)),
                        $"sets of user {user} from {from} to {to} ({because})");
                }
            }
        }

        // A session that ends without a commit forgets what it read (it could have been its own uncommitted writes);
        // committing keeps it for the next step, where the answers from memory are the ones under test.
        await session.CommitAsync(None);
    }

    private static async Task ExecuteElsewhereAsync(TestDatabase db, string sql)
    {
        await using var connection = await db.Database.OpenAsync(None);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(None);
    }

    private static LoggedEntry Entry(string exerciseId, decimal weight) => new(exerciseId, exerciseId, null, [
        new LoggedSet(5, weight, WeightUnit.Kg, null, null),
        new LoggedSet(5, weight + 2.5m, WeightUnit.Kg, null, 8m),
        new LoggedSet(3, weight + 5m, WeightUnit.Kg, null, null),
    ]);

    private static PersonalRecord Heaviest(string exerciseId, decimal weight) =>
        new(exerciseId, RecordKind.HeaviestForReps, 5, weight, weight, WeightUnit.Kg, 5, null, Day);
}
