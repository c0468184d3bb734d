namespace ChatCoach.Core.Accountability;

/// <summary>A member's week so far and their weekly streaks.</summary>
/// <param name="ThisWeek">Sessions so far this week.</param>
/// <param name="Goal">Sessions a week they aim for.</param>
/// <param name="Current">Weeks in a row with the goal met, counting this week once it is met.</param>
/// <param name="Best">The longest such run.</param>
public sealed record StreakSummary(int ThisWeek, int Goal, int Current, int Best)
{
    public double Share => Goal == 0 ? 0 : (double)ThisWeek / Goal;

    public bool MetThisWeek => ThisWeek >= Goal;
}
