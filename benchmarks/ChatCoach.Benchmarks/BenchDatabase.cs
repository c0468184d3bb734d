using System.Globalization;
using ChatCoach.Core.Chat;
using ChatCoach.Core.Exercises;
using ChatCoach.Core.Users;
using ChatCoach.Core.Workouts;
using ChatCoach.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChatCoach.Benchmarks;

/// <summary>
/// SQLite files for the log-path benchmarks: a template per history size, seeded once with one user's history and
/// cached in the temp folder, then copied for each benchmark process. The seed is a bulk insert in one transaction with
/// prepared commands; the history is ~3 years long and ends in an eight-week training block that is the same in every
/// template, so that the queries near "today" read the same rows whatever the history size, and only the size differs.
/// </summary>
internal static class BenchDatabase
{
    public const string UserName = "bench";

    /// <summary>The first benchmark day. History ends the day before.</summary>
    public static readonly DateOnly Today = new(2026, 11, 24);

    public static readonly ChatAddress Chat = new(ChatPlatform.Terminal, UserName, IsGroup: false);

    /// <summary>Bump when the seed's shape changes, so cached templates are rebuilt.</summary>
    private const int SeedFormat = 1;

    private const int BlockWeeks = 8;
    private const int HistoryDays = 3 * 365;
    private const int SetsPerLog = 3;

    /// <summary>The lifts in the history, with a current top working weight in kg.</summary>
    private static readonly (string Id, decimal Top)[] Lifts =
    [
        ("deadlift", 140m), ("squat", 110m), ("bench-press", 80m), ("overhead-press", 50m),
        ("romanian-deadlift", 100m), ("good-morning", 50m), ("front-squat", 85m), ("barbell-row", 70m),
    ];

    public static string Folder { get; } = Path.Combine(Path.GetTempPath(), "chatcoach-bench");

    /// <summary>A fresh copy of the template with <paramref name="storedSets"/> sets, for one benchmark process.</summary>
    public static async Task<string> CopyAsync(int storedSets, ExerciseCatalog catalog, CancellationToken ct)
    {
        var template = await TemplateAsync(storedSets, catalog, ct);
        var copy = Path.Combine(Folder, $"run-{Environment.ProcessId}-{Guid.NewGuid():N}.db");
        File.Copy(template, copy);
        return copy;
    }

    public static void Delete(string path)
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }

    /// <summary>
    /// Puts the file back as seeded: removes what the benchmark added (rows above the seeded ids, notes) and restores the
    /// seeded records, then truncates the WAL so every iteration starts alike.
    /// </summary>
    public static void Reset(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            BEGIN IMMEDIATE;
            DELETE FROM workout_sets WHERE id > (SELECT max_set_id FROM bench_seed);
            DELETE FROM workout_logs WHERE id > (SELECT max_log_id FROM bench_seed);
            DELETE FROM inbound_messages WHERE rowid > (SELECT max_inbound_rowid FROM bench_seed);
            DELETE FROM coach_notes;
            DELETE FROM personal_records;
            INSERT INTO personal_records (user_id, exercise_id, kind, reps, value, weight, unit, set_reps, seconds, achieved_on)
            SELECT user_id, exercise_id, kind, reps, value, weight, unit, set_reps, seconds, achieved_on FROM bench_seed_records;
            COMMIT;
            PRAGMA wal_checkpoint(TRUNCATE);
            """;
        command.ExecuteNonQuery();
    }

    /// <summary>A connection string like the product's own (pooled, foreign keys on).</summary>
    public static string ConnectionString(string path) => new SqliteConnectionStringBuilder
    {
        DataSource = Path.GetFullPath(path),
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = true,
        ForeignKeys = true,
        DefaultTimeout = 5,
    }.ToString();

    private static async Task<string> TemplateAsync(int storedSets, ExerciseCatalog catalog, CancellationToken ct)
    {
        Directory.CreateDirectory(Folder);
        var schema = Migrator.Embedded(SqlDialect.Sqlite)[^1].Version;
        var path = Path.Combine(Folder, string.Create(CultureInfo.InvariantCulture, $"template-{storedSets}-s{schema}-f{SeedFormat}.db"));
        if (File.Exists(path))
        {
            return path;
        }

        var building = path + ".building-" + Environment.ProcessId;
        Delete(building);
        var started = System.Diagnostics.Stopwatch.StartNew();
        await new Migrator(new SqliteDatabase(building, "OFF", 5000), NullLogger<Migrator>.Instance).MigrateAsync(ct);
        await SeedAsync(building, storedSets, catalog, ct);
        Console.WriteLine($"// seeded {storedSets:N0} sets in {started.Elapsed.TotalSeconds:F1} s: {path}");
        SqliteConnection.ClearAllPools();
        File.Move(building, path, overwrite: true);
        Delete(building);
        return path;
    }

    private static async Task SeedAsync(string path, int storedSets, ExerciseCatalog catalog, CancellationToken ct)
    {
        await using var connection = new SqliteConnection(ConnectionString(path));
        await connection.OpenAsync(ct);
        await Execute(connection, null, "PRAGMA synchronous=OFF;", ct);
        await using (var tx = (SqliteTransaction)await connection.BeginTransactionAsync(ct))
        {
            var users = new UserRepository(connection, tx);
            var seededAt = Today.AddDays(-HistoryDays - 1).ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc);
            var user = await users.EnsureAsync(Chat.Platform, UserName, UserName, new UserDefaults(WeightUnit.Kg, "UTC"), seededAt, ct);
            await new MessageLog(connection, tx).TryRecordAsync(Chat, "seed-user", user.Id, seededAt, ct);

            var block = Block(storedSets);
            var bulk = Bulk(storedSets - block.Sum(l => l.Sets.Count));
            var writer = new SeedWriter(connection, tx, user.Id, catalog);
            var number = 0;
            foreach (var log in bulk.Concat(block))
            {
                writer.Add(log, number++);
            }

            var records = block.SelectMany(l => l.Sets.Select(s => (l.ExerciseId, Set: new LoggedSet(s.Reps, s.Weight, WeightUnit.Kg, null, null), l.Date)))
                .GroupBy(x => x.ExerciseId, StringComparer.Ordinal)
                .SelectMany(g => RecordBook.Best(g.Key, g.Select(x => (x.Set, x.Date))))
                .ToList();
            await new WorkoutRepository(connection, tx).SaveRecordsAsync(user.Id, records, ct);

            await Execute(connection, tx, """
                CREATE TABLE bench_seed AS SELECT
                  (SELECT MAX(id) FROM workout_sets) AS max_set_id,
                  (SELECT MAX(id) FROM workout_logs) AS max_log_id,
                  (SELECT MAX(rowid) FROM inbound_messages) AS max_inbound_rowid;
                CREATE TABLE bench_seed_records AS
                  SELECT user_id, exercise_id, kind, reps, value, weight, unit, set_reps, seconds, achieved_on FROM personal_records;
                """, ct);
            await tx.CommitAsync(ct);
        }

        await Execute(connection, null, "PRAGMA wal_checkpoint(TRUNCATE);", ct);
    }

    /// <summary>The last eight weeks: four training days a week, three lifts a day, 3x5 creeping up in weight.</summary>
    private static List<SeedLog> Block(int storedSets)
    {
        var logs = new List<SeedLog>();
        var start = Today.AddDays(-7 * BlockWeeks);
        var trainingDay = 0;
        for (var d = 0; d < 7 * BlockWeeks; d++)
        {
            if (d % 7 is not (0 or 1 or 3 or 5))
            {
                continue;
            }

            for (var j = 0; j < 3; j++)
            {
                var (id, top) = Lifts[((trainingDay * 3) + j) % Lifts.Length];
                var weight = Plate(top * (0.85m + (0.10m * d / (7 * BlockWeeks))));
                logs.Add(new SeedLog(id, start.AddDays(d), [.. Enumerable.Repeat(new SeedSet(5, weight), SetsPerLog)]));
            }

            trainingDay++;
        }

        // A tiny history keeps only the newest part of the block.
        var sets = 0;
        return [.. logs.AsEnumerable().Reverse().TakeWhile(l => (sets += l.Sets.Count) <= storedSets).Reverse()];
    }

    /// <summary>The rest of the sets, spread evenly over the ~3 years before the block, lighter the older they are.</summary>
    private static IEnumerable<SeedLog> Bulk(int sets)
    {
        if (sets <= 0)
        {
            yield break;
        }

        var first = Today.AddDays(-HistoryDays);
        var days = HistoryDays - (7 * BlockWeeks);
        var logs = (sets + SetsPerLog - 1) / SetsPerLog;
        for (var k = 0; k < logs; k++)
        {
            var (id, top) = Lifts[k % Lifts.Length];
            var progress = (decimal)k / logs;
            var weight = Plate(top * (0.55m + (0.25m * progress)));
            var count = Math.Min(SetsPerLog, sets - (k * SetsPerLog));
            var reps = 8 - (k % 3 * 2);
            yield return new SeedLog(id, first.AddDays((int)((long)k * days / logs)), [.. Enumerable.Repeat(new SeedSet(reps, weight), count)]);
        }
    }

    private static decimal Plate(decimal kg) => Math.Round(kg / 2.5m, MidpointRounding.AwayFromZero) * 2.5m;

    private static async Task Execute(SqliteConnection connection, SqliteTransaction? tx, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }

    private sealed record SeedLog(string ExerciseId, DateOnly Date, IReadOnlyList<SeedSet> Sets);

    private sealed record SeedSet(int Reps, decimal Weight);

    /// <summary>Three prepared commands, rebound per row: a log, its inbound message, and its sets.</summary>
    private sealed class SeedWriter
    {
        private readonly SqliteCommand _log;
        private readonly SqliteCommand _inbound;
        private readonly SqliteCommand _set;
        private readonly long _userId;
        private readonly ExerciseCatalog _catalog;

        public SeedWriter(SqliteConnection connection, SqliteTransaction tx, long userId, ExerciseCatalog catalog)
        {
            _userId = userId;
            _catalog = catalog;
            _log = Prepare(connection, tx, """
                INSERT INTO workout_logs (user_id, platform, chat_id, source_message_id, logged_at)
                VALUES ($user, $platform, $chat, $source, $at) RETURNING id
                """, "$user", "$platform", "$chat", "$source", "$at");
            _inbound = Prepare(connection, tx, """
                INSERT INTO inbound_messages (platform, chat_id, delivery_key, user_id, handled_at)
                VALUES ($platform, $chat, $source, $user, $at)
                """, "$platform", "$chat", "$source", "$user", "$at");
            _set = Prepare(connection, tx, """
                INSERT INTO workout_sets (log_id, user_id, exercise_id, exercise_name, training_date, set_number, reps, weight, unit, seconds, rpe)
                VALUES ($log, $user, $exercise, $name, $date, $number, $reps, $weight, 'kg', NULL, NULL)
                """, "$log", "$user", "$exercise", "$name", "$date", "$number", "$reps", "$weight");
        }

        public void Add(SeedLog log, int number)
        {
            var source = "seed-" + number.ToString(CultureInfo.InvariantCulture);
            var at = new DateTimeOffset(log.Date.ToDateTime(new TimeOnly(18, 0)), TimeSpan.Zero).AddSeconds(number % 3600);
            Bind(_log, _userId, "terminal", UserName, source, at);
            var logId = (long)_log.ExecuteScalar()!;
            Bind(_inbound, "terminal", UserName, source, _userId, at);
            _inbound.ExecuteNonQuery();
            var name = _catalog.ById(log.ExerciseId)!.Name;
            for (var i = 0; i < log.Sets.Count; i++)
            {
                Bind(_set, logId, _userId, log.ExerciseId, name, log.Date, i + 1, log.Sets[i].Reps, log.Sets[i].Weight);
                _set.ExecuteNonQuery();
            }
        }

        private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction tx, string sql, params string[] names)
        {
            var command = connection.CreateCommand();
            command.Transaction = tx;
            command.CommandText = sql;
            foreach (var name in names)
            {
                command.Parameters.Add(new SqliteParameter { ParameterName = name });
            }

            command.Prepare();
            return command;
        }

        private static void Bind(SqliteCommand command, params object[] values)
        {
            for (var i = 0; i < values.Length; i++)
            {
                command.Parameters[i].Value = values[i];
            }
        }
    }
}
