using System.Globalization;
using System.Text;

namespace ChatCoach.Core.Workouts;

/// <summary>
/// The one-line JSON that <c>chatcoach parse</c> prints. Absent fields are left out, never null; weights and RPEs are
/// numbers as written ("102.5", and "100" for "100.0"), never converted.
/// </summary>
public static class NotationJson
{
    public static string Write(NotationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var sb = new StringBuilder(128);
        switch (result)
        {
            case LogNotation log:
                sb.Append("{\"kind\":\"log\",\"entries\":[");
                for (var e = 0; e < log.Entries.Count; e++)
                {
                    WriteEntry(sb.Append(e == 0 ? string.Empty : ","), log.Entries[e]);
                }

                sb.Append("]}");
                break;
            case NotationError error:
                sb.Append("{\"kind\":\"error\",\"message\":");
                WriteString(sb, error.Message);
                sb.Append('}');
                break;
            default:
                sb.Append("{\"kind\":\"none\"}");
                break;
        }

        return sb.ToString();
    }

    private static void WriteEntry(StringBuilder sb, LoggedEntry entry)
    {
        sb.Append("{\"exercise\":");
        WriteString(sb, entry.ExerciseId);
        if (entry.Date is { } date)
        {
            sb.Append(CultureInfo.InvariantCulture, $",\"date\":\"{date:yyyy-MM-dd}\"");
        }

        sb.Append(",\"sets\":[");
        for (var i = 0; i < entry.Sets.Count; i++)
        {
            var set = entry.Sets[i];
            sb.Append(i == 0 ? "{" : ",{");
            var first = true;
            void Field(string name, string value)
            {
                sb.Append(first ? "\"" : ",\"").Append(name).Append("\":").Append(value);
                first = false;
            }

            if (set.Reps is { } reps)
            {
                Field("reps", reps.ToString(CultureInfo.InvariantCulture));
            }

            if (set is { Weight: { } weight, Unit: { } unit })
            {
                Field("weight", SetNotation.Number(weight));
                Field("unit", unit == WeightUnit.Kg ? "\"kg\"" : "\"lb\"");
            }

            if (set.Seconds is { } seconds)
            {
                Field("seconds", seconds.ToString(CultureInfo.InvariantCulture));
            }

            if (set.Rpe is { } rpe)
            {
                Field("rpe", SetNotation.Number(rpe));
            }

            sb.Append('}');
        }

        sb.Append("]}");
    }

    /// <summary>Escapes quotes, backslashes, control characters, surrogates and line separators, so any text stays valid JSON on one line.</summary>
    private static void WriteString(StringBuilder sb, string value)
    {
        sb.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    sb.Append("\\\"");
                    break;
                case '\\':
                    sb.Append("\\\\");
                    break;
                case '\n':
                    sb.Append("\\n");
                    break;
                case '\r':
                    sb.Append("\\r");
                    break;
                case '\t':
                    sb.Append("\\t");
                    break;
                case < ' ' or '\u2028' or '\u2029' or (>= '\uD800' and <= '\uDFFF'):
                    sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        sb.Append('"');
    }
}
