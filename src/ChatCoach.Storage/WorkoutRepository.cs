using System.Data.Common;
using System.Globalization;
using ChatCoach.Core.Chat;
using ChatCoach.Core.Workouts;
using Dapper;

namespace ChatCoach.Storage;

/// <summary>
/// Workout logs, sets and records. Every statement filters by user id, so no caller can read or change another
/// user's sets. The indexes (user, exercise, day) and (user, day) keep each query's cost independent of history size.
/// </summary>
internal sealed class WorkoutRepository(DbConnection connection, DbTransaction? transaction, SessionCommands commands) : IWorkoutRepository
{
    public WorkoutRepository(SessionCommands commands)
        : this(commands.Connection, commands.Transaction, commands)
    {
    }

    public WorkoutRepository(DbConnection connection, DbTransaction? transaction)
        : this(connection, transaction, new SessionCommands(connection, transaction, cache: null))
    {
    }

    private const string InsertLog = """
        INSERT INTO workout_logs (user_id, platform, chat_id, source_message_id, logged_at)
        VALUES (@UserId, @Platform, @ChatId, @SourceMessageId, @LoggedAt)
        RETURNING id
        """;

    // One statement for all of a log's sets: a row of values per set, numbered @…0, @…1, ….
    private const string InsertSets = """
        INSERT INTO workout_sets (log_id, user_id, exercise_id, exercise_name, training_date, set_number, reps, weight, unit, seconds, rpe)
        VALUES
        """;

    private static readonly System.Text.CompositeFormat InsertSetValues = System.Text.CompositeFormat.Parse(
        "(@LogId, @UserId, @ExerciseId{0}, @ExerciseName{0}, @Date{0}, @SetNumber{0}, @Reps{0}, @Weight{0}, @Unit{0}, @Seconds{0}, @Rpe{0})");

    // Each row's parameters, in the order of InsertSetValues.
    private static readonly string[] SetParameters = ["ExerciseId", "ExerciseName", "Date", "SetNumber", "Reps", "Weight", "Unit", "Seconds", "Rpe"];

    private static readonly string?[] InsertSetsTexts = new string?[51];

    private static readonly string[]?[] SetParameterNameRows = new string[]?[50];

    private const string DeleteSets = "DELETE FROM workout_sets WHERE log_id = @LogId AND user_id = @UserId";

    private const string DeleteLog = "DELETE FROM workout_logs WHERE id = @LogId AND user_id = @UserId";

    private const string SelectLogById = """
        SELECT id AS Id, user_id AS UserId, platform AS Platform, chat_id AS ChatId, source_message_id AS SourceMessageId, logged_at AS LoggedAt
        FROM workout_logs
        WHERE id = @LogId AND user_id = @UserId
        """;

    private const string SelectLogBySource = """
        SELECT id AS Id, user_id AS UserId, platform AS Platform, chat_id AS ChatId, source_message_id AS SourceMessageId, logged_at AS LoggedAt
        FROM workout_logs
        WHERE platform = @Platform AND chat_id = @ChatId AND source_message_id = @SourceMessageId AND user_id = @UserId
        ORDER BY id DESC
        LIMIT 1
        """;

    private const string SelectLastLog = """
        SELECT id AS Id, user_id AS UserId, platform AS Platform, chat_id AS ChatId, source_message_id AS SourceMessageId, logged_at AS LoggedAt
        FROM workout_logs
        WHERE user_id = @UserId
        ORDER BY id DESC
        LIMIT 1
        """;

    // Read by position in Rows.Set.
    private const string SetColumns = "id, log_id, exercise_id, exercise_name, training_date, set_number, reps, weight, unit, seconds, rpe";

    private const string SelectSetsOfLog = $"""
        SELECT {SetColumns}
        FROM workout_sets
        WHERE log_id = @LogId AND user_id = @UserId
        ORDER BY id
        """;

    private const string SelectLastSession = $"""
        SELECT {SetColumns}
        FROM workout_sets
        WHERE user_id = @UserId AND exercise_id = @ExerciseId
          AND training_date = (
            SELECT MAX(training_date) FROM workout_sets
            WHERE user_id = @UserId AND exercise_id = @ExerciseId AND training_date < @Before)
        ORDER BY id
        """;

    // The sets of the last N training days in one statement: the inner query walks the index backwards for N days.
    private const string SelectRecentSessionsOfExercise = $"""
        SELECT {SetColumns}
        FROM workout_sets
        WHERE user_id = @UserId AND exercise_id = @ExerciseId
          AND training_date >= (
            SELECT MIN(training_date) FROM (
              SELECT DISTINCT training_date FROM workout_sets
              WHERE user_id = @UserId AND exercise_id = @ExerciseId
              ORDER BY training_date DESC
              LIMIT @Sessions) recent)
        ORDER BY training_date DESC, id
        """;

    private const string SelectRecentSessions = $"""
        SELECT {SetColumns}
        FROM workout_sets
        WHERE user_id = @UserId
          AND training_date >= (
            SELECT MIN(training_date) FROM (
              SELECT DISTINCT training_date FROM workout_sets
              WHERE user_id = @UserId
              ORDER BY training_date DESC
              LIMIT @Sessions) recent)
        ORDER BY training_date DESC, id
        """;

    private const string SelectAllSetsOfExercise = $"""
        SELECT {SetColumns}
        FROM workout_sets
        WHERE user_id = @UserId AND exercise_id = @ExerciseId
        ORDER BY training_date, id
        """;

    // Read by position in Rows.Record.
    private const string RecordColumns = "exercise_id, kind, reps, value, weight, unit, set_reps, seconds, achieved_on";

    private const string SelectRecords = $"""
        SELECT {RecordColumns}
        FROM personal_records
        WHERE user_id = @UserId
        ORDER BY exercise_id, kind, reps
        """;

    private const string SelectRecordsOfExercise = $"""
        SELECT {RecordColumns}
        FROM personal_records
        WHERE user_id = @UserId AND exercise_id = @ExerciseId
        ORDER BY kind, reps
        """;

    private const string UpsertRecord = """
        INSERT INTO personal_records (user_id, exercise_id, kind, reps, value, weight, unit, set_reps, seconds, achieved_on)
        VALUES (@UserId, @ExerciseId, @Kind, @Reps, @Value, @Weight, @Unit, @SetReps, @Seconds, @AchievedOn)
        ON CONFLICT (user_id, exercise_id, kind, reps) DO UPDATE SET
          value = excluded.value, weight = excluded.weight, unit = excluded.unit,
          set_reps = excluded.set_reps, seconds = excluded.seconds, achieved_on = excluded.achieved_on
        """;

    private const string SelectSetsBetween = $"""
        SELECT {SetColumns}
        FROM workout_sets
        WHERE user_id = @UserId AND training_date >= @From AND training_date <= @To
        ORDER BY training_date, id
        """;

    private const string SelectSetsFrom = $"""
        SELECT {SetColumns}
        FROM workout_sets
        WHERE user_id = @UserId AND training_date >= @From
        ORDER BY training_date, id
        """;

    private const string SelectAllUserSets = $"""
        SELECT {SetColumns}
        FROM workout_sets
        WHERE user_id = @UserId
        ORDER BY training_date, id
        """;

    private const string InsertNote = """
        INSERT INTO coach_notes (user_id, note_date, subject, kind)
        VALUES (@UserId, @Day, @Subject, @Kind)
        ON CONFLICT (user_id, note_date, subject, kind) DO NOTHING
        """;

    private const string SelectNotes = """
        SELECT subject, kind FROM coach_notes
        WHERE user_id = @UserId AND note_date = @Day
        """;

    private const string DeleteRecords = "DELETE FROM personal_records WHERE user_id = @UserId AND exercise_id = @ExerciseId";

    public async Task<long> AddLogAsync(long userId, ChatAddress chat, string sourceMessageId, DateTimeOffset loggedAt, IReadOnlyList<DatedEntry> entries, CancellationToken ct)
    {
        var logId = await commands.ScalarInt64Async(
            InsertLog,
            [("UserId", userId), ("Platform", UserRepository.PlatformName(chat.Platform)), ("ChatId", chat.ChatId), ("SourceMessageId", sourceMessageId), ("LoggedAt", loggedAt)],
            ct);
        var count = await InsertSetsAsync(logId, userId, entries, ct);
        if (commands.Known is { } known)
        {
            // Only what the connection keeps in memory needs the stored sets with their ids.
            known.Added(userId, Stored(logId, entries, commands.LastInsertRowId() - count + 1));
        }

        return logId;
    }

    public async Task ReplaceLogAsync(long logId, long userId, IReadOnlyList<DatedEntry> entries, CancellationToken ct)
    {
        await connection.ExecuteAsync(Command(DeleteSets, new { LogId = logId, UserId = userId }, ct));
        await InsertSetsAsync(logId, userId, entries, ct);
        commands.Known?.ForgetUser(userId);
    }

    public async Task DeleteLogAsync(long logId, long userId, CancellationToken ct)
    {
        await connection.ExecuteAsync(Command(DeleteSets, new { LogId = logId, UserId = userId }, ct));
        await connection.ExecuteAsync(Command(DeleteLog, new { LogId = logId, UserId = userId }, ct));
        commands.Known?.ForgetUser(userId);
    }

    public async Task<StoredLog?> FindLogAsync(long logId, long userId, CancellationToken ct) =>
        await LoadAsync(await connection.QuerySingleOrDefaultAsync<LogRow>(Command(SelectLogById, new { LogId = logId, UserId = userId }, ct)), ct);

    public async Task<StoredLog?> FindLogBySourceAsync(long userId, ChatAddress chat, string sourceMessageId, CancellationToken ct) =>
        await LoadAsync(await connection.QuerySingleOrDefaultAsync<LogRow>(Command(
            SelectLogBySource,
            new { UserId = userId, Platform = UserRepository.PlatformName(chat.Platform), chat.ChatId, SourceMessageId = sourceMessageId },
            ct)), ct);

    public async Task<StoredLog?> LastLogAsync(long userId, CancellationToken ct) =>
        await LoadAsync(await connection.QuerySingleOrDefaultAsync<LogRow>(Command(SelectLastLog, new { UserId = userId }, ct)), ct);

    public async Task<IReadOnlyList<StoredSet>> LastSessionAsync(long userId, string exerciseId, DateOnly before, CancellationToken ct) =>
        await commands.QueryAsync(SelectLastSession, [("UserId", userId), ("ExerciseId", exerciseId), ("Before", before)], Rows.Set, ct);

    public async Task<IReadOnlyList<StoredSet>> RecentSessionsAsync(long userId, string? exerciseId, int sessions, CancellationToken ct)
    {
        if (exerciseId is null)
        {
            return await commands.QueryAsync(SelectRecentSessions, [("UserId", userId), ("Sessions", sessions)], Rows.Set, ct);
        }

        if (commands.Known?.Find(userId)?.Recent.GetValueOrDefault((exerciseId, sessions)) is { } known)
        {
            return known;
        }

        var sets = await commands.QueryAsync(SelectRecentSessionsOfExercise, [("UserId", userId), ("ExerciseId", exerciseId), ("Sessions", sessions)], Rows.Set, ct);
        commands.Known?.Get(userId).Recent[(exerciseId, sessions)] = sets;
        return sets;
    }

    public async Task<IReadOnlyList<StoredSet>> AllSetsAsync(long userId, string exerciseId, CancellationToken ct) =>
        await commands.QueryAsync(SelectAllSetsOfExercise, [("UserId", userId), ("ExerciseId", exerciseId)], Rows.Set, ct);

    public async Task<IReadOnlyList<PersonalRecord>> RecordsAsync(long userId, string? exerciseId, CancellationToken ct)
    {
        if (exerciseId is null)
        {
            return await commands.QueryAsync(SelectRecords, [("UserId", userId)], Rows.Record, ct);
        }

        if (commands.Known?.Find(userId)?.Records.GetValueOrDefault(exerciseId) is { } known)
        {
            return known;
        }

        var records = await commands.QueryAsync(SelectRecordsOfExercise, [("UserId", userId), ("ExerciseId", exerciseId)], Rows.Record, ct);
        commands.Known?.Get(userId).Records[exerciseId] = records;
        return records;
    }

    public async Task SaveRecordsAsync(long userId, IReadOnlyList<PersonalRecord> records, CancellationToken ct)
    {
        foreach (var r in records)
        {
            await commands.ExecuteAsync(
                UpsertRecord,
                [
                    ("UserId", userId), ("ExerciseId", r.ExerciseId), ("Kind", Rows.KindName(r.Kind)), ("Reps", r.Reps), ("Value", r.Value),
                    ("Weight", r.Weight), ("Unit", r.Unit?.Symbol()), ("SetReps", r.SetReps), ("Seconds", r.Seconds), ("AchievedOn", r.AchievedOn),
                ],
                ct);
        }

        if (records.Count > 0 && commands.Known?.Find(userId) is { } known)
        {
            foreach (var saved in records.GroupBy(r => r.ExerciseId, StringComparer.Ordinal))
            {
                if (known.Records.TryGetValue(saved.Key, out var before))
                {
                    commands.Known.Get(userId).Records[saved.Key] = KnownData.WithRecords(before, saved);
                }
            }
        }
    }

    public async Task ClearRecordsAsync(long userId, string exerciseId, CancellationToken ct)
    {
        await connection.ExecuteAsync(Command(DeleteRecords, new { UserId = userId, ExerciseId = exerciseId }, ct));
        commands.Known?.Get(userId).Records[exerciseId] = [];
    }

    public async Task<IReadOnlyList<StoredSet>> SetsBetweenAsync(long userId, DateOnly from, DateOnly to, CancellationToken ct)
    {
        if (commands.Known is not { } cache)
        {
            return await commands.QueryAsync(SelectSetsBetween, [("UserId", userId), ("From", from), ("To", to)], Rows.Set, ct);
        }

        if (cache.SetsBetween(userId, from, to) is { } known)
        {
            return known;
        }

        // Everything from that day on, later days too: then what is logged afterwards can be added to what is known, and
        // tomorrow's look at today needs no read. A user's days from last week on are a few dozen sets.
        var sets = await commands.QueryAsync(SelectSetsFrom, [("UserId", userId), ("From", from)], Rows.Set, ct);
        cache.KnowSetsFrom(userId, from, sets);
        return [.. sets.Where(s => s.Date <= to)];
    }

    public async Task<IReadOnlyList<StoredSet>> AllUserSetsAsync(long userId, CancellationToken ct) =>
        await commands.QueryAsync(SelectAllUserSets, [("UserId", userId)], Rows.Set, ct);

    public async Task<bool> TryAddNoteAsync(long userId, DateOnly day, string subject, string kind, CancellationToken ct)
    {
        var known = commands.Known?.Find(userId) is { NotesDay: var d, Notes: { } notes } && d == day ? notes : null;
        if (known?.Contains((subject, kind)) == true)
        {
            return false;
        }

        var added = await commands.ExecuteAsync(InsertNote, [("UserId", userId), ("Day", day), ("Subject", subject), ("Kind", kind)], ct) == 1;
        if (known is not null)
        {
            commands.Known!.Get(userId).Notes = new HashSet<(string, string)>(known) { (subject, kind) };
        }

        return added;
    }

    public async Task<IReadOnlySet<(string Subject, string Kind)>> NotesAsync(long userId, DateOnly day, CancellationToken ct)
    {
        if (commands.Known?.Find(userId) is { NotesDay: var d, Notes: { } known } && d == day)
        {
            return known;
        }

        var notes = (await commands.QueryAsync(SelectNotes, [("UserId", userId), ("Day", day)], Rows.Note, ct)).ToHashSet();
        if (commands.Known is { } cache)
        {
            var user = cache.Get(userId);
            user.NotesDay = day;
            user.Notes = notes;
        }

        return notes;
    }

    /// <summary>Inserts a log's sets in one statement and returns how many.</summary>
    private async Task<int> InsertSetsAsync(long logId, long userId, IReadOnlyList<DatedEntry> entries, CancellationToken ct)
    {
        var count = 0;
        foreach (var dated in entries)
        {
            count += dated.Entry.Sets.Count;
        }

        if (count == 0)
        {
            return 0;
        }

        var args = new (string Name, object? Value)[2 + (count * SetParameters.Length)];
        args[0] = ("LogId", logId);
        args[1] = ("UserId", userId);
        var row = 0;
        foreach (var (entry, date) in entries)
        {
            var number = 0;
            foreach (var set in entry.Sets)
            {
                var names = SetParameterNames(row);
                var at = 2 + (row * SetParameters.Length);
                args[at] = (names[0], entry.ExerciseId);
                args[at + 1] = (names[1], entry.ExerciseName);
                args[at + 2] = (names[2], date);
                args[at + 3] = (names[3], ++number);
                args[at + 4] = (names[4], set.Reps);
                args[at + 5] = (names[5], set.Weight);
                args[at + 6] = (names[6], set.Unit?.Symbol());
                args[at + 7] = (names[7], set.Seconds);
                args[at + 8] = (names[8], set.Rpe);
                row++;
            }
        }

        await commands.ExecuteAsync(InsertSetsText(count), args, ct);
        return count;
    }

    /// <summary>
    /// A log's sets as stored, for what the connection keeps in memory. SQLite gives each row of one insert the largest
    /// rowid so far plus one, in the order of their VALUES (the order every "ORDER BY id" here relies on), so the rows
    /// have consecutive ids from <paramref name="firstId"/>.
    /// </summary>
    private static List<StoredSet> Stored(long logId, IReadOnlyList<DatedEntry> entries, long firstId)
    {
        var id = firstId;
        var sets = new List<StoredSet>();
        foreach (var (entry, date) in entries)
        {
            var number = 0;
            foreach (var set in entry.Sets)
            {
                sets.Add(new StoredSet(id++, logId, entry.ExerciseId, entry.ExerciseName, date, ++number, set.Reps, Rows.AsStored(set.Weight), set.Unit, set.Seconds, Rows.AsStored(set.Rpe)));
            }
        }

        return sets;
    }

    // The statement for n sets: its text depends only on n, so it is built once per count (and compiled once per count
    // and connection), like the parameter names of each row.
    private static string InsertSetsText(int count) =>
        count < InsertSetsTexts.Length
            ? InsertSetsTexts[count] ??= BuildInsertSets(count)
            : BuildInsertSets(count);

    private static string BuildInsertSets(int count) =>
        InsertSets + string.Join(",\n", Enumerable.Range(0, count).Select(n => string.Format(CultureInfo.InvariantCulture, InsertSetValues, n)));

    private static string[] SetParameterNames(int row) =>
        row < SetParameterNameRows.Length
            ? SetParameterNameRows[row] ??= BuildSetParameterNames(row)
            : BuildSetParameterNames(row);

    private static string[] BuildSetParameterNames(int row) =>
        [.. SetParameters.Select(p => p + row.ToString(CultureInfo.InvariantCulture))];

    private async Task<StoredLog?> LoadAsync(LogRow? row, CancellationToken ct)
    {
        if (row is null)
        {
            return null;
        }

        var sets = await commands.QueryAsync(SelectSetsOfLog, [("LogId", row.Id), ("UserId", row.UserId)], Rows.Set, ct);
        var platform = Enum.Parse<ChatPlatform>(row.Platform, ignoreCase: true);
        return new StoredLog(row.Id, row.UserId, new ChatAddress(platform, row.ChatId, IsGroup: false), row.SourceMessageId, row.LoggedAt, sets);
    }

    private CommandDefinition Command(string sql, object args, CancellationToken ct) => new(sql, args, transaction, cancellationToken: ct);

    // Rows are property-based: Dapper converts column types into settable properties (SQLite's Int64 and REAL,
    // PostgreSQL's int and numeric), where constructor mapping would demand exact types.
    private sealed class LogRow
    {
        public long Id { get; set; }

        public long UserId { get; set; }

        public string Platform { get; set; } = "";

        public string ChatId { get; set; } = "";

        public string SourceMessageId { get; set; } = "";

        public DateTimeOffset LoggedAt { get; set; }
    }
}
