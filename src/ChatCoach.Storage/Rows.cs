using System.Data.Common;
using System.Globalization;
using ChatCoach.Core.Users;
using ChatCoach.Core.Workouts;

namespace ChatCoach.Storage;

/// <summary>
/// Typed readers for the rows on the log path, by column position. Dapper's generic mapping boxed every value and ran
/// a type handler per date, which was the largest managed cost of logging a set; these read each column with its own
/// getter. The positions follow the column lists beside the queries (<c>SetColumns</c>, <c>RecordColumns</c>).
/// </summary>
internal static class Rows
{
    /// <summary>id, log_id, exercise_id, exercise_name, training_date, set_number, reps, weight, unit, seconds, rpe.</summary>
    public static StoredSet Set(DbDataReader r) => new(
        r.GetInt64(0),
        r.GetInt64(1),
        r.GetString(2),
        r.GetString(3),
        Date(r, 4),
        (int)r.GetInt64(5),
        Int(r, 6),
        Number(r, 7),
        Unit(r, 8),
        Int(r, 9),
        Number(r, 10));

    /// <summary>exercise_id, kind, reps, value, weight, unit, set_reps, seconds, achieved_on.</summary>
    public static PersonalRecord Record(DbDataReader r) => new(
        r.GetString(0),
        Kind(r.GetString(1)),
        (int)r.GetInt64(2),
        (decimal)r.GetDouble(3),
        Number(r, 4),
        Unit(r, 5),
        Int(r, 6),
        Int(r, 7),
        Date(r, 8));

    /// <summary>id, display_name, unit, time_zone.</summary>
    public static UserProfile User(DbDataReader r) =>
        new(r.GetInt64(0), r.GetString(1), WeightUnits.TryParse(r.GetString(2), out var unit) ? unit : WeightUnit.Kg, r.GetString(3));

    /// <summary>subject, kind.</summary>
    public static (string Subject, string Kind) Note(DbDataReader r) => (r.GetString(0), r.GetString(1));

    public static string KindName(RecordKind kind) => kind switch
    {
        RecordKind.HeaviestForReps => "heaviest",
        RecordKind.EstimatedOneRepMax => "e1rm",
        RecordKind.LongestHold => "hold",
        _ => "reps",
    };

    private static RecordKind Kind(string kind) => kind switch
    {
        "heaviest" => RecordKind.HeaviestForReps,
        "e1rm" => RecordKind.EstimatedOneRepMax,
        "hold" => RecordKind.LongestHold,
        _ => RecordKind.MostReps,
    };

    /// <summary>A number as it reads back from a REAL column, for what is kept in memory to equal what a query returns.</summary>
    public static decimal? AsStored(decimal? value) => value is { } v ? (decimal)(double)v : null;

    private static int? Int(DbDataReader r, int i) => r.IsDBNull(i) ? null : (int)r.GetInt64(i);

    // Weights are REAL columns. The cast keeps what Dapper's conversion gave: the double rounded to 15 digits, so a
    // stored 102.5 reads back as 102.5.
    private static decimal? Number(DbDataReader r, int i) => r.IsDBNull(i) ? null : (decimal)r.GetDouble(i);

    private static WeightUnit? Unit(DbDataReader r, int i) =>
        r.IsDBNull(i) ? null : WeightUnits.TryParse(r.GetString(i), out var u) ? u : null;

    // SQLite keeps dates as text, "2026-11-24" as the provider writes a DateOnly. The digits are read directly: the
    // general parser was a visible share of reading a set; anything else goes through it.
    private static DateOnly Date(DbDataReader r, int i)
    {
        var text = r.GetString(i);
        if (text.Length >= 10 && text[4] == '-' && text[7] == '-'
            && Digits(text, 0, 4) is { } year && Digits(text, 5, 2) is { } month && Digits(text, 8, 2) is { } day
            && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(Math.Max(1, year), month))
        {
            return new DateOnly(year, month, day);
        }

        return DateOnly.ParseExact(text.AsSpan(0, Math.Min(10, text.Length)), "yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private static int? Digits(string text, int start, int count)
    {
        var value = 0;
        for (var k = start; k < start + count; k++)
        {
            if (!char.IsAsciiDigit(text[k]))
            {
                return null;
            }

            value = (value * 10) + (text[k] - '0');
        }

        return value;
    }
}
