using System.Globalization;
using System.Text;

namespace ChatCoach.Core.Workouts;

/// <summary>Writes logged sets back as text: a human echo for replies, and a canonical notation the parser reads back.</summary>
public static class SetNotation
{
    /// <summary>
    /// The echo a person reads after logging, with identical consecutive sets grouped:
    /// "Deadlift: 3×5 @ 100 kg", "Deadlift: 100 kg × 5, 110 kg × 5, 120 kg × 3 @ RPE 8", "Hollow hold: 3×30 s".
    /// </summary>
    public static string Format(LoggedEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var sb = new StringBuilder(entry.ExerciseName);
        if (entry.Date is { } date)
        {
            sb.Append(CultureInfo.InvariantCulture, $" ({date:yyyy-MM-dd})");
        }

        sb.Append(':');
        var sets = entry.Sets;
        for (var i = 0; i < sets.Count;)
        {
            var count = 1;
            while (i + count < sets.Count && sets[i + count] == sets[i])
            {
                count++;
            }

            sb.Append(i == 0 ? " " : ", ");
            AppendGroup(sb, sets[i], count);
            i += count;
        }

        return sb.ToString();
    }

    /// <summary>
    /// One set per clause, every unit written out, RPE as a word, so that nothing depends on the reader's default unit
    /// or on guessing which number is the weight: "deadlift 2026-11-23: 100kg x 5 rpe 8, 1x5, 10kg x 30s".
    /// <see cref="SetNotationParser.Parse"/> reads it back to the same entry.
    /// </summary>
    public static string FormatCanonical(LoggedEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var name = entry.ExerciseId.StartsWith("custom:", StringComparison.Ordinal) ? entry.ExerciseName : entry.ExerciseId;
        var sb = new StringBuilder(name);
        if (entry.Date is { } date)
        {
            sb.Append(CultureInfo.InvariantCulture, $" {date:yyyy-MM-dd}");
        }

        sb.Append(':');
        for (var i = 0; i < entry.Sets.Count; i++)
        {
            var set = entry.Sets[i];
            sb.Append(i == 0 ? " " : ", ");
            var amount = set.Seconds is { } seconds ? Number(seconds) + "s" : Number(set.Reps ?? 0);
            if (set is { Weight: { } weight, Unit: { } unit })
            {
                sb.Append(Number(weight)).Append(unit.Symbol()).Append(" x ").Append(amount);
            }
            else
            {
                sb.Append("1x").Append(amount);
            }

            if (set.Rpe is { } rpe)
            {
                sb.Append(" rpe ").Append(Number(rpe));
            }
        }

        return sb.ToString();
    }

    private static void AppendGroup(StringBuilder sb, LoggedSet set, int count)
    {
        var amount = set.Seconds is { } seconds ? Duration(seconds) : Number(set.Reps ?? 0);
        var weight = set is { Weight: { } w, Unit: { } u } ? $"{Number(w)} {u.Symbol()}" : null;
        if (count > 1 || weight is null)
        {
            if (count > 1 || set.Seconds is null)
            {
                sb.Append(Number(count)).Append('×');
            }

            sb.Append(amount);
            if (weight is not null)
            {
                sb.Append(" @ ").Append(weight);
            }
        }
        else
        {
            sb.Append(weight).Append(" × ").Append(amount);
        }

        if (set.Rpe is { } rpe)
        {
            sb.Append(" @ RPE ").Append(Number(rpe));
        }
    }

    private static string Duration(int seconds) => seconds switch
    {
        _ when seconds % 60 == 0 && seconds > 0 => $"{Number(seconds / 60)} min",
        < 600 => $"{Number(seconds)} s",
        _ => $"{Number(seconds / 60)} min {Number(seconds % 60)} s",
    };

    internal static string Number(decimal value) => value.ToString("0.######", CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
