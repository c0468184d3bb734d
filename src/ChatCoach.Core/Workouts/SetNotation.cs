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

        sb.Append(entry.Sets.Count > 0 ? ": " : ":");
        AppendSets(sb, entry.Sets);
        return sb.ToString();
    }

    /// <summary>Only the sets of <see cref="Format"/>, without the exercise: "3×5 @ 100 kg".</summary>
    public static string FormatSets(IReadOnlyList<LoggedSet> sets)
    {
        ArgumentNullException.ThrowIfNull(sets);
        var sb = new StringBuilder();
        AppendSets(sb, sets);
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

    private static void AppendSets(StringBuilder sb, IReadOnlyList<LoggedSet> sets)
    {
        for (var i = 0; i < sets.Count;)
        {
            var count = 1;
            while (i + count < sets.Count && sets[i + count] == sets[i])
            {
                count++;
            }

            if (i > 0)
            {
                sb.Append(", ");
            }

            AppendGroup(sb, sets[i], count);
            i += count;
        }
    }

    private static void AppendGroup(StringBuilder sb, LoggedSet set, int count)
    {
        var weighted = set is { Weight: not null, Unit: not null };
        if (count > 1 || !weighted)
        {
            if (count > 1 || set.Seconds is null)
            {
                sb.Append(Number(count)).Append('×');
            }

            AppendAmount(sb, set);
            if (weighted)
            {
                AppendWeight(sb.Append(" @ "), set);
            }
        }
        else
        {
            AppendAmount(AppendWeight(sb, set).Append(" × "), set);
        }

        if (set.Rpe is { } rpe)
        {
            sb.Append(" @ RPE ").Append(Number(rpe));
        }
    }

    private static StringBuilder AppendWeight(StringBuilder sb, LoggedSet set) =>
        sb.Append(Number(set.Weight!.Value)).Append(' ').Append(set.Unit!.Value.Symbol());

    private static StringBuilder AppendAmount(StringBuilder sb, LoggedSet set) =>
        sb.Append(set.Seconds is { } seconds ? Duration(seconds) : Number(set.Reps ?? 0));

    private static string Duration(int seconds) => seconds switch
    {
        _ when seconds % 60 == 0 && seconds > 0 => $"{Number(seconds / 60)} min",
        < 600 => $"{Number(seconds)} s",
        _ => $"{Number(seconds / 60)} min {Number(seconds % 60)} s",
    };

    /// <summary>Up to six decimals, no trailing zeros (the custom format "0.######").</summary>
    internal static string Number(decimal value) => WorkoutFormat.Trimmed(value, 6);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
