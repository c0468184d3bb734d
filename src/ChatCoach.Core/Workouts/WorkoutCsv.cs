using System.Globalization;
using System.Text;

namespace ChatCoach.Core.Workouts;

/// <summary>The export format: one CSV row per set, RFC 4180 quoting, safe to open in a spreadsheet.</summary>
public static class WorkoutCsv
{
    public const string Header = "date,exercise_id,exercise_name,set_number,weight,unit,reps,seconds,rpe";

    public static string Write(IEnumerable<StoredSet> sets)
    {
        var sb = new StringBuilder(Header).Append("\r\n");
        foreach (var s in sets)
        {
            sb.Append(s.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(',')
              .Append(Field(s.ExerciseId)).Append(',')
              .Append(Field(s.ExerciseName)).Append(',')
              .Append(s.SetNumber.ToString(CultureInfo.InvariantCulture)).Append(',')
              .Append(s.Weight?.ToString("0.###", CultureInfo.InvariantCulture)).Append(',')
              .Append(s.Unit?.Symbol()).Append(',')
              .Append(s.Reps?.ToString(CultureInfo.InvariantCulture)).Append(',')
              .Append(s.Seconds?.ToString(CultureInfo.InvariantCulture)).Append(',')
              .Append(s.Rpe?.ToString("0.#", CultureInfo.InvariantCulture)).Append("\r\n");
        }

        return sb.ToString();
    }

    /// <summary>
    /// Quotes a text field. A custom exercise name is user text: a leading = + - @ would run as a spreadsheet formula,
    /// so it gets a leading apostrophe.
    /// </summary>
    private static string Field(string text)
    {
        var safe = text.Length > 0 && "=+-@\t\r".Contains(text[0], StringComparison.Ordinal) ? "'" + text : text;
        return safe.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }
}
