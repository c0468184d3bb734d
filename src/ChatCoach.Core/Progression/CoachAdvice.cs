using System.Collections.Concurrent;
using ChatCoach.Core.Chat;
using ChatCoach.Core.Conversations;
using ChatCoach.Core.Exercises;
using ChatCoach.Core.Recovery;
using ChatCoach.Core.Users;
using ChatCoach.Core.Workouts;
using Microsoft.Extensions.Options;

namespace ChatCoach.Core.Progression;

/// <summary>
/// The coach's judgement on each user's own log: rest-day warnings, progression nudges and cautions after a log,
/// <c>/today</c> and <c>/next</c>. Once per day for warnings, once per exercise and day for nudges; a pain report that
/// day silences the nudges for its exercise.
/// </summary>
public sealed class CoachAdvice(ExerciseCatalog catalog, IOptions<CoachingOptions> options)
{
    private const string PainNote = "pain";
    private const string NudgeNote = "nudge";
    private const string RestNote = "rest-warning";
    private const string AnyExercise = "*";

    /// <summary>Core work that loads no lower back: what to do instead on a rest day.</summary>
    private static readonly string[] RestDayAlternatives = ["hollow-hold", "double-leg-lift", "plank", "dead-bug", "side-plank", "bird-dog"];

    /// <summary>By region, the rest-day alternatives as the warning lists them: the catalog never changes while running.</summary>
    private readonly ConcurrentDictionary<string, string> _alternatives = new(StringComparer.Ordinal);

    /// <summary>
    /// The coaching replies that follow a log: a rest warning first, then at most one nudge per exercise.
    /// <paramref name="recentSessions"/> are the logged exercises' recent sessions as read after the log was stored.
    /// </summary>
    public async Task<IReadOnlyList<Reply>> AfterLogAsync(
        ICoachSession session, InboundMessage message, UserProfile user, IReadOnlyList<LoggedEntry> entries, bool mentionsPain,
        IReadOnlyDictionary<string, IReadOnlyList<StoredSet>> recentSessions, CancellationToken ct)
    {
        var today = user.LocalDate(message.SentAt);
        var todays = new List<LoggedEntry>(entries.Count);
        foreach (var entry in entries)
        {
            if ((entry.Date ?? today) == today)
            {
                todays.Add(entry);
            }
        }

        if (mentionsPain)
        {
            foreach (var entry in todays)
            {
                await session.Workouts.TryAddNoteAsync(user.Id, today, entry.ExerciseId, PainNote, ct);
            }
        }

        // One read of the day's notes serves every rule: what was already said today needs no other read.
        var notes = await session.Workouts.NotesAsync(user.Id, today, ct);
        var replies = new List<Reply>();
        replies.AddRange(await RestWarningsAsync(session, message, user, todays, today, notes, ct));
        for (var n = 0; n < todays.Count; n++)
        {
            if (ListScan.IsFirst(todays, n, static (a, b) => a.ExerciseId == b.ExerciseId)
                && await NudgeAsync(session, user, todays[n].ExerciseId, today, notes, recentSessions, ct) is { } nudge)
            {
                replies.Add(nudge);
            }
        }

        return replies;
    }

    /// <summary>Remembers a pain report so that day's nudges for the exercise (or all, when none was named) stay silent.</summary>
    public Task NotePainAsync(ICoachSession session, InboundMessage message, UserProfile user, Exercise? exercise, CancellationToken ct) =>
        session.Workouts.TryAddNoteAsync(user.Id, user.LocalDate(message.SentAt), exercise?.Id ?? AnyExercise, PainNote, ct);

    /// <summary><c>/today</c>: is any region due for rest, and what would be sensible today.</summary>
    public async Task<Reply> TodayAsync(ICoachSession session, InboundMessage message, UserProfile user, CancellationToken ct)
    {
        var today = user.LocalDate(message.SentAt);
        var due = await DueAsync(session, user, today, ct);
        if (due.Count > 0)
        {
            return RestReply(due[0], today, "Rest day for your " + Region(due[0].Rule.Region) + " today") with { PrivateToUserId = null };
        }

        var rules = options.Value.EffectiveRecoveryRules;
        var look = today.AddDays(-7);
        var recent = await session.Workouts.SetsBetweenAsync(user.Id, look, today, ct);
        var lines = new List<string>();
        foreach (var rule in rules)
        {
            var last = recent.Where(s => RestDayRules.Loads(catalog, s.ExerciseId, rule.Region)).Select(s => (DateOnly?)s.Date).Max();
            lines.Add(last is null
                ? $"Your {Region(rule.Region)} is rested: no {Region(rule.Region)} work in the last week."
                : last == today
                    ? $"You already trained your {Region(rule.Region)} today; more today is the same session."
                    : $"Your {Region(rule.Region)} is rested (last worked {WorkoutFormat.Day(last.Value)}).");
        }

        return new ReplyBuilder(ReplyKind.Help)
            .Title("Good to train today")
            .Lines(lines)
            .Line("Compound lifts first (deadlift, good morning), then some light isolation work such as back extensions. Start with a weight you can move with perfect form.")
            .Build();
    }

    /// <summary><c>/next exercise</c>: what to do next session and why.</summary>
    public async Task<Reply> NextAsync(ICoachSession session, UserProfile user, string argument, CancellationToken ct)
    {
        var (exercise, error) = ExerciseArgument.Resolve(catalog, argument, "/next deadlift", required: true);
        if (exercise is null)
        {
            return error!;
        }

        var sessions = ExerciseSession.FromSets(await session.Workouts.RecentSessionsAsync(user.Id, exercise.Id, ProgressionRules.SessionsToJudge, ct));
        var nudge = ProgressionRules.Next(exercise, sessions, user.Unit);
        return NudgeReply(exercise, nudge, $"Next {exercise.Name.ToLowerInvariant()} session");
    }

    private async Task<Reply?> NudgeAsync(
        ICoachSession session, UserProfile user, string exerciseId, DateOnly today, IReadOnlySet<(string Subject, string Kind)> notes,
        IReadOnlyDictionary<string, IReadOnlyList<StoredSet>> recentSessions, CancellationToken ct)
    {
        var exercise = catalog.ById(exerciseId);
        if (exercise?.Progression is null)
        {
            return null;
        }

        if (notes.Contains((exerciseId, PainNote)) || notes.Contains((AnyExercise, PainNote)) || notes.Contains((exerciseId, NudgeNote)))
        {
            return null;
        }

        var sets = recentSessions.TryGetValue(exerciseId, out var read)
            ? read
            : await session.Workouts.RecentSessionsAsync(user.Id, exerciseId, ProgressionRules.SessionsToJudge, ct);
        var nudge = ProgressionRules.AfterLog(exercise, ExerciseSession.FromSets(sets), user.Unit, options.Value.MaxJump);
        if (nudge is null)
        {
            return null;
        }

        await session.Workouts.TryAddNoteAsync(user.Id, today, exerciseId, NudgeNote, ct);
        return NudgeReply(exercise, nudge, null);
    }

    private static Reply NudgeReply(Exercise exercise, Nudge nudge, string? title)
    {
        var b = new ReplyBuilder(nudge.Kind == NudgeKind.Caution ? ReplyKind.Caution : ReplyKind.Progression);
        if (title is not null)
        {
            b.Title(title);
        }

        var reply = b.Line(nudge.Reason).Build() with { ExerciseId = exercise.Id };
        return nudge.Next is { } next ? reply with { Data = new Dictionary<string, object>(StringComparer.Ordinal) { ["next"] = next.ToData() } } : reply;
    }

    private async Task<IReadOnlyList<Reply>> RestWarningsAsync(
        ICoachSession session, InboundMessage message, UserProfile user, IReadOnlyList<LoggedEntry> todays, DateOnly today,
        IReadOnlySet<(string Subject, string Kind)> notes, CancellationToken ct)
    {
        // Only a region that today's log loads, and that has had no warning today, can earn one: otherwise the recent
        // days need not be looked at (most logs of a day come after its first).
        HashSet<string>? open = null;
        foreach (var rule in options.Value.EffectiveRecoveryRules)
        {
            if (!notes.Contains((rule.Region, RestNote)) && LoadsAny(todays, rule.Region))
            {
                (open ??= new HashSet<string>(StringComparer.Ordinal)).Add(rule.Region);
            }
        }

        var replies = new List<Reply>();
        if (open is null)
        {
            return replies;
        }

        foreach (var advice in await DueAsync(session, user, today, ct))
        {
            if (!open.Contains(advice.Rule.Region) || !await session.Workouts.TryAddNoteAsync(user.Id, today, advice.Rule.Region, RestNote, ct))
            {
                continue;
            }

            var reply = RestReply(advice, today, $"Your {Region(advice.Rule.Region)} trained yesterday");
            replies.Add(message.Chat.IsGroup ? reply with { PrivateToUserId = message.UserId } : reply);
        }

        return replies;
    }

    private bool LoadsAny(IReadOnlyList<LoggedEntry> entries, string region)
    {
        for (var n = 0; n < entries.Count; n++)
        {
            if (RestDayRules.Loads(catalog, entries[n].ExerciseId, region))
            {
                return true;
            }
        }

        return false;
    }

    private async Task<IReadOnlyList<RestAdvice>> DueAsync(ICoachSession session, UserProfile user, DateOnly today, CancellationToken ct)
    {
        var rules = options.Value.EffectiveRecoveryRules;
        var longest = rules.Max(r => r.MinDaysBetween);
        var recent = await session.Workouts.SetsBetweenAsync(user.Id, today.AddDays(-(longest - 1)), today.AddDays(-1), ct);
        return RestDayRules.Due(catalog, rules, recent, today);
    }

    private Reply RestReply(RestAdvice advice, DateOnly today, string title)
    {
        var region = Region(advice.Rule.Region);
        var when = advice.LastSession == today.AddDays(-1) ? "yesterday" : $"on {WorkoutFormat.Day(advice.LastSession)}";
        var done = StoredSet.AsEntries(advice.LastSets).Select(SetNotation.Format);
        var instead = _alternatives.GetOrAdd(advice.Rule.Region, region => string.Join(", ", RestDayAlternatives.Select(catalog.ById).OfType<Exercise>()
            .Where(e => !e.Loads(region)).Take(4).Select(e => e.Name.ToLowerInvariant())));
        var title2 = advice.LastSession == today.AddDays(-1) ? title : title.Replace("yesterday", "recently", StringComparison.Ordinal);
        return new ReplyBuilder(ReplyKind.RestWarning)
            .Title(title2)
            .Line($"You worked your {region} {when}:")
            .Bullets(done)
            .Line($"Muscles get stronger while they recover between sessions, so train your {region} on nonconsecutive days ({advice.Rule.MinDaysBetween - 1} rest day{(advice.Rule.MinDaysBetween == 2 ? string.Empty : "s")} between sessions).")
            .Line($"Today, try core work that doesn't load your {region} ({instead}), upper-body work, or rest.")
            .Build();
    }

    private static string Region(string region) => region.Replace('-', ' ');
}
