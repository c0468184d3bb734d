using System.Globalization;

namespace ChatCoach.Core.Tests.Workouts;

/// <summary>Invariant number text for test descriptions.</summary>
internal static class SetNotationTestFormat
{
    public static string Number(decimal value) => value.ToString("0.######", CultureInfo.InvariantCulture);
}
