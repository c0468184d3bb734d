using ChatCoach.Core.Recovery;
using ChatCoach.Core.Workouts;

namespace ChatCoach.Core.Tests.Recovery;

public sealed class RestDayRulesTests
{
    private const WeightUnit Kg = WeightUnit.Kg;

    /// <summary>What runs when nothing is configured: the article's lower-back rule, nonconsecutive days.</summary>
    private static readonly IReadOnlyList<RecoveryRule> DefaultRules = new CoachingOptions().EffectiveRecoveryRules;

    private static IReadOnlyList<RestAdvice> Due(TrainingLog log, string day, IReadOnlyList<RecoveryRule>? rules = null) =>
        RestDayRules.Due(TestCatalog.Instance, rules ?? DefaultRules, log.Sets, TrainingLog.Day(day));

    [Fact]
    public void With_nothing_configured_the_lower_back_needs_one_rest_day_between_sessions()
    {
        var rule = Assert.Single(DefaultRules);

        Assert.Equal("lower-back", rule.Region);
        Assert.Equal(2, rule.MinDaysBetween);
    }

    [Fact]
    public void Lower_back_work_yesterday_makes_today_a_rest_day_for_the_lower_back()
    {
        var log = new TrainingLog()
            .Lift("2026-11-22", "deadlift", 100, Kg, [5, 5, 5])
            .Lift("2026-11-22", "good-morning", 40, Kg, [10, 10]);

        var advice = Assert.Single(Due(log, "2026-11-23"));

        Assert.Equal("lower-back", advice.Rule.Region);
        Assert.Equal(TrainingLog.Day("2026-11-22"), advice.LastSession);
        Assert.Equal(5, advice.LastSets.Count);
    }

    [Fact]
    public void The_evidence_is_the_most_recent_lower_back_day_only()
    {
        var rules = new List<RecoveryRule> { new() { Region = "lower-back", MinDaysBetween = 3 } };
        var log = new TrainingLog()
            .Lift("2026-11-21", "deadlift", 100, Kg, [5, 5, 5])
            .Lift("2026-11-22", "good-morning", 40, Kg, [10, 10]);

        var advice = Assert.Single(Due(log, "2026-11-23", rules));

        Assert.Equal(TrainingLog.Day("2026-11-22"), advice.LastSession);
        Assert.All(advice.LastSets, s => Assert.Equal("good-morning", s.ExerciseId));
    }

    [Fact]
    public void Lower_back_work_two_days_ago_is_rested_enough_with_two_days_between()
    {
        var log = new TrainingLog().Lift("2026-11-21", "deadlift", 100, Kg, [5, 5, 5]);

        Assert.Empty(Due(log, "2026-11-23"));
    }

    [Fact]
    public void More_lower_back_work_the_same_day_is_the_same_session_not_a_reason_to_rest()
    {
        var log = new TrainingLog().Lift("2026-11-23", "deadlift", 100, Kg, [5, 5, 5]);

        Assert.Empty(Due(log, "2026-11-23"));
    }

    [Fact]
    public void Core_work_that_spares_the_lower_back_never_calls_for_a_rest_day()
    {
        var log = new TrainingLog()
            .Hold("2026-11-22", "hollow-hold", [30, 30, 30])
            .Hold("2026-11-22", "plank", [60, 60])
            .Bodyweight("2026-11-22", "dead-bug", [10, 10])
            .Bodyweight("2026-11-22", "double-leg-lift", [12, 12, 12]);

        Assert.Empty(Due(log, "2026-11-23"));
    }

    [Fact]
    public void A_configured_rule_for_another_region_applies_its_own_days()
    {
        var rules = new List<RecoveryRule>
        {
            new() { Region = "lower-back", MinDaysBetween = 2 },
            new() { Region = "legs", MinDaysBetween = 3 },
        };
        var log = new TrainingLog().Lift("2026-11-21", "squat", 80, Kg, [5, 5, 5]);

        var advice = Assert.Single(Due(log, "2026-11-23", rules));

        Assert.Equal("legs", advice.Rule.Region);
        Assert.Equal(TrainingLog.Day("2026-11-21"), advice.LastSession);
        Assert.Empty(Due(log, "2026-11-24", rules));
    }
}
