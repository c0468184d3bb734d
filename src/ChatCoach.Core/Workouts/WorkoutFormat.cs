using System.Globalization;

namespace ChatCoach.Core.Workouts;

/// <summary>How the coach writes weights, days and records back to people.</summary>
public static class WorkoutFormat
{
    public static string Weight(decimal weight, WeightUnit unit) =>
        $"{weight.ToString("0.##", CultureInfo.InvariantCulture)} {unit.Symbol()}";

    /// <summary>A weight converted to the reader's unit and rounded to a sensible plate step (0.5 kg, 1 lb).</summary>
    public static string WeightIn(decimal kg, WeightUnit unit)
    {
        var value = WeightUnits.Convert(kg, WeightUnit.Kg, unit);
        var step = unit == WeightUnit.Kg ? 0.5m : 1m;
        return Weight(Math.Round(value / step, MidpointRounding.AwayFromZero) * step, unit);
    }

    /// <summary>"Mon 23 Nov".</summary>
    public static string Day(DateOnly date) => date.ToString("ddd d MMM", CultureInfo.InvariantCulture);

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
