using ChatCoach.Core.Exercises;
using ChatCoach.Core.Workouts;

namespace ChatCoach.Core.Progression;

/// <summary>
/// The article's "add weight only once the current weight is easy" and "start slow", as pure functions of an exercise's
/// sessions (oldest first) and the user's unit. Every nudge carries the evidence it rests on.
/// </summary>
public static class ProgressionRules
{
    /// <summary>An RPE at or under this on every set means the weight has become easy.</summary>
    public const decimal EasyRpe = 7m;

    /// <summary>Sessions in a row with falling reps at one weight before a deload is suggested.</summary>
    public const int StallSessions = 3;

    /// <summary>Training days of an exercise the rules look at after a log: enough to see a stall.</summary>
    public const int SessionsToJudge = StallSessions + 1;

    /// <summary>A first session more than this many load steps above the seed's start weight is "far above the ladder".</summary>
    public const int FirstSessionSteps = 8;

    /// <summary>The nudge after a log, if any: a caution, a deload, or a progression, in that order of precedence.</summary>
    public static Nudge? AfterLog(Exercise? exercise, IReadOnlyList<ExerciseSession> sessions, WeightUnit unit, decimal maxJump)
    {
        if (exercise?.Progression is not { } scheme || sessions.Count == 0)
        {
            return null;
        }

        return Caution(exercise, scheme, sessions, unit, maxJump) ?? Deload(exercise, scheme, sessions, unit) ?? Progress(exercise, scheme, sessions, unit);
    }

    /// <summary>What to do next session, always with a reason: a progression or deload when due, else hold steady.</summary>
    public static Nudge Next(Exercise exercise, IReadOnlyList<ExerciseSession> sessions, WeightUnit unit)
    {
        var scheme = exercise.Progression;
        var name = exercise.Name.ToLowerInvariant();
        if (scheme is null)
        {
            return new Nudge(NudgeKind.Hold, $"I have no progression plan for the {name} yet: add a little only when your last session felt easy, form first.", null);
        }

        if (sessions.Count == 0)
        {
            var range = Range(scheme);
            var start = scheme.StartKg is { } kg ? new NextTarget(Round(WeightUnits.Convert(kg, WeightUnit.Kg, unit), unit, Step(scheme, unit)), unit) : null;
            var opening = scheme.FirstSession ?? (start is null ? $"Start easy: {range}, with perfect form." : $"Start light, around {start.Describe()}, for {range}.");
            return new Nudge(NudgeKind.Hold, $"No {name} logged yet. {opening} Let your body adapt before adding more.", start);
        }

        if (Deload(exercise, scheme, sessions, unit) is { } deload)
        {
            return deload;
        }

        if (Progress(exercise, scheme, sessions, unit) is { } progress)
        {
            return progress;
        }

        var last = sessions[^1];
        var lastText = $"Last time ({WorkoutFormat.Day(last.Date)}): {SetNotation.Format(StoredSet.AsEntries(last.Sets).Single())}.";
        var hold = last.SameWeightKg is { } w
            ? new NextTarget(Round(WeightUnits.Convert(w, WeightUnit.Kg, unit), unit, 0.5m), unit)
            : last.MinSeconds is { } s ? new NextTarget(Seconds: s)
            : last.MinReps is { } r ? new NextTarget(Reps: r)
            : null;
        var when = scheme.Kind switch
        {
            "hold" => "add time once you hold every set as long in two sessions in a row",
            "reps" => $"add a rep once every set matches it in two sessions in a row, up to {scheme.RepHigh}",
            _ => $"add weight once every set reaches {scheme.RepHigh} reps (or feels like RPE {EasyRpe} or easier) in two sessions in a row",
        };
        return new Nudge(NudgeKind.Hold, $"{lastText} Stay there for now: {when}.", hold);
    }

    private static Nudge? Caution(Exercise exercise, ProgressionScheme scheme, IReadOnlyList<ExerciseSession> sessions, WeightUnit unit, decimal maxJump)
    {
        var now = sessions[^1];
        if (now.TopWeightKg is not { } top)
        {
            return null;
        }

        if (sessions.Count == 1)
        {
            if (scheme.StartKg is { } start && scheme.LoadStepKg is { } step && top > start + (FirstSessionSteps * step))
            {
                return new Nudge(NudgeKind.Caution, $"That is a heavy first {Name(exercise)} session ({WorkoutFormat.Weight(now.First.Weight!.Value, now.First.Unit!.Value)} to start). Start slow: a lighter weight lets your body adapt and your form settle, then add {WorkoutFormat.Weight(Step(scheme, unit), unit)} at a time.", null);
            }

            if (scheme.FirstSession is { } advice && scheme.StartKg is { } bar && top > bar)
            {
                return new Nudge(NudgeKind.Caution, $"Your first {Name(exercise)} session. {advice}", null);
            }

            return null;
        }

        // Within 0.01 kg is "the same", as for equal weights below: lb weights are compared in kg, and converted,
        // 400 lb → 440 lb comes out a rounding error over 10%.
        var previousTop = sessions[^2].TopWeightKg;
        if (previousTop is { } prev && prev > 0 && top - (prev * (1 + maxJump)) >= 0.01m)
        {
            var jump = (int)Math.Round((top - prev) / prev * 100, MidpointRounding.AwayFromZero);
            return new Nudge(NudgeKind.Caution, $"Your top {Name(exercise)} set is {jump}% heavier than last session ({WorkoutFormat.Day(sessions[^2].Date)}). Progress gradually, a step at a time, and keep your form first: a big jump is where backs get hurt.", null);
        }

        return null;
    }

    private static Nudge? Deload(Exercise exercise, ProgressionScheme scheme, IReadOnlyList<ExerciseSession> sessions, WeightUnit unit)
    {
        if (sessions.Count < StallSessions + 1 || scheme.Kind != "load")
        {
            return null;
        }

        var window = sessions.Skip(sessions.Count - (StallSessions + 1)).ToList();
        var weight = window[0].SameWeightKg;
        if (weight is null || window.Any(s => s.SameWeightKg is not { } w || Math.Abs(w - weight.Value) >= 0.01m))
        {
            return null;
        }

        for (var i = 1; i < window.Count; i++)
        {
            if (window[i].TotalReps >= window[i - 1].TotalReps)
            {
                return null;
            }
        }

        var current = WeightUnits.Convert(weight.Value, WeightUnit.Kg, unit);
        var step = Step(scheme, unit);
        var next = Math.Floor(current * 0.9m / Granularity(step, unit)) * Granularity(step, unit);
        var reps = string.Join(" → ", window.Select(s => s.TotalReps));
        return new Nudge(
            NudgeKind.Deload,
            $"Your {exercise.Name.ToLowerInvariant()} has stalled: {StallSessions} sessions in a row at {WorkoutFormat.WeightIn(weight.Value, unit)} with fewer reps each time ({reps} in total). Take about 10% off, to {WorkoutFormat.Weight(next, unit)}, and build back up with good form.",
            new NextTarget(next, unit));
    }

    private static Nudge? Progress(Exercise exercise, ProgressionScheme scheme, IReadOnlyList<ExerciseSession> sessions, WeightUnit unit)
    {
        if (sessions.Count < 2)
        {
            return null;
        }

        var (before, now) = (sessions[^2], sessions[^1]);

        // The words are written only for a nudge that is given: most logs earn none.
        string Days() => $"({WorkoutFormat.Day(before.Date)} and {WorkoutFormat.Day(now.Date)})";

        if (before.SameWeightKg is { } w1 && now.SameWeightKg is { } w2 && Math.Abs(w1 - w2) < 0.01m && scheme.LoadStepKg is not null)
        {
            var top = scheme.RepHigh;
            var atTop = top is { } t && before.MinReps >= t && now.MinReps >= t;
            var easy = before.AllAtOrEasierThanRpe(EasyRpe) && now.AllAtOrEasierThanRpe(EasyRpe);
            if (!atTop && !easy)
            {
                return null;
            }

            var step = Step(scheme, unit);
            var current = WeightUnits.Convert(w2, WeightUnit.Kg, unit);
            var next = Round(current + step, unit, step);
            var evidence = atTop
                ? $"every set reached {top} reps, the top of the {scheme.RepLow}–{top} range,"
                : $"every set felt like RPE {EasyRpe} or easier";
            return new Nudge(
                NudgeKind.Progress,
                $"Time to add weight to your {Name(exercise)}: at {WorkoutFormat.WeightIn(w2, unit)} {evidence} in your last two sessions {Days()}. Next session: {WorkoutFormat.Weight(next, unit)}. Keep the form that got you here.",
                new NextTarget(next, unit));
        }

        // As with weights, the evidence is the same hold (or the same reps) in two sessions running.
        if (scheme.Kind == "hold" && before.MinSeconds is { } h1 && now.MinSeconds is { } h2 && h2 == h1 && scheme.HoldStepSeconds is { } holdStep)
        {
            var next = h2 + holdStep;
            var high = scheme.HoldRange?[1] ?? int.MaxValue;
            if (h2 >= high && scheme.Ladder.Count > 0)
            {
                return new Nudge(NudgeKind.Progress, $"You held every {Name(exercise)} set for {WorkoutFormat.Seconds(h2)} in your last two sessions {Days()}: past {WorkoutFormat.Seconds(high)}, make it harder instead of longer. Next: {scheme.Ladder[0]}.", new NextTarget(Variation: scheme.Ladder[0]));
            }

            return new Nudge(NudgeKind.Progress, $"You held every {Name(exercise)} set for {WorkoutFormat.Seconds(h2)} in your last two sessions {Days()}. Next session: {WorkoutFormat.Seconds(next)} a set.", new NextTarget(Seconds: next));
        }

        if (before.SameWeightKg is null && now.SameWeightKg is null && before.MinReps is { } r1 && now.MinReps is { } r2 && r2 == r1 && scheme.RepHigh is { } repHigh)
        {
            if (r2 >= repHigh)
            {
                if (scheme.Ladder.Count > 0)
                {
                    return new Nudge(NudgeKind.Progress, $"Every {Name(exercise)} set reached {repHigh} reps, the top of the {scheme.RepLow}–{repHigh} range, in your last two sessions {Days()}. Make it harder: {scheme.Ladder[0]}.", new NextTarget(Variation: scheme.Ladder[0]));
                }

                if (scheme.LoadStepKg is not null)
                {
                    var add = Step(scheme, unit);
                    return new Nudge(NudgeKind.Progress, $"Every {Name(exercise)} set reached {repHigh} reps in your last two sessions {Days()}. Add a little load: {WorkoutFormat.Weight(add, unit)}.", new NextTarget(add, unit));
                }

                return null;
            }

            return new Nudge(NudgeKind.Progress, $"Every {Name(exercise)} set reached {r2} reps in your last two sessions {Days()}. Next session: {r2 + 1} reps a set, on the way to {repHigh}.", new NextTarget(Reps: r2 + 1));
        }

        return null;
    }

    private static string Name(Exercise exercise) => exercise.Name.ToLowerInvariant();

    private static string Range(ProgressionScheme scheme) =>
        scheme.HoldRange is { Count: 2 } h ? $"holds of {h[0]}–{h[1]} s" : scheme.RepRange is { Count: 2 } r ? $"sets of {r[0]}–{r[1]} reps" : "a few easy sets";

    /// <summary>The load step in the user's unit, from the seeds (kg and lb are set separately so both are round).</summary>
    private static decimal Step(ProgressionScheme scheme, WeightUnit unit) =>
        unit == WeightUnit.Kg ? scheme.LoadStepKg ?? 2.5m : scheme.LoadStepLb ?? 5m;

    /// <summary>Plates come in 2.5 kg and 5 lb steps; a step that is not a multiple of those (a 4 kg kettlebell jump) rounds finer.</summary>
    private static decimal Granularity(decimal step, WeightUnit unit)
    {
        var plate = unit == WeightUnit.Kg ? 2.5m : 5m;
        return step % plate == 0 ? plate : unit == WeightUnit.Kg ? 0.5m : 1m;
    }

    private static decimal Round(decimal value, WeightUnit unit, decimal step)
    {
        var g = Granularity(step, unit);
        return Math.Round(value / g, MidpointRounding.AwayFromZero) * g;
    }
}
