using ChatCoach.Core.Chat;
using ChatCoach.Core.Conversations;
using ChatCoach.Core.Exercises;
using ChatCoach.Core.Progression;
using ChatCoach.Core.Users;

namespace ChatCoach.Core.Workouts;

/// <summary>
/// Logging sets and everything around it: the echo with a comparison to last time, records, undo, correction,
/// carry-over, history. Works inside the caller's session, so each log is one transaction with its inbound record.
/// </summary>
public sealed class WorkoutLogging(ExerciseCatalog catalog)
{
    /// <summary>How many training days /history shows.</summary>
    public const int HistoryDays = 10;

    /// <summary>
    /// Stores a log and echoes it. In a group, unless the member chose to share them, the echo hides weights. The result
    /// also carries each logged exercise's recent sessions as they stand after the log, so the coaching rules that follow
    /// need not read them again.
    /// </summary>
    public async Task<LogOutcome> LogAsync(ICoachSession session, InboundMessage message, UserProfile user, IReadOnlyList<LoggedEntry> entries, bool hideWeights, CancellationToken ct)
    {
        var today = user.LocalDate(message.SentAt);
        var dated = Dated(entries, today);
        var existingRecords = await RecordsFor(session, user, dated, ct);
        var logId = await session.Workouts.AddLogAsync(user.Id, message.Chat, message.MessageId, message.SentAt, dated, ct);
        var recent = await RecentSessionsAsync(session, user, dated, ct);
        var previous = await PreviousSessionsAsync(session, user, dated, recent, logId, ct);
        var beaten = await UpdateRecordsAsync(session, user, dated, existingRecords, ct);
        return new LogOutcome([Logged(logId, user, dated, previous, beaten, existingRecords, today, corrected: false, hideWeights)], recent);
    }

    /// <summary>Replaces a log's entries with a corrected version. The log must be the user's own (callers look it up by user).</summary>
    public async Task<IReadOnlyList<Reply>> CorrectAsync(ICoachSession session, InboundMessage message, UserProfile user, StoredLog target, IReadOnlyList<LoggedEntry> entries, bool hideWeights, CancellationToken ct)
    {
        // A correction keeps the day of what it corrects (an edit after midnight must not move last night's session),
        // unless it names a day itself.
        var days = target.Sets.Select(s => s.Date).Distinct().ToList();
        var today = days.Count == 1 ? days[0] : user.LocalDate(target.LoggedAt);
        var dated = Dated(entries, today);
        var previous = await PreviousSessionsAsync(session, user, dated, recent: null, newLogId: null, ct);
        await session.Workouts.ReplaceLogAsync(target.Id, user.Id, dated, ct);
        await RebuildRecordsAsync(session, user, target.Sets.Select(s => s.ExerciseId).Concat(dated.Select(d => d.Entry.ExerciseId)), ct);
        return [Logged(target.Id, user, dated, previous, [], [], user.LocalDate(message.SentAt), corrected: true, hideWeights)];
    }

    /// <summary>Removes a log: the user's last one, or the one a button names.</summary>
    public async Task<IReadOnlyList<Reply>> UndoAsync(ICoachSession session, UserProfile user, long? logId, CancellationToken ct)
    {
        var log = logId is { } id
            ? await session.Workouts.FindLogAsync(id, user.Id, ct)
            : await session.Workouts.LastLogAsync(user.Id, ct);
        if (log is null)
        {
            return [logId is null
                ? Replies.Error("There is nothing of yours to undo yet.", "deadlift 3x5 100kg")
                : Replies.Error("That log is gone already, or it isn't one of yours. /undo takes back your own last log.", "/undo")];
        }

        return [await RemoveAsync(session, user, log, "Undone. I removed:", ct)];
    }

    /// <summary>An edit that no longer holds sets removes what the message logged.</summary>
    public async Task<Reply> RemoveAsync(ICoachSession session, UserProfile user, StoredLog log, string heading, CancellationToken ct)
    {
        await session.Workouts.DeleteLogAsync(log.Id, user.Id, ct);
        await RebuildRecordsAsync(session, user, log.Sets.Select(s => s.ExerciseId), ct);
        var entries = log.Entries();
        return new ReplyBuilder(ReplyKind.Undo)
            .Line(heading)
            .Bullets(entries.Select(e => $"{SetNotation.Format(e with { Date = null })} ({WorkoutFormat.Day(e.Date!.Value)})"))
            .Build() with
        {
            ExerciseId = entries.Count == 1 ? entries[0].ExerciseId : null,
        };
    }

    /// <summary>
    /// "same again" or a lone rep count right after a log, on the same day: one more set of the last exercise at the
    /// last weight. Null when there is nothing to carry over.
    /// </summary>
    public async Task<IReadOnlyList<Reply>?> CarryOverAsync(ICoachSession session, InboundMessage message, UserProfile user, int? reps, bool hideWeights, CancellationToken ct)
    {
        var last = await session.Workouts.LastLogAsync(user.Id, ct);
        var today = user.LocalDate(message.SentAt);
        if (last is null || last.Sets.Count == 0 || user.LocalDate(last.LoggedAt) != today)
        {
            return null;
        }

        var set = last.Sets[^1];
        if (reps is not null && set.Seconds is not null)
        {
            return null;
        }

        var entry = new LoggedEntry(set.ExerciseId, set.ExerciseName, set.Date == today ? null : set.Date, [set.ToLogged() with { Reps = reps ?? set.Reps }]);
        return (await LogAsync(session, message, user, [entry], hideWeights, ct)).Replies;
    }

    public async Task<Reply> HistoryAsync(ICoachSession session, UserProfile user, string argument, CancellationToken ct)
    {
        var (exercise, error) = ExerciseArgument.Resolve(catalog, argument, "/history deadlift", required: false);
        if (error is not null)
        {
            return error;
        }

        var sets = await session.Workouts.RecentSessionsAsync(user.Id, exercise?.Id, HistoryDays, ct);
        var title = exercise is null ? "Your recent training" : $"Your recent {exercise.Name.ToLowerInvariant()} sessions";
        if (sets.Count == 0)
        {
            return new ReplyBuilder(ReplyKind.History).Title(title)
                .Line(exercise is null ? "Nothing logged yet. Log a set like: deadlift 3x5 100kg" : $"No {exercise.Name.ToLowerInvariant()} logged yet. Log it like: {exercise.Id.Replace('-', ' ')} 3x5 60kg")
                .Build() with { ExerciseId = exercise?.Id };
        }

        var b = new ReplyBuilder(ReplyKind.History).Title(title);
        foreach (var day in sets.GroupBy(s => s.Date).OrderByDescending(g => g.Key))
        {
            b.Line(WorkoutFormat.Day(day.Key) + ":")
             .Bullets(StoredSet.AsEntries(day).Select(SetNotation.Format));
        }

        return b.Build() with { ExerciseId = exercise?.Id };
    }

    public async Task<Reply> RecordsAsync(ICoachSession session, UserProfile user, string argument, CancellationToken ct)
    {
        var (exercise, error) = ExerciseArgument.Resolve(catalog, argument, "/records deadlift", required: false);
        if (error is not null)
        {
            return error;
        }

        var records = await session.Workouts.RecordsAsync(user.Id, exercise?.Id, ct);
        var b = new ReplyBuilder(ReplyKind.Records).Title(exercise is null ? "Your personal records" : $"Your {exercise.Name.ToLowerInvariant()} records");
        if (records.Count == 0)
        {
            return b.Line("No records yet: they appear as you log. Try: deadlift 3x5 100kg").Build() with { ExerciseId = exercise?.Id };
        }

        foreach (var group in records.GroupBy(r => r.ExerciseId))
        {
            b.Line(NameOf(group.Key) + ":")
             .Bullets(group.OrderBy(r => r.Kind).ThenBy(r => r.Reps).Select(r => $"{WorkoutFormat.Record(r, user.Unit)} ({WorkoutFormat.Day(r.AchievedOn)})"));
        }

        return b.Build() with { ExerciseId = exercise?.Id };
    }

    private Reply Logged(
        long logId,
        UserProfile user,
        IReadOnlyList<DatedEntry> entries,
        IReadOnlyDictionary<string, IReadOnlyList<StoredSet>> previous,
        IReadOnlyList<PersonalRecord> beaten,
        IReadOnlyList<PersonalRecord> oldRecords,
        DateOnly today,
        bool corrected,
        bool hideWeights)
    {
        var oneDay = ListScan.AllSame(entries, static (a, b) => a.Date == b.Date);
        var heading = (corrected ? "Corrected" : "Logged") + (oneDay && entries[0].Date != today ? $" for {WorkoutFormat.Day(entries[0].Date)}:" : ":");
        var b = new ReplyBuilder(ReplyKind.Logged).Line(heading);
        var lines = new List<string>();
        foreach (var (entry, date) in entries)
        {
            var shown = hideWeights ? entry with { Date = null, Sets = [.. entry.Sets.Select(s => s with { Weight = null, Unit = null })] } : entry with { Date = null };
            var line = SetNotation.Format(shown) + (oneDay ? string.Empty : $" ({WorkoutFormat.Day(date)})");
            if (!hideWeights && previous.TryGetValue(entry.ExerciseId, out var last) && last.Count > 0)
            {
                line += $" (last time, {Compare(entry, last, user.Unit)})";
            }

            lines.Add(line);
        }

        b.Bullets(lines);
        foreach (var exerciseId in hideWeights ? beaten.Select(r => r.ExerciseId).Distinct(StringComparer.Ordinal) : [])
        {
            b.Emphasis($"New {NameOf(exerciseId).ToLowerInvariant()} record!");
        }

        foreach (var record in hideWeights ? [] : beaten)
        {
            var old = oldRecords.FirstOrDefault(o => o.ExerciseId == record.ExerciseId && o.Kind == record.Kind && o.Reps == record.Reps);
            var was = old is null ? string.Empty : $", up from {Short(old, user.Unit)}";
            b.Emphasis($"New record! {NameOf(record.ExerciseId)} {WorkoutFormat.Record(record, user.Unit)}{was}.");
        }

        return b.Build() with
        {
            ExerciseId = ListScan.AllSame(entries, SameExercise) ? entries[0].Entry.ExerciseId : null,
            Actions = [new ReplyAction("Undo", $"/undo {logId}")],
            Reference = $"log:{logId}",
        };
    }

    /// <summary>How this entry compares with the last session of the exercise: top weight, hold, or reps.</summary>
    private static string Compare(LoggedEntry entry, IReadOnlyList<StoredSet> last, WeightUnit unit)
    {
        // The last session is one exercise on one day, in logged order: its sets as they were echoed then.
        var sets = new LoggedSet[last.Count];
        for (var i = 0; i < sets.Length; i++)
        {
            sets[i] = last[i].ToLogged();
        }

        var then = WorkoutFormat.Day(last[0].Date) + ": " + SetNotation.FormatSets(sets);

        decimal? nowTop = null;
        foreach (var set in entry.Sets)
        {
            if (set is { Weight: { } w, Unit: { } u } && WeightUnits.ToKg(w, u) is var kg && (nowTop is null || kg > nowTop))
            {
                nowTop = kg;
            }
        }

        decimal? lastTop = null;
        foreach (var set in last)
        {
            if (set.WeightKg is { } kg && (lastTop is null || kg > lastTop))
            {
                lastTop = kg;
            }
        }

        if (nowTop is { } n && lastTop is { } l)
        {
            var diff = n - l;
            return diff == 0 ? $"{then}; same top weight" : $"{then}; top set {(diff > 0 ? "+" : "−")}{WorkoutFormat.WeightIn(Math.Abs(diff), unit)}";
        }

        var nowHold = entry.Sets.Max(s => s.Seconds);
        var lastHold = last.Max(s => s.Seconds);
        if (nowHold is { } h && lastHold is { } lh)
        {
            return h == lh ? $"{then}; same longest hold" : $"{then}; longest hold {(h > lh ? "+" : "−")}{WorkoutFormat.Seconds(Math.Abs(h - lh))}";
        }

        var nowReps = entry.Sets.Sum(s => s.Reps ?? 0);
        var lastReps = last.Sum(s => s.Reps ?? 0);
        return nowReps == lastReps ? $"{then}; same total reps" : $"{then}; {(nowReps > lastReps ? "+" : "−")}{Math.Abs(nowReps - lastReps)} reps in total";
    }

    private static string Short(PersonalRecord r, WeightUnit unit) => r.Kind switch
    {
        RecordKind.HeaviestForReps => WorkoutFormat.Weight(r.Weight!.Value, r.Unit!.Value),
        RecordKind.EstimatedOneRepMax => WorkoutFormat.WeightIn(r.Value, unit),
        RecordKind.LongestHold => WorkoutFormat.Seconds((int)r.Value),
        _ => $"{(int)r.Value} reps",
    };

    private static List<DatedEntry> Dated(IReadOnlyList<LoggedEntry> entries, DateOnly today) =>
        [.. entries.Select(e => new DatedEntry(e, e.Date ?? today))];

    /// <summary>The last <see cref="ProgressionRules.SessionsToJudge"/> training days of each logged exercise, read once per exercise after the insert.</summary>
    private static async Task<IReadOnlyDictionary<string, IReadOnlyList<StoredSet>>> RecentSessionsAsync(ICoachSession session, UserProfile user, IReadOnlyList<DatedEntry> entries, CancellationToken ct)
    {
        var recent = new Dictionary<string, IReadOnlyList<StoredSet>>(StringComparer.Ordinal);
        foreach (var (entry, _) in entries)
        {
            if (!recent.ContainsKey(entry.ExerciseId))
            {
                recent[entry.ExerciseId] = await session.Workouts.RecentSessionsAsync(user.Id, entry.ExerciseId, ProgressionRules.SessionsToJudge, ct);
            }
        }

        return recent;
    }

    /// <summary>
    /// The sets of the last session before each exercise's (first) day in the log, for "last time". They come from the
    /// recent sessions when those reach back far enough, leaving out the sets of the log just stored; only a log dated
    /// before all of them (or a correction, which has no such read) asks the database.
    /// </summary>
    private static async Task<IReadOnlyDictionary<string, IReadOnlyList<StoredSet>>> PreviousSessionsAsync(
        ICoachSession session, UserProfile user, IReadOnlyList<DatedEntry> entries, IReadOnlyDictionary<string, IReadOnlyList<StoredSet>>? recent, long? newLogId, CancellationToken ct)
    {
        var previous = new Dictionary<string, IReadOnlyList<StoredSet>>(StringComparer.Ordinal);
        foreach (var (entry, date) in entries)
        {
            if (previous.ContainsKey(entry.ExerciseId))
            {
                continue;
            }

            previous[entry.ExerciseId] = recent is not null && recent.TryGetValue(entry.ExerciseId, out var sets) && LastBefore(sets, date, newLogId) is { } found
                ? found
                : await session.Workouts.LastSessionAsync(user.Id, entry.ExerciseId, date, ct);
        }

        return previous;
    }

    /// <summary>
    /// The latest day before <paramref name="date"/> among recent sessions (newest first), without the new log's sets;
    /// empty when there is surely none; null when the sessions may not reach back far enough to tell.
    /// </summary>
    private static List<StoredSet>? LastBefore(IReadOnlyList<StoredSet> recent, DateOnly date, long? newLogId)
    {
        // Runs on every log, so it loops: the latest earlier day, then that day's sets in logged order. Recent sessions
        // come a day at a time (newest first), so counting where the day changes counts the days.
        DateOnly? day = null;
        var days = 0;
        for (var i = 0; i < recent.Count; i++)
        {
            var set = recent[i];
            if (i == 0 || set.Date != recent[i - 1].Date)
            {
                days++;
            }

            if (set.Date < date && set.LogId != newLogId && (day is null || set.Date > day))
            {
                day = set.Date;
            }
        }

        if (day is { } found)
        {
            var sets = new List<StoredSet>();
            foreach (var set in recent)
            {
                if (set.Date == found && set.LogId != newLogId)
                {
                    sets.Add(set);
                }
            }

            sets.Sort(static (a, b) => a.Id.CompareTo(b.Id));
            return sets;
        }

        // Fewer days than asked for means the whole history of the exercise is here, so there is no earlier session.
        return days < ProgressionRules.SessionsToJudge ? [] : null;
    }

    private static bool SameExercise(DatedEntry a, DatedEntry b) => a.Entry.ExerciseId == b.Entry.ExerciseId;

    private static async Task<IReadOnlyList<PersonalRecord>> RecordsFor(ICoachSession session, UserProfile user, IReadOnlyList<DatedEntry> entries, CancellationToken ct)
    {
        var all = new List<PersonalRecord>();
        for (var n = 0; n < entries.Count; n++)
        {
            if (ListScan.IsFirst(entries, n, SameExercise))
            {
                all.AddRange(await session.Workouts.RecordsAsync(user.Id, entries[n].Entry.ExerciseId, ct));
            }
        }

        return all;
    }

    private static async Task<IReadOnlyList<PersonalRecord>> UpdateRecordsAsync(ICoachSession session, UserProfile user, IReadOnlyList<DatedEntry> entries, IReadOnlyList<PersonalRecord> existing, CancellationToken ct)
    {
        var candidates = new List<PersonalRecord>();
        for (var n = 0; n < entries.Count; n++)
        {
            if (!ListScan.IsFirst(entries, n, SameExercise))
            {
                continue;
            }

            var exerciseId = entries[n].Entry.ExerciseId;
            var sets = new List<(LoggedSet, DateOnly)>();
            for (var k = n; k < entries.Count; k++)
            {
                if (entries[k].Entry.ExerciseId == exerciseId)
                {
                    foreach (var set in entries[k].Entry.Sets)
                    {
                        sets.Add((set, entries[k].Date));
                    }
                }
            }

            candidates.AddRange(RecordBook.Best(exerciseId, sets));
        }

        var (improved, beaten) = RecordBook.Compare(existing, candidates);
        await session.Workouts.SaveRecordsAsync(user.Id, improved, ct);
        return beaten;
    }

    /// <summary>After an undo or a correction the records of the touched exercises are rebuilt from what remains.</summary>
    private static async Task RebuildRecordsAsync(ICoachSession session, UserProfile user, IEnumerable<string> exerciseIds, CancellationToken ct)
    {
        foreach (var id in exerciseIds.Distinct(StringComparer.Ordinal))
        {
            await session.Workouts.ClearRecordsAsync(user.Id, id, ct);
            var sets = await session.Workouts.AllSetsAsync(user.Id, id, ct);
            await session.Workouts.SaveRecordsAsync(user.Id, RecordBook.Best(id, sets.Select(s => (s.ToLogged(), s.Date))), ct);
        }
    }

    private string NameOf(string exerciseId) => catalog.ById(exerciseId)?.Name ?? (exerciseId.StartsWith("custom:", StringComparison.Ordinal) ? exerciseId["custom:".Length..].Replace('-', ' ') : exerciseId);
}

/// <summary>A stored log's replies, and each logged exercise's recent sessions as they stand after it (newest day first).</summary>
public sealed record LogOutcome(IReadOnlyList<Reply> Replies, IReadOnlyDictionary<string, IReadOnlyList<StoredSet>> RecentSessions);
