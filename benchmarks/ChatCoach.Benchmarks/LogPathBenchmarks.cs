using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using ChatCoach.Core;
using ChatCoach.Core.Chat;
using ChatCoach.Core.Conversations;
using ChatCoach.Core.Exercises;
using ChatCoach.Core.Progression;
using ChatCoach.Core.Workouts;
using ChatCoach.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatCoach.Benchmarks;

/// <summary>
/// The whole log path (<c>IChatHandler.HandleAsync</c>: one transaction that ensures the user, records the inbound
/// message, parses, stores the log, updates records, runs the coaching rules and commits) against a bare
/// Microsoft.Data.Sqlite insert of the same rows, on a SQLite file in WAL mode, per durability setting and history size.
/// Every iteration starts from the seeded file (the iteration setup deletes what the last one added), so the 1,000-set
/// history stays at 1,000 sets however many messages a run sends.
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class LogPathBenchmarks
{
    /// <summary>
    /// Messages sent per iteration (150 training days of four logs): enough that even the bare insert's iterations last
    /// about 100 ms, and few enough that a run of all twelve cases stays within a few minutes.
    /// </summary>
    public const int MessagesPerIteration = 600;

    private const int LogsPerDay = 4;

    /// <summary>Each names three sets, like the bare insert's rows; the weights sit at or under the seeded records.</summary>
    private static readonly string[] Texts =
    [
        "deadlift 3x5 135kg",
        "squat 3 sets of 5 at 102.5kg",
        "bench 5, 5, 5 @ 75kg",
        "ohp 3x5 47.5",
        "rdl 3x5 92.5kg",
        "good mornings 3x5 45kg @8",
        "front squat 77.5x5, 77.5x5, 80x5",
        "barbell row 3x5 65kg",
        "deadlift 130x5, 135x5, 140x5",
        "squat 3x5 105kg, felt good",
        "bench press 3x5 77.5kg",
        "overhead press 5,5,5 @ 45kg",
    ];

    private ServiceProvider _services = null!;
    private IChatHandler _handler = null!;
    private ICoachStore _store = null!;
    private SqliteConnection _bare = null!;
    private SqliteCommand _insertInbound = null!;
    private SqliteCommand _insertLog = null!;
    private SqliteCommand _insertSet = null!;
    private (string ExerciseId, string Name, LoggedSet[] Sets)[] _rows = null!;
    private string _path = null!;
    private long _userId;
    private int _index;
    private long _messageId;

    /// <summary>SQLite's <c>synchronous</c>: FULL syncs the WAL on every commit, NORMAL only at checkpoints.</summary>
    [Params("FULL", "NORMAL")]
    public string Synchronous { get; set; } = "FULL";

    /// <summary>Sets already stored for the benchmark user.</summary>
    [Params(1_000, 1_000_000)]
    public int StoredSets { get; set; }

    /// <summary>For <c>--profile</c>: changes to the services before they are built.</summary>
    internal Action<IServiceCollection>? Configure { get; set; }

    internal string DatabasePath => _path;

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [IterationSetup]
    public void StartIteration()
    {
        BenchDatabase.Reset(_bare);
        _index = 0;
    }

    /// <summary>Parse, store and reply: the product's handler, as an adapter calls it.</summary>
    [Benchmark]
    public async Task<int> LogPath()
    {
        var i = _index++;
        var message = new InboundMessage(
            BenchDatabase.Chat,
            BenchDatabase.UserName,
            BenchDatabase.UserName,
            "m" + (++_messageId).ToString(CultureInfo.InvariantCulture),
            Texts[i % Texts.Length],
            SentAt(i));
        var replies = await _handler.HandleAsync(message, CancellationToken.None);
        return replies.Count;
    }

    /// <summary>
    /// The floor: the same rows (an inbound message, a log, its three sets) in one transaction, with prepared commands
    /// on one open connection, at the same durability.
    /// </summary>
    [Benchmark(Baseline = true)]
    public long BareInsert()
    {
        var i = _index++;
        var sentAt = SentAt(i);
        var messageId = "m" + (++_messageId).ToString(CultureInfo.InvariantCulture);
        var (exerciseId, name, sets) = _rows[i % _rows.Length];
        using var tx = _bare.BeginTransaction();
        _insertInbound.Transaction = tx;
        _insertInbound.Parameters[0].Value = messageId;
        _insertInbound.Parameters[1].Value = _userId;
        _insertInbound.Parameters[2].Value = sentAt;
        _insertInbound.ExecuteNonQuery();

        _insertLog.Transaction = tx;
        _insertLog.Parameters[0].Value = _userId;
        _insertLog.Parameters[1].Value = messageId;
        _insertLog.Parameters[2].Value = sentAt;
        var logId = (long)_insertLog.ExecuteScalar()!;

        _insertSet.Transaction = tx;
        var day = DateOnly.FromDateTime(sentAt.UtcDateTime);
        for (var n = 0; n < sets.Length; n++)
        {
            var p = _insertSet.Parameters;
            p[0].Value = logId;
            p[1].Value = _userId;
            p[2].Value = exerciseId;
            p[3].Value = name;
            p[4].Value = day;
            p[5].Value = n + 1;
            p[6].Value = sets[n].Reps;
            p[7].Value = sets[n].Weight;
            _insertSet.ExecuteNonQuery();
        }

        tx.Commit();
        return logId;
    }

    /// <summary>
    /// The product's own writes and nothing else: a session (a pooled connection, its pragmas, BEGIN IMMEDIATE), the
    /// inbound record (chat and message) and the log with its sets through the repositories, then COMMIT. Between the
    /// bare insert and the log path, it separates the cost of the storage style from the cost of the coaching reads.
    /// </summary>
    [Benchmark]
    public async Task<long> StoreOnly()
    {
        var i = _index++;
        var sentAt = SentAt(i);
        var messageId = "m" + (++_messageId).ToString(CultureInfo.InvariantCulture);
        var (exerciseId, name, sets) = _rows[i % _rows.Length];
        await using var session = await _store.BeginAsync(CancellationToken.None);
        await session.Messages.TryRecordAsync(BenchDatabase.Chat, messageId, _userId, sentAt, CancellationToken.None);
        var logId = await session.Workouts.AddLogAsync(
            _userId,
            BenchDatabase.Chat,
            messageId,
            sentAt,
            [new DatedEntry(new LoggedEntry(exerciseId, name, null, sets), DateOnly.FromDateTime(sentAt.UtcDateTime))],
            CancellationToken.None);
        await session.CommitAsync(CancellationToken.None);
        return logId;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _insertInbound.Dispose();
        _insertLog.Dispose();
        _insertSet.Dispose();
        _bare.Dispose();
        _services.Dispose();
        BenchDatabase.Delete(_path);
    }

    /// <summary>Four logs a day at 18:00 UTC and a minute apart, one new training day after another.</summary>
    private static DateTimeOffset SentAt(int i) =>
        new DateTimeOffset(BenchDatabase.Today.ToDateTime(new TimeOnly(18, 0)), TimeSpan.Zero).AddDays(i / LogsPerDay).AddMinutes(i % LogsPerDay);

    private static SqliteCommand Prepare(SqliteConnection connection, string sql, int parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 1; i <= parameters; i++)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = "$p" + i.ToString(CultureInfo.InvariantCulture) });
        }

        command.Prepare();
        return command;
    }

    private async Task SetupAsync()
    {
        var catalog = SeedLoader.Load(SeedsLocator.Resolve("seeds"));
        _path = await BenchDatabase.CopyAsync(StoredSets, catalog, CancellationToken.None);

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:SqlitePath"] = _path,
            ["Storage:Synchronous"] = Synchronous,
            ["Coach:SeedsPath"] = "seeds",
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddChatCoachCore();
        services.AddChatCoachStorage();
        services.AddSingleton<IChartRenderer, NoCharts>();
        Configure?.Invoke(services);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        await _services.GetRequiredService<Migrator>().MigrateAsync(CancellationToken.None);
        _handler = _services.GetRequiredService<IChatHandler>();
        _store = _services.GetRequiredService<ICoachStore>();

        _bare = new SqliteConnection(BenchDatabase.ConnectionString(_path));
        _bare.Open();
        using (var pragma = _bare.CreateCommand())
        {
            pragma.CommandText = $"PRAGMA synchronous={Synchronous}; PRAGMA busy_timeout=5000;";
            pragma.ExecuteNonQuery();
            pragma.CommandText = "SELECT user_id FROM user_identities WHERE platform = 'terminal' AND platform_user_id = $user";
            pragma.Parameters.AddWithValue("$user", BenchDatabase.UserName);
            _userId = (long)pragma.ExecuteScalar()!;
        }

        _insertInbound = Prepare(_bare, """
            INSERT INTO inbound_messages (platform, chat_id, delivery_key, user_id, handled_at)
            VALUES ('terminal', 'bench', $p1, $p2, $p3)
            """, 3);
        _insertLog = Prepare(_bare, """
            INSERT INTO workout_logs (user_id, platform, chat_id, source_message_id, logged_at)
            VALUES ($p1, 'terminal', 'bench', $p2, $p3) RETURNING id
            """, 3);
        _insertSet = Prepare(_bare, """
            INSERT INTO workout_sets (log_id, user_id, exercise_id, exercise_name, training_date, set_number, reps, weight, unit, seconds, rpe)
            VALUES ($p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, 'kg', NULL, NULL)
            """, 8);

        // The bare insert writes exactly the rows the parser reads from the same texts.
        var parser = new SetNotationParser(catalog);
        _rows = [.. Texts.Select(t => parser.Parse(t, new ParseContext(WeightUnit.Kg, BenchDatabase.Today)) is LogNotation { Entries: [var e] } && e.Sets.Count == 3
            ? (e.ExerciseId, e.ExerciseName, e.Sets.ToArray())
            : throw new InvalidOperationException($"benchmark text is not one entry of three sets: {t}"))];

        // A log path that fails replies with an apology instead of throwing: check once that it logs.
        var replies = await _handler.HandleAsync(
            new InboundMessage(BenchDatabase.Chat, BenchDatabase.UserName, BenchDatabase.UserName, "check", Texts[0], SentAt(0)),
            CancellationToken.None);
        if (!replies.Any(r => r.Kind == ReplyKind.Logged))
        {
            throw new InvalidOperationException("the log path did not log: " + string.Join(" | ", replies.Select(r => r.ToPlainText())));
        }

        BenchDatabase.Reset(_bare);
    }

    /// <summary>
    /// A fixed number of messages per iteration, so the iteration setup can put the file back; fifteen warm-ups and
    /// fifteen measured iterations.
    /// </summary>
    private sealed class Config : ManualConfig
    {
        // Fifteen warm-up iterations (9,000 messages): the log path takes about 5,000 calls to reach its steady state
        // under tiered compilation, and a bot runs for days, so the start-up JIT is not what is being compared.
        public Config() => AddJob(Job.Default
            .WithWarmupCount(15)
            .WithIterationCount(15)
            .WithInvocationCount(MessagesPerIteration)
            .WithUnrollFactor(1));
    }

    private sealed class NoCharts : IChartRenderer
    {
        public byte[] RenderPng(ProgressChart chart) => [];
    }
}
