using ChatCoach.Core.Workouts;

namespace ChatCoach.Core.Tests.Workouts;

public sealed class RecordBookTests
{
    private static readonly DateOnly Monday = new(2026, 11, 16);

    private static (LoggedSet, DateOnly) Lift(decimal kg, int reps, int daysLater = 0) =>
        (new LoggedSet(reps, kg, WeightUnit.Kg, null, null), Monday.AddDays(daysLater));

    private static IReadOnlyList<PersonalRecord> Best(params (LoggedSet, DateOnly)[] sets) => RecordBook.Best("deadlift", sets);

    private static PersonalRecord Record(RecordKind kind, decimal value, int reps = 0) =>
        new("deadlift", kind, reps, value, null, null, null, null, Monday);

    [Fact]
    public void The_estimated_one_rep_max_is_epley_weight_times_one_plus_reps_over_30()
    {
        Assert.Equal(116.667m, decimal.Round(RecordBook.EstimatedOneRepMax(100, 5), 3));
        Assert.Equal(122.5m, decimal.Round(RecordBook.EstimatedOneRepMax(105, 5), 3));
        Assert.Equal(100m, RecordBook.EstimatedOneRepMax(100, 0));
    }

    [Fact]
    public void Sets_of_ten_reps_or_fewer_give_an_estimate_and_longer_sets_do_not()
    {
        var ten = Best(Lift(60, 10));
        var eleven = Best(Lift(60, 11));

        Assert.Equal(80m, Assert.Single(ten, r => r.Kind == RecordKind.EstimatedOneRepMax).Value);
        Assert.DoesNotContain(eleven, r => r.Kind == RecordKind.EstimatedOneRepMax);
        Assert.Single(eleven, r => r.Kind == RecordKind.HeaviestForReps && r.Reps == 11);
    }

    [Fact]
    public void The_best_estimate_comes_from_whichever_set_predicts_the_most()
    {
        // 100 × 5 predicts 116.7; 110 × 3 predicts 121.
        var best = Best(Lift(100, 5), Lift(110, 3, daysLater: 2));

        var e1rm = Assert.Single(best, r => r.Kind == RecordKind.EstimatedOneRepMax);
        Assert.Equal(121m, e1rm.Value);
        Assert.Equal(110m, e1rm.Weight);
        Assert.Equal(3, e1rm.SetReps);
        Assert.Equal(Monday.AddDays(2), e1rm.AchievedOn);
    }

    [Fact]
    public void The_heaviest_weight_is_kept_for_each_rep_count()
    {
        var best = Best(Lift(100, 5), Lift(105, 5, daysLater: 2), Lift(110, 3, daysLater: 4), Lift(102.5m, 5, daysLater: 4));

        var heaviest = best.Where(r => r.Kind == RecordKind.HeaviestForReps).ToDictionary(r => r.Reps, r => r.Value);
        Assert.Equal(new Dictionary<int, decimal> { [3] = 110m, [5] = 105m }, heaviest);
    }

    [Fact]
    public void Weights_written_in_lb_are_compared_in_kg()
    {
        var best = RecordBook.Best("deadlift", [(new LoggedSet(5, 225, WeightUnit.Lb, null, null), Monday), Lift(100, 5)]);

        var heaviest = Assert.Single(best, r => r.Kind == RecordKind.HeaviestForReps);
        Assert.Equal(102.058m, heaviest.Value);
        Assert.Equal(225m, heaviest.Weight);
        Assert.Equal(WeightUnit.Lb, heaviest.Unit);
    }

    [Fact]
    public void The_longest_hold_is_the_only_record_a_hold_sets()
    {
        var best = RecordBook.Best("hollow-hold", [
            (new LoggedSet(null, null, null, 30, null), Monday),
            (new LoggedSet(null, null, null, 45, null), Monday),
            (new LoggedSet(null, null, null, 40, null), Monday.AddDays(2)),
        ]);

        var hold = Assert.Single(best);
        Assert.Equal(RecordKind.LongestHold, hold.Kind);
        Assert.Equal(45m, hold.Value);
        Assert.Equal(45, hold.Seconds);
    }

    [Fact]
    public void Unloaded_sets_keep_the_most_reps()
    {
        var best = RecordBook.Best("double-leg-lift", [
            (new LoggedSet(10, null, null, null, null), Monday),
            (new LoggedSet(12, null, null, null, null), Monday),
            (new LoggedSet(8, null, null, null, null), Monday.AddDays(2)),
        ]);

        var reps = Assert.Single(best);
        Assert.Equal(RecordKind.MostReps, reps.Kind);
        Assert.Equal(12m, reps.Value);
    }

    [Fact]
    public void A_first_record_is_stored_but_not_celebrated()
    {
        var (improved, beaten) = RecordBook.Compare([], [Record(RecordKind.HeaviestForReps, 100, reps: 5)]);

        Assert.Single(improved);
        Assert.Empty(beaten);
    }

    [Fact]
    public void A_better_value_is_stored_and_celebrated()
    {
        var better = Record(RecordKind.HeaviestForReps, 105, reps: 5);

        var (improved, beaten) = RecordBook.Compare([Record(RecordKind.HeaviestForReps, 100, reps: 5)], [better]);

        Assert.Equal(better, Assert.Single(improved));
        Assert.Equal(better, Assert.Single(beaten));
    }

    [Fact]
    public void An_equal_value_is_neither_stored_nor_celebrated()
    {
        var (improved, beaten) = RecordBook.Compare([Record(RecordKind.HeaviestForReps, 100, reps: 5)], [Record(RecordKind.HeaviestForReps, 100, reps: 5)]);

        Assert.Empty(improved);
        Assert.Empty(beaten);
    }

    [Fact]
    public void A_record_for_another_rep_count_is_a_first_record_of_its_own()
    {
        var (improved, beaten) = RecordBook.Compare([Record(RecordKind.HeaviestForReps, 100, reps: 5)], [Record(RecordKind.HeaviestForReps, 90, reps: 8)]);

        Assert.Single(improved);
        Assert.Empty(beaten);
    }
}
