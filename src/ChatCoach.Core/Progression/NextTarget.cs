using System.Globalization;
using ChatCoach.Core.Workouts;

namespace ChatCoach.Core.Progression;

/// <summary>What to aim for next session: a weight, a hold time, a rep count, or a harder variation.</summary>
public sealed record NextTarget(decimal? Weight = null, WeightUnit? Unit = null, int? Seconds = null, int? Reps = null, string? Variation = null)
{
    /// <summary>The target as replay JSON writes it under <c>next</c>.</summary>
    public IReadOnlyDictionary<string, object> ToData()
    {
        var data = new Dictionary<string, object>(StringComparer.Ordinal);
        if (Weight is { } w)
        {
            // 85.0m and 85m are equal but print differently; JSON shows weights as people write them.
            data["weight"] = w / 1.000000000000000000000000000000000m;
            data["unit"] = Unit!.Value.Symbol();
        }

        if (Seconds is { } s)
        {
            data["seconds"] = s;
        }

        if (Reps is { } r)
        {
            data["reps"] = r;
        }

        if (Variation is { } v)
        {
            data["variation"] = v;
        }

        return data;
    }

    public string Describe() =>
        Variation ?? (Weight is { } w ? WorkoutFormat.Weight(w, Unit!.Value)
            : Seconds is { } s ? WorkoutFormat.Seconds(s)
            : Reps is { } r ? r.ToString(CultureInfo.InvariantCulture) + " reps a set"
            : string.Empty);
}
