using System.Globalization;

namespace ChatCoach.Core.Accountability;

/// <summary>Training weeks run Monday to Sunday.</summary>
public static class Weeks
{
    public static DateOnly Start(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>Days of the week gone by on <paramref name="day"/>, counting it: Monday 1 … Sunday 7.</summary>
    public static int Elapsed(DateOnly day) => day.DayNumber - Start(day).DayNumber + 1;

    public static string Key(DateOnly weekStart) => weekStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
