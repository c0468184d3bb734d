using ChatCoach.Core.Exercises;
using ChatCoach.Core.Workouts;

namespace ChatCoach.Core.Tests.Workouts;

/// <summary>
/// A small catalog built in code, so the parser tests do not move when the seed content does, plus helpers that
/// describe sets compactly ("5@100kg" for five reps at 100 kg, "30s" for a hold, "!8" for RPE 8).
/// </summary>
internal static class NotationCatalog
{
    /// <summary>A Wednesday.</summary>
    public static readonly DateOnly Today = new(2026, 11, 25);

    public static ExerciseCatalog Catalog { get; } = new(
    [
        Exercise("deadlift", "Deadlift", "dl", "deadlifts"),
        Exercise("romanian-deadlift", "Romanian deadlift", "rdl"),
        Exercise("good-morning", "Good morning"),
        Exercise("hollow-hold", "Hollow hold"),
        Exercise("plank", "Plank"),
        Exercise("pull-up", "Pull-up", "pull ups", "pullups"),
        Exercise("squat", "Squat"),
        Exercise("bench-press", "Bench press", "bench", "bp"),
    ],
    []);

    public static SetNotationParser Parser { get; } = new(Catalog);

    public static NotationResult Parse(string text, WeightUnit unit = WeightUnit.Kg, DateOnly? today = null) =>
        Parser.Parse(text, new ParseContext(unit, today ?? Today));

    public static IReadOnlyList<LoggedEntry> Log(string text, WeightUnit unit = WeightUnit.Kg, DateOnly? today = null)
    {
        var result = Parse(text, unit, today);
        return Assert.IsType<LogNotation>(result).Entries;
    }

    public static LoggedEntry Entry(string text, WeightUnit unit = WeightUnit.Kg, DateOnly? today = null) =>
        Assert.Single(Log(text, unit, today));

    public static string Error(string text, DateOnly? today = null) =>
        Assert.IsType<NotationError>(Parse(text, today: today)).Message;

    public static string Sets(LoggedEntry entry) => string.Join(' ', entry.Sets.Select(Describe));

    public static string Describe(LoggedSet set)
    {
        var text = set.Seconds is { } s ? $"{s}s" : $"{set.Reps}";
        if (set.Weight is { } w)
        {
            text += $"@{SetNotationTestFormat.Number(w)}{set.Unit!.Value.Symbol()}";
        }

        return set.Rpe is { } rpe ? $"{text}!{SetNotationTestFormat.Number(rpe)}" : text;
    }

    private static Exercise Exercise(string id, string name, params string[] aliases) => new()
    {
        Id = id,
        Name = name,
        Aliases = aliases,
        Level = "beginner",
        Category = "compound",
        Regions = ["lower-back"],
        Summary = name,
    };
}
