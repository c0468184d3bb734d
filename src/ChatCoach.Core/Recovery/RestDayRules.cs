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
            var earlier = recent
                .Where(s => s.Date < day && s.Date.DayNumber > day.DayNumber - rule.MinDaysBetween && Loads(catalog, s.ExerciseId, rule.Region))
                .ToList();
            if (earlier.Count > 0)
            {
                var last = earlier.Max(s => s.Date);
                due.Add(new RestAdvice(rule, last, [.. earlier.Where(s => s.Date == last)]));
            }
        }

        return due;
    }

    public static bool Loads(ExerciseCatalog catalog, string exerciseId, string region) =>
        catalog.ById(exerciseId)?.Loads(region) == true;
}
