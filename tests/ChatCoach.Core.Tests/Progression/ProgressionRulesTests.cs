using ChatCoach.Core.Exercises;
using ChatCoach.Core.Progression;
using ChatCoach.Core.Workouts;

namespace ChatCoach.Core.Tests.Progression;

public sealed class ProgressionRulesTests
{
    private const WeightUnit Kg = WeightUnit.Kg;
    private const WeightUnit Lb = WeightUnit.Lb;

    /// <summary>The default <c>Coaching:MaxJump</c>.</summary>
    private const decimal MaxJump = 0.10m;

    private static Exercise Exercise(string id) => TestCatalog.Instance.ById(id) ?? throw new InvalidOperationException($"The seeds have no {id}.");

    private static Nudge? AfterLog(TrainingLog log, string exerciseId, WeightUnit unit = Kg) =>
        ProgressionRules.AfterLog(Exercise(exerciseId), log.Sessions(exerciseId), unit, MaxJump);

    // Progression by load

    [Fact]
    public void Two_sessions_at_the_top_of_the_range_earn_the_next_weight_in_kg()
    {
        var log = new TrainingLog()
            .Lift("2026-11-16", "deadlift", 100, Kg, [6, 6, 6])
            .Lift("2026-11-18", "deadlift", 100, Kg, [6, 6, 6]);

        var nudge = AfterLog(log, "deadlift");

        Assert.Equal(NudgeKind.Progress, nudge?.Kind);
        Assert.Equal(new NextTarget(105m, Kg), nudge!.Next);
        Assert.Contains("at 100 kg every set reached 6 reps, the top of the 3–6 range", nudge.Reason, StringComparison.Ordinal);
        Assert.Contains("(Mon 16 Nov and Wed 18 Nov)", nudge.Reason, StringComparison.Ordinal);
        Assert.Contains("Next session: 105 kg", nudge.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_sessions_at_the_top_of_the_range_written_in_lb_earn_the_seeds_lb_step()
    {
        var log = new TrainingLog()
            .Lift("2026-11-16", "deadlift", 225, Lb, [6, 6, 6])
            .Lift("2026-11-18", "deadlift", 225, Lb, [6, 6, 6]);

        var nudge = AfterLog(log, "deadlift", Lb);

        Assert.Equal(NudgeKind.Progress, nudge?.Kind);
        Assert.Equal(new NextTarget(235m, Lb), nudge!.Next);
        Assert.Contains("at 225 lb", nudge.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_log_written_in_kg_is_converted_for_an_lb_user_and_rounded_to_a_5_lb_plate_step()
    {
        var log = new TrainingLog()
            .Lift("2026-11-16", "deadlift", 100, Kg, [6, 6, 6])
            .Lift("2026-11-18", "deadlift", 100, Kg, [6, 6, 6]);

        var nudge = AfterLog(log, "deadlift", Lb);

        // 100 kg is 220.46 lb; plus the 10 lb step is 230.46 lb, and the nearest 5 lb plate step is 230 lb.
        Assert.Equal(NudgeKind.Progress, nudge?.Kind);
        Assert.Equal(new NextTarget(230m, Lb), nudge!.Next);
        Assert.Contains("at 220 lb", nudge.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_easy_sessions_at_the_same_weight_earn_the_next_weight_in_kg()
    {
        var log = new TrainingLog()
            .Lift("2026-11-16", "deadlift", 100, Kg, [5, 5, 5], rpe: 7)
            .Lift("2026-11-18", "deadlift", 100, Kg, [5, 5, 5], rpe: 6.5m);

        var nudge = AfterLog(log, "deadlift");

        Assert.Equal(NudgeKind.Progress, nudge?.Kind);
        Assert.Equal(new NextTarget(105m, Kg), nudge!.Next);
        Assert.Contains("every set felt like RPE 7 or easier", nudge.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void One_set_harder_than_rpe_7_keeps_the_weight()
    {
        var log = new TrainingLog()
            .Lift("2026-11-16", "deadlift", 100, Kg, [5, 5, 5], rpe: 7)
            .Lift("2026-11-18", "deadlift", 100, Kg, [5, 5], rpe: 7)
            .Lift("2026-11-18", "deadlift", 100, Kg, [5], rpe: 7.5m);

        Assert.Null(AfterLog(log, "deadlift"));
    }

    [Fact]
    public void One_easy_session_is_not_enough_evidence()
    {
        var log = new TrainingLog().Lift("2026-11-16", "deadlift", 80, Kg, [6, 6, 6], rpe: 6);

        Assert.Null(AfterLog(log, "deadlift"));
    }

    [Fact]
    public void Two_sessions_at_different_weights_earn_nothing()
    {
        var log = new TrainingLog()
            .Lift("2026-11-16", "deadlift", 100, Kg, [6, 6, 6])
            .Lift("2026-11-18", "deadlift", 102.5m, Kg, [6, 6, 6]);

        Assert.Null(AfterLog(log, "deadlift"));
    }

    [Fact]
    public void A_set_short_of_the_top_of_the_range_keeps_the_weight()
    {
        var log = new TrainingLog()
            .Lift("2026-11-16", "deadlift", 100, Kg, [6, 6, 6])
            .Lift("2026-11-18", "deadlift", 100, Kg, [6, 6, 5]);

        Assert.Null(AfterLog(log, "deadlift"));
    }

    // Progression by hold time and by reps, then up the seed's ladder

    [Fact]
    public void The_same_hollow_hold_twice_earns_five_more_seconds()
    {
        var log = new TrainingLog()
            .Hold("2026-11-16", "hollow-hold", [40, 40, 40])
            .Hold("2026-11-18", "hollow-hold", [40, 40, 40]);

        var nudge = AfterLog(log, "hollow-hold");

        Assert.Equal(NudgeKind.Progress, nudge?.Kind);
        Assert.Equal(new NextTarget(Seconds: 45), nudge!.Next);
        Assert.Contains("You held every hollow hold set for 40 s", nudge.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hollow_hold_of_a_minute_twice_moves_up_to_the_first_variation_of_the_ladder()
    {
        var log = new TrainingLog()
            .Hold("2026-11-16", "hollow-hold", [60, 60, 60])
            .Hold("2026-11-18", "hollow-hold", [60, 60, 60]);

        var nudge = AfterLog(log, "hollow-hold");

        var ladder = Exercise("hollow-hold").Progression!.Ladder;
        Assert.Equal("Hollow rocks", ladder[0]);
        Assert.Equal(NudgeKind.Progress, nudge?.Kind);
        Assert.Equal(new NextTarget(Variation: ladder[0]), nudge!.Next);
        Assert.Contains("make it harder instead of longer", nudge.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Hollow_holds_of_different_lengths_earn_nothing()
    {
        var log = new TrainingLog()
            .Hold("2026-11-16", "hollow-hold", [40, 40, 40])
            .Hold("2026-11-18", "hollow-hold", [45, 45, 45]);

        Assert.Null(AfterLog(log, "hollow-hold"));
    }

    [Fact]
    public void The_same_double_leg_lifts_twice_earn_one_more_rep()
    {
        var log = new TrainingLog()
            .Bodyweight("2026-11-16", "double-leg-lift", [12, 12, 12])
            .Bodyweight("2026-11-18", "double-leg-lift", [12, 12, 12]);

        var nudge = AfterLog(log, "double-leg-lift");

        Assert.Equal(NudgeKind.Progress, nudge?.Kind);
        Assert.Equal(new NextTarget(Reps: 13), nudge!.Next);
        Assert.Contains("Next session: 13 reps a set, on the way to 15", nudge.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Fifteen_double_leg_lifts_twice_move_up_to_the_first_variation_of_the_ladder()
    {
        var log = new TrainingLog()
            .Bodyweight("2026-11-16", "double-leg-lift", [15, 15, 15])
            .Bodyweight("2026-11-18", "double-leg-lift", [15, 15, 15]);

        var nudge = AfterLog(log, "double-leg-lift");

        Assert.Equal(NudgeKind.Progress, nudge?.Kind);
        Assert.Equal(new NextTarget(Variation: "Double leg lift with a light dumbbell between the feet"), nudge!.Next);
    }

    [Fact]
    public void Fifteen_back_extensions_twice_move_up_its_ladder_rather_than_adding_a_load_step()
    {
        var log = new TrainingLog()
            .Bodyweight("2026-11-16", "back-extension", [15, 15, 15])
            .Bodyweight("2026-11-18", "back-extension", [15, 15, 15]);

        var nudge = AfterLog(log, "back-extension");

        Assert.Equal(NudgeKind.Progress, nudge?.Kind);
        Assert.Equal(new NextTarget(Variation: Exercise("back-extension").Progression!.Ladder[0]), nudge!.Next);
        Assert.Contains("Make it harder: Back extension holding a light plate against your chest", nudge.Reason, StringComparison.Ordinal);
    }

    // Stalls

    [Theory]
    [InlineData(50, 45)]
    [InlineData(55, 47.5)]
    [InlineData(60, 52.5)]
    public void Reps_falling_three_sessions_running_at_one_weight_earn_a_deload_to_90_percent_rounded_down_to_the_plate_step(decimal kg, decimal deloadKg)
    {
        var log = new TrainingLog()
            .Lift("2026-11-02", "good-morning", kg, Kg, [10, 10, 10])
            .Lift("2026-11-04", "good-morning", kg, Kg, [10, 10, 9])
            .Lift("2026-11-06", "good-morning", kg, Kg, [10, 9, 8])
            .Lift("2026-11-08", "good-morning", kg, Kg, [9, 8, 7]);

        var nudge = AfterLog(log, "good-morning");

        Assert.Equal(NudgeKind.Deload, nudge?.Kind);
        Assert.Equal(new NextTarget(deloadKg, Kg), nudge!.Next);
        Assert.Contains("fewer reps each time (30 → 29 → 27 → 24 in total)", nudge.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(100, 90)]
    [InlineData(150, 135)]
    [InlineData(200, 180)]
    [InlineData(250, 225)]
    public void A_deload_written_in_lb_is_90_percent_on_a_5_lb_step(decimal lb, decimal deloadLb)
    {
        var log = new TrainingLog()
            .Lift("2026-11-02", "good-morning", lb, Lb, [10, 10, 10])
            .Lift("2026-11-04", "good-morning", lb, Lb, [10, 10, 9])
            .Lift("2026-11-06", "good-morning", lb, Lb, [10, 9, 8])
            .Lift("2026-11-08", "good-morning", lb, Lb, [9, 8, 7]);

        var nudge = AfterLog(log, "good-morning", Lb);

        Assert.Equal(NudgeKind.Deload, nudge?.Kind);
        Assert.Equal(new NextTarget(deloadLb, Lb), nudge!.Next);
    }

    [Fact]
    public void Reps_falling_only_twice_are_no_stall()
    {
        var log = new TrainingLog()
            .Lift("2026-11-02", "good-morning", 50, Kg, [10, 10, 10])
            .Lift("2026-11-04", "good-morning", 50, Kg, [10, 10, 10])
            .Lift("2026-11-06", "good-morning", 50, Kg, [10, 10, 9])
            .Lift("2026-11-08", "good-morning", 50, Kg, [10, 9, 8]);

        Assert.Null(AfterLog(log, "good-morning"));
    }

    // Cautions: start slow, progress gradually

    [Fact]
    public void A_top_set_more_than_10_percent_above_last_session_earns_a_caution()
    {
        var log = new TrainingLog()
            .Lift("2026-11-16", "deadlift", 100, Kg, [5, 5, 5])
            .Lift("2026-11-18", "deadlift", 115, Kg, [5, 5, 5]);

        var nudge = AfterLog(log, "deadlift");

        Assert.Equal(NudgeKind.Caution, nudge?.Kind);
        Assert.Null(nudge!.Next);
        Assert.Contains("Your top deadlift set is 15% heavier than last session (Mon 16 Nov)", nudge.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(100, 110, WeightUnit.Kg)]
    [InlineData(200, 220, WeightUnit.Lb)]
    [InlineData(225, 247.5, WeightUnit.Lb)]
    [InlineData(400, 440, WeightUnit.Lb)]
    [InlineData(50, 55, WeightUnit.Lb)]
    [InlineData(150, 165, WeightUnit.Lb)]
    [InlineData(250, 275, WeightUnit.Lb)]
    [InlineData(300, 330, WeightUnit.Lb)]
    [InlineData(350, 385, WeightUnit.Lb)]
    [InlineData(450, 495, WeightUnit.Lb)]
    [InlineData(135, 148.5, WeightUnit.Lb)]
    public void A_top_set_exactly_10_percent_above_last_session_is_no_caution(decimal before, decimal now, WeightUnit unit)
    {
        var log = new TrainingLog()
            .Lift("2026-11-16", "deadlift", before, unit, [5, 5, 5])
            .Lift("2026-11-18", "deadlift", now, unit, [5, 5, 5]);

        Assert.Null(AfterLog(log, "deadlift", unit));
    }

    [Fact]
    public void A_top_set_one_lb_over_10_percent_above_last_session_earns_a_caution()
    {
        var log = new TrainingLog()
            .Lift("2026-11-16", "deadlift", 400, Lb, [5, 5, 5])
            .Lift("2026-11-18", "deadlift", 441, Lb, [5, 5, 5]);

        Assert.Equal(NudgeKind.Caution, AfterLog(log, "deadlift", Lb)?.Kind);
    }

    [Fact]
    public void A_first_session_more_than_eight_load_steps_above_the_seeds_start_earns_a_caution()
    {
        // Deadlift starts at 60 kg and steps by 5 kg: eight steps up is 100 kg.
        var log = new TrainingLog().Lift("2026-11-16", "deadlift", 105, Kg, [5, 5, 5]);

        var nudge = AfterLog(log, "deadlift");

        Assert.Equal(NudgeKind.Caution, nudge?.Kind);
        Assert.Contains("That is a heavy first deadlift session (105 kg to start)", nudge!.Reason, StringComparison.Ordinal);
        Assert.Contains("then add 5 kg at a time", nudge.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_first_session_exactly_eight_load_steps_above_the_seeds_start_is_no_caution()
    {
        var log = new TrainingLog().Lift("2026-11-16", "deadlift", 100, Kg, [5, 5, 5]);

        Assert.Null(AfterLog(log, "deadlift"));
    }

    [Fact]
    public void A_first_good_morning_session_above_the_empty_bar_gets_the_seeds_first_session_advice()
    {
        var log = new TrainingLog().Lift("2026-11-16", "good-morning", 30, Kg, [10, 10, 10]);

        var nudge = AfterLog(log, "good-morning");

        var advice = Exercise("good-morning").Progression!.FirstSession!;
        Assert.Equal(NudgeKind.Caution, nudge?.Kind);
        Assert.Equal($"Your first good morning session. {advice}", nudge!.Reason);
    }

    [Fact]
    public void A_first_good_morning_session_with_the_empty_bar_is_no_caution()
    {
        var log = new TrainingLog().Lift("2026-11-16", "good-morning", 20, Kg, [10, 10, 10]);

        Assert.Null(AfterLog(log, "good-morning"));
    }

    [Fact]
    public void A_caution_outranks_a_due_progression()
    {
        // Every set at the top of the range twice, but the second time 15% heavier: slow down first.
        var log = new TrainingLog()
            .Lift("2026-11-16", "deadlift", 100, Kg, [6, 6, 6])
            .Lift("2026-11-18", "deadlift", 100, Kg, [6, 6, 6])
            .Lift("2026-11-20", "deadlift", 115, Kg, [6, 6, 6]);

        Assert.Equal(NudgeKind.Caution, AfterLog(log, "deadlift")?.Kind);
    }

    // Next session

    [Fact]
    public void Next_with_nothing_logged_starts_at_the_seeds_start_weight()
    {
        var nudge = ProgressionRules.Next(Exercise("deadlift"), [], Kg);

        Assert.Equal(NudgeKind.Hold, nudge.Kind);
        Assert.Equal(new NextTarget(60m, Kg), nudge.Next);
        Assert.Equal("No deadlift logged yet. Start light, around 60 kg, for sets of 3–6 reps. Let your body adapt before adding more.", nudge.Reason);
    }

    [Fact]
    public void Next_with_nothing_logged_converts_the_start_weight_to_a_plate_step_in_lb()
    {
        var nudge = ProgressionRules.Next(Exercise("deadlift"), [], Lb);

        // 60 kg is 132.3 lb: the nearest 5 lb step is 130 lb.
        Assert.Equal(new NextTarget(130m, Lb), nudge.Next);
    }

    [Fact]
    public void Next_with_nothing_logged_gives_the_seeds_first_session_advice_when_there_is_one()
    {
        var exercise = Exercise("good-morning");

        var nudge = ProgressionRules.Next(exercise, [], Kg);

        Assert.Equal(NudgeKind.Hold, nudge.Kind);
        Assert.Equal(new NextTarget(20m, Kg), nudge.Next);
        Assert.Contains(exercise.Progression!.FirstSession!, nudge.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Next_with_nothing_logged_and_no_start_weight_suggests_easy_holds_in_the_seeds_range()
    {
        var nudge = ProgressionRules.Next(Exercise("hollow-hold"), [], Kg);

        Assert.Null(nudge.Next);
        Assert.Equal("No hollow hold logged yet. Start easy: holds of 20–60 s, with perfect form. Let your body adapt before adding more.", nudge.Reason);
    }

    [Fact]
    public void Next_with_a_progression_due_gives_the_progression()
    {
        var log = new TrainingLog()
            .Lift("2026-11-16", "deadlift", 100, Kg, [6, 6, 6])
            .Lift("2026-11-18", "deadlift", 100, Kg, [6, 6, 6]);

        var nudge = ProgressionRules.Next(Exercise("deadlift"), log.Sessions("deadlift"), Kg);

        Assert.Equal(NudgeKind.Progress, nudge.Kind);
        Assert.Equal(new NextTarget(105m, Kg), nudge.Next);
    }

    [Fact]
    public void Next_with_a_stall_gives_the_deload()
    {
        var log = new TrainingLog()
            .Lift("2026-11-02", "good-morning", 50, Kg, [10, 10, 10])
            .Lift("2026-11-04", "good-morning", 50, Kg, [10, 10, 9])
            .Lift("2026-11-06", "good-morning", 50, Kg, [10, 9, 8])
            .Lift("2026-11-08", "good-morning", 50, Kg, [9, 8, 7]);

        var nudge = ProgressionRules.Next(Exercise("good-morning"), log.Sessions("good-morning"), Kg);

        Assert.Equal(NudgeKind.Deload, nudge.Kind);
        Assert.Equal(new NextTarget(45m, Kg), nudge.Next);
    }

    [Fact]
    public void Next_with_nothing_due_holds_steady_and_says_what_would_earn_more()
    {
        var log = new TrainingLog()
            .Lift("2026-11-16", "deadlift", 100, Kg, [5, 5, 5])
            .Lift("2026-11-18", "deadlift", 100, Kg, [5, 5, 5]);

        var nudge = ProgressionRules.Next(Exercise("deadlift"), log.Sessions("deadlift"), Kg);

        Assert.Equal(NudgeKind.Hold, nudge.Kind);
        Assert.Equal(new NextTarget(100m, Kg), nudge.Next);
        Assert.Equal(
            "Last time (Wed 18 Nov): Deadlift: 3×5 @ 100 kg. Stay there for now: add weight once every set reaches 6 reps (or feels like RPE 7 or easier) in two sessions in a row.",
            nudge.Reason);
    }

    [Fact]
    public void Next_with_nothing_due_on_a_hold_keeps_the_last_hold_time()
    {
        var log = new TrainingLog()
            .Hold("2026-11-16", "hollow-hold", [30, 30, 30])
            .Hold("2026-11-18", "hollow-hold", [40, 35, 40]);

        var nudge = ProgressionRules.Next(Exercise("hollow-hold"), log.Sessions("hollow-hold"), Kg);

        Assert.Equal(NudgeKind.Hold, nudge.Kind);
        Assert.Equal(new NextTarget(Seconds: 35), nudge.Next);
        Assert.EndsWith("add time once you hold every set as long in two sessions in a row.", nudge.Reason, StringComparison.Ordinal);
    }
}
