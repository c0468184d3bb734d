using ChatCoach.Core.Exercises;
using ChatCoach.Core.Workouts;

namespace ChatCoach.Core.Recovery;

/// <summary>
/// Pure rest-day rules over a user's log. A region needs rest when it was trained fewer than the rule's days before
/// the given day; the same day twice is one session, not a reason to rest.
/// </summary>
public static class RestDayRules
{
    /// <summary>The rules whose region is still recovering on <paramref name="day"/>, given the recent sets (any order).</summary>
    public static IReadOnlyList<RestAdvice> Due(ExerciseCatalog catalog, IReadOnlyList<RecoveryRule> rules, IReadOnlyList<StoredSet> recent, DateOnly day)
    {
        var due = new List<RestAdvice>();
        foreach (var rule in rules)
        {
            // The latest earlier day within the rule's window that loaded the region, then that day's sets of it.
            DateOnly? last = null;
            foreach (var set in recent)
            {
                if (InWindow(set, rule, day) && (last is null || set.Date > last) && Loads(catalog, set.ExerciseId, rule.Region))
                {
                    last = set.Date;
                }
            }

            if (last is { } lastDay)
            {
                var sets = new List<StoredSet>();
                foreach (var set in recent)
                {
                    if (set.Date == lastDay && Loads(catalog, set.ExerciseId, rule.Region))
                    {
                        sets.Add(set);
                    }
                }

                due.Add(new RestAdvice(rule, lastDay, sets));
            }
        }

        return due;
    }

    private static bool InWindow(StoredSet set, RecoveryRule rule, DateOnly day) =>
        set.Date < day && set.Date.DayNumber > day.DayNumber - rule.MinDaysBetween;

    public static bool Loads(ExerciseCatalog catalog, string exerciseId, string region) =>
        catalog.ById(exerciseId)?.Loads(region) == true;
}
