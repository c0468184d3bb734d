namespace ChatCoach.Core.Accountability;

/// <summary>
/// Weekly streaks, the kind that count rest as part of training: a week counts when the goal was met, the current week
/// is in grace until it ends, and rest days never break anything.
/// </summary>
public static class Streaks
{
    /// <summary>Weekly-streak lengths worth a cheer in the group.</summary>
    public static readonly int[] Milestones = [4, 12, 26, 52];

    public static StreakSummary Compute(int goal, DateOnly joined, DateOnly today, IEnumerable<DateOnly> trainingDays)
    {
        var perWeek = trainingDays.Distinct().GroupBy(Weeks.Start).ToDictionary(g => g.Key, g => g.Count());
        var thisWeek = Weeks.Start(today);
        var run = 0;
        var best = 0;
        for (var week = Weeks.Start(joined); week < thisWeek; week = week.AddDays(7))
        {
            run = perWeek.GetValueOrDefault(week) >= goal ? run + 1 : 0;
            best = Math.Max(best, run);
        }

        var sessions = perWeek.GetValueOrDefault(thisWeek);
        var current = sessions >= goal ? run + 1 : run;
        return new StreakSummary(sessions, goal, current, Math.Max(best, current));
    }
}
