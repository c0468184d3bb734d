using System.Globalization;

namespace ChatCoach.Core.Workouts;

/// <summary>
/// The parser's error messages. Each says what is wrong and ends with a correct example, written with the exercise
/// the person named, so that they can copy it and change the numbers.
/// </summary>
internal static class NotationErrors
{
    public const int MaxSets = 50;
    public const int MaxReps = 1000;
    public const int MaxSeconds = 3 * 60 * 60;
    public const decimal MaxKg = 1000;
    public const decimal MaxLb = 2200;
    public const int MaxMessageLength = 2000;

    public static string Example(string? name, bool timed) =>
        timed ? $"{name ?? "plank"} 3x30s" : $"{name ?? "deadlift"} 3x5 100kg";

    public static string NoReps(string example) =>
        $"I see no reps or time in that: write sets x reps and the weight. For example: {example}";

    public static string NotPositive(string example) =>
        $"Sets, reps, weights and times must be more than zero. For example: {example}";

    public static string Fraction(string example) =>
        $"Sets and reps are whole numbers. For example: {example}";

    public static string TooManySets(int sets, string example) =>
        string.Create(CultureInfo.InvariantCulture, $"{sets} sets is more than the {MaxSets} I can log for one exercise. For example: {example}");

    public static string TooManySets(string example) =>
        string.Create(CultureInfo.InvariantCulture, $"That is more than the {MaxSets} sets I can log for one exercise. For example: {example}");

    public static string TooManyReps(string example) =>
        string.Create(CultureInfo.InvariantCulture, $"More than {MaxReps} reps in one set is more than I can log. For example: {example}");

    public static string TooHeavy(decimal weight, WeightUnit unit, string example) =>
        string.Create(CultureInfo.InvariantCulture, $"{Number(weight)} {unit.Symbol()} is more than I can log: the limit is {MaxKg} kg ({MaxLb} lb). For example: {example}");

    public static string TooLongHold(string example) =>
        $"A hold of more than 3 hours is more than I can log: write the time in seconds or minutes. For example: {example}";

    public static string UnknownUnit(string word, string example) =>
        $"I don't know the unit '{Quote(word)}': write kg or lb. For example: {example}";

    public static string Dangling(string example) =>
        $"There is an x with no number after it. For example: {example}";

    public static string NumberTooLong(string text, string example) =>
        $"'{Quote(text)}' is too long a number. For example: {example}";

    public static string BadClock(string text) =>
        $"'{Quote(text)}' is not a time: write minutes:seconds. For example: plank 1:30";

    public static string Unreadable(string example) =>
        $"I can't tell which numbers are the sets, the reps and the weight. For example: {example}, or 100kg x 5 for one set";

    public static string WhichWeight(string example) =>
        $"I can't tell which weight goes with which sets. Put each weight next to its sets. For example: {example}, 3x3 110kg";

    public static string RpeRange(string example) =>
        $"RPE goes from 1 to 10. For example: {example} @8";

    public static string TwoRpes(string example) =>
        $"One set has two RPEs. Put one RPE after each set. For example: {example} @8";

    public static string InvalidDate(string text) =>
        $"'{Quote(text)}' is not a date. Write year-month-day. For example: deadlift 3x5 100kg 2026-11-23";

    public static string FutureDate(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date:yyyy-MM-dd} is in the future: log sets once you have done them. For example: deadlift 3x5 100kg yesterday");

    public static string TwoDates() =>
        "That names two different days. Put each day on its own line. For example: yesterday: deadlift 3x5 100kg";

    public static string TwoExercises(string first, string second) =>
        $"I see both {first} and {second} on one line. Put each exercise on its own line. For example: deadlift 3x5 100kg; squat 3x5 80kg";

    public static string WhichExercise() =>
        "Which exercise was that? Put its name first. For example: /log deadlift 3x5 100kg";

    public static string NothingToLog() =>
        "I found no sets to log in that. For example: /log deadlift 3x5 100kg";

    public static string TooLongMessage() =>
        string.Create(CultureInfo.InvariantCulture, $"That is too long to read as a log (over {MaxMessageLength} characters). Log one session at a time. For example: deadlift 3x5 100kg");

    public static string Unexpected() =>
        "I couldn't read that as sets. For example: deadlift 3x5 100kg";

    public static string Number(decimal value) => value.ToString("0.######", CultureInfo.InvariantCulture);

    // Echoed user text is kept short: the reply must not become a vehicle for whatever was pasted.
    private static string Quote(string text) => text.Length <= 24 ? text : string.Concat(text.AsSpan(0, 20), "…");
}
