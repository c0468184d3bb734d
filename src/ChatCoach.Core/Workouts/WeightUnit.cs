namespace ChatCoach.Core.Workouts;

/// <summary>The unit a weight was written in. Weights are stored as written and converted only to compare.</summary>
public enum WeightUnit
{
    Kg,
    Lb,
}

/// <summary>Conversions and names for <see cref="WeightUnit"/>.</summary>
public static class WeightUnits
{
    /// <summary>Pounds per kilogram (exact by definition of the pound).</summary>
    public const decimal LbPerKg = 2.20462262185m;

    public static string Symbol(this WeightUnit unit) => unit == WeightUnit.Kg ? "kg" : "lb";

    public static decimal ToKg(decimal weight, WeightUnit unit) => unit == WeightUnit.Kg ? weight : weight / LbPerKg;

    public static decimal Convert(decimal weight, WeightUnit from, WeightUnit to) =>
        from == to ? weight : to == WeightUnit.Kg ? weight / LbPerKg : weight * LbPerKg;

    public static bool TryParse(string? text, out WeightUnit unit)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "kg" or "kgs" or "kilo" or "kilos" or "kilogram" or "kilograms":
                unit = WeightUnit.Kg;
                return true;
            case "lb" or "lbs" or "pound" or "pounds":
                unit = WeightUnit.Lb;
                return true;
            default:
                unit = WeightUnit.Kg;
                return false;
        }
    }
}
