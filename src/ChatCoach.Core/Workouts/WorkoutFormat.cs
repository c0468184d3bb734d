using System.Globalization;

namespace ChatCoach.Core.Workouts;

/// <summary>How the coach writes weights, days and records back to people.</summary>
public static class WorkoutFormat
{
    public static string Weight(decimal weight, WeightUnit unit) => Trimmed(weight, 2) + " " + unit.Symbol();

    /// <summary>
    /// <paramref name="value"/> rounded to at most <paramref name="decimals"/> places, without trailing zeros: what the
    /// custom format "0.##" writes, at a fraction of its cost (every echo writes several weights).
    /// </summary>
    internal static string Trimmed(decimal value, int decimals)
    {
        Span<char> text = stackalloc char[48];
        decimal.Round(value, decimals, MidpointRounding.AwayFromZero).TryFormat(text, out var written, default, CultureInfo.InvariantCulture);
        var digits = text[..written];
        if (digits.Contains('.'))
        {
            digits = digits.TrimEnd('0').TrimEnd('.');
        }

        return digits.ToString();
    }

    /// <summary>A weight converted to the reader's unit and rounded to a sensible plate step (0.5 kg, 1 lb).</summary>
    public static string WeightIn(decimal kg, WeightUnit unit)
    {
        var value = WeightUnits.Convert(kg, WeightUnit.Kg, unit);
        var step = unit == WeightUnit.Kg ? 0.5m : 1m;
        return Weight(Math.Round(value / step, MidpointRounding.AwayFromZero) * step, unit);
    }

    /// <summary>"Mon 23 Nov".</summary>
    public static string Day(DateOnly date) =>
        // What the format "ddd d MMM" writes, without parsing a format string for every echo.
        string.Concat(
            DateTimeFormatInfo.InvariantInfo.GetAbbreviatedDayName(date.DayOfWeek),
            " ",
            date.Day.ToString(CultureInfo.InvariantCulture),
            " ",
            DateTimeFormatInfo.InvariantInfo.GetAbbreviatedMonthName(date.Month));

    public static string Seconds(int seconds) =>
        seconds < 60 ? $"{seconds} s" : seconds % 60 == 0 ? $"{seconds / 60} min" : $"{seconds / 60}:{seconds % 60:00} min";

    public static string Record(PersonalRecord r, WeightUnit readerUnit) => r.Kind switch
    {
        RecordKind.HeaviestForReps => $"heaviest for {r.Reps} {(r.Reps == 1 ? "rep" : "reps")}: {Weight(r.Weight!.Value, r.Unit!.Value)}",
        RecordKind.EstimatedOneRepMax => $"best estimated 1RM: {WeightIn(r.Value, readerUnit)} (from {Weight(r.Weight!.Value, r.Unit!.Value)} × {r.SetReps})",
        RecordKind.LongestHold => $"longest hold: {Seconds(r.Seconds ?? (int)r.Value)}",
        _ => $"most reps without load: {r.SetReps}",
    };
}
