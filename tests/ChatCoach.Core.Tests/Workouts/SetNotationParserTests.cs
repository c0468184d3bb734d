using ChatCoach.Core.Workouts;
using static ChatCoach.Core.Tests.Workouts.NotationCatalog;

namespace ChatCoach.Core.Tests.Workouts;

public sealed class SetNotationParserTests
{
    [Theory]
    [InlineData("deadlift 3x5 100kg")]
    [InlineData("deadlift 3 x 5 @ 100 kg")]
    [InlineData("deadlift 100kg 3x5")]
    [InlineData("3x5 deadlift 100kg")]
    [InlineData("Deadlift 3X5 100KG")]
    [InlineData("deadlift 3×5 100kg")]
    [InlineData("deadlift 3*5 100kg")]
    [InlineData("deadlift 3 sets of 5 at 100kg")]
    [InlineData("deadlift 3 sets 5 reps 100kg")]
    [InlineData("deadlift 3 sets, 5 reps, 100kg")]
    [InlineData("DL 3x5 100kg")]
    [InlineData("deadlifts: 3x5 100kg")]
    public void Three_sets_of_five_at_a_hundred_kilos_expands_to_three_sets(string text)
    {
        var entry = Entry(text);
        Assert.Equal("deadlift", entry.ExerciseId);
        Assert.Equal("Deadlift", entry.ExerciseName);
        Assert.Null(entry.Date);
        Assert.Equal("5@100kg 5@100kg 5@100kg", Sets(entry));
    }

    [Theory]
    [InlineData("deadlift 100kg x 5", "5@100kg")]
    [InlineData("deadlift 100x5", "5@100kg")]
    [InlineData("deadlift 100kgx5", "5@100kg")]
    [InlineData("deadlift 100kg for 5", "5@100kg")]
    [InlineData("deadlift 5 reps at 100kg", "5@100kg")]
    [InlineData("deadlift x5 @ 100kg", "5@100kg")]
    [InlineData("deadlift 21x5", "5@21kg")]
    public void A_weight_times_reps_is_one_set(string text, string sets)
    {
        Assert.Equal(sets, Sets(Entry(text)));
    }

    [Theory]
    [InlineData("deadlift 100x5x3")]
    [InlineData("deadlift 100kg x5 x3")]
    [InlineData("deadlift 3x5x100kg")]
    public void Weight_times_reps_times_sets_expands_to_the_sets(string text)
    {
        Assert.Equal("5@100kg 5@100kg 5@100kg", Sets(Entry(text)));
    }

    [Theory]
    [InlineData("deadlift 5x5", "5 5 5 5 5")]
    [InlineData("deadlift 20x3", "3 3 3 3 3 3 3 3 3 3 3 3 3 3 3 3 3 3 3 3")]
    [InlineData("three sets of ten squats", "10 10 10")]
    public void A_first_number_of_twenty_or_less_with_no_weight_is_sets_times_reps(string text, string sets)
    {
        Assert.Equal(sets, Sets(Entry(text)));
    }

    [Theory]
    [InlineData("deadlift 100kg 5,5,4")]
    [InlineData("deadlift 100kg 5, 5, 4")]
    [InlineData("deadlift 5/5/4 @ 100kg")]
    [InlineData("deadlift 5,5,4 @ 100kg")]
    [InlineData("deadlift 100kg x 5, 5, 4")]
    public void A_list_of_reps_is_one_set_each_at_the_one_weight(string text)
    {
        Assert.Equal("5@100kg 5@100kg 4@100kg", Sets(Entry(text)));
    }

    [Theory]
    [InlineData("deadlift 100x5, 110x5, 120x3")]
    [InlineData("deadlift 100x5,110x5,120x3")]
    [InlineData("deadlift 100kg x 5, 110kg x 5, 120kg x 3")]
    [InlineData("deadlift 100kg x 5, 110 x 5, 120 x 3")]
    [InlineData("deadlift 100x5\n110x5\n120x3")]
    [InlineData("Deadlift:\n100x5\n110x5\n120x3")]
    public void Weight_and_reps_pairs_are_one_set_per_pair(string text)
    {
        Assert.Equal("5@100kg 5@110kg 3@120kg", Sets(Entry(text)));
    }

    [Fact]
    public void Sets_of_different_weights_take_the_weight_written_beside_them()
    {
        Assert.Equal("5@100kg 5@100kg 5@100kg 3@110kg 3@110kg 3@110kg", Sets(Entry("deadlift 3x5 100kg, 3x3 110kg")));
        Assert.Equal("5@100kg 5@100kg 3@110kg", Sets(Entry("deadlift 100kg 5, 5, 110kg 3")));
    }

    [Theory]
    [InlineData("3 sets of 10 good mornings with 40kg", "good-morning", "10@40kg 10@40kg 10@40kg")]
    [InlineData("did 3 sets of 5 deadlifts at 100 kg", "deadlift", "5@100kg 5@100kg 5@100kg")]
    [InlineData("3 sets x 10 reps squats 60kg", "squat", "10@60kg 10@60kg 10@60kg")]
    [InlineData("did 20 pullups", "pull-up", "20")]
    [InlineData("a set of 20 pull ups", "pull-up", "20")]
    [InlineData("pullups 12", "pull-up", "12")]
    public void Prose_logs_are_read(string text, string id, string sets)
    {
        var entry = Entry(text);
        Assert.Equal(id, entry.ExerciseId);
        Assert.Equal(sets, Sets(entry));
    }

    [Theory]
    [InlineData("hollow hold 3x30s", "hollow-hold", "30s 30s 30s")]
    [InlineData("hollow hold 3 x 30 sec", "hollow-hold", "30s 30s 30s")]
    [InlineData("hollow holds 3x30 seconds", "hollow-hold", "30s 30s 30s")]
    [InlineData("plank 1 min", "plank", "60s")]
    [InlineData("plank 1.5 min", "plank", "90s")]
    [InlineData("plank 1:30", "plank", "90s")]
    [InlineData("plank 3x1:30", "plank", "90s 90s 90s")]
    [InlineData("plank 1:00:00", "plank", "3600s")]
    [InlineData("hollow hold 45s, 40s, 30s", "hollow-hold", "45s 40s 30s")]
    [InlineData("hollow hold 3x30s @ 10kg", "hollow-hold", "30s@10kg 30s@10kg 30s@10kg")]
    public void Timed_sets_are_stored_in_seconds(string text, string id, string sets)
    {
        var entry = Entry(text);
        Assert.Equal(id, entry.ExerciseId);
        Assert.Equal(sets, Sets(entry));
    }

    [Theory]
    [InlineData("pull ups 3x8 +10kg")]
    [InlineData("pull-ups 3x8 +10")]
    [InlineData("pullups 3x8 + 10 kg")]
    public void An_added_load_is_stored_as_the_weight(string text)
    {
        var entry = Entry(text);
        Assert.Equal("pull-up", entry.ExerciseId);
        Assert.Equal("8@10kg 8@10kg 8@10kg", Sets(entry));
    }

    [Theory]
    [InlineData("deadlift 3x5 140kg @8")]
    [InlineData("deadlift 3x5 140kg rpe 8")]
    [InlineData("deadlift 3x5 140kg @8 rpe")]
    [InlineData("deadlift 3x5 140kg @ rpe 8")]
    [InlineData("deadlift 3x5 140kg RPE8")]
    [InlineData("deadlift 3x5 @ 140kg @8")]
    [InlineData("deadlift 3x5 140kg rpe: 8")]
    public void An_rpe_after_sets_of_one_weight_applies_to_all_of_them(string text)
    {
        Assert.Equal("5@140kg!8 5@140kg!8 5@140kg!8", Sets(Entry(text)));
    }

    [Fact]
    public void A_trailing_rpe_applies_to_the_last_set_group_only()
    {
        var entry = Entry("DL 100x5, 110x5, 120x3 @8");
        Assert.Equal("deadlift", entry.ExerciseId);
        Assert.Equal("5@100kg 5@110kg 3@120kg!8", Sets(entry));
    }

    [Fact]
    public void An_rpe_after_each_set_applies_to_that_set()
    {
        Assert.Equal("5@100kg!7 5@110kg!8 3@120kg!9", Sets(Entry("deadlift 100x5 @7, 110x5 @8, 120x3 @9")));
        Assert.Equal("5@140kg!8 5@140kg!8 5@140kg!8 3@150kg!9.5", Sets(Entry("deadlift 3x5 140kg @8, 1x3 150kg rpe 9.5")));
    }

    [Fact]
    public void A_number_after_at_with_no_other_weight_is_the_weight()
    {
        Assert.Equal("5@8kg 5@8kg 5@8kg", Sets(Entry("deadlift 3x5 @8")));
        Assert.Equal("5@100kg 5@100kg 5@100kg", Sets(Entry("deadlift 3x5 @ 100")));
    }

    [Theory]
    [InlineData("kg", WeightUnit.Kg)]
    [InlineData("kgs", WeightUnit.Kg)]
    [InlineData("kilo", WeightUnit.Kg)]
    [InlineData("kilos", WeightUnit.Kg)]
    [InlineData("kilogram", WeightUnit.Kg)]
    [InlineData("kilograms", WeightUnit.Kg)]
    [InlineData("lb", WeightUnit.Lb)]
    [InlineData("lbs", WeightUnit.Lb)]
    [InlineData("pound", WeightUnit.Lb)]
    [InlineData("pounds", WeightUnit.Lb)]
    [InlineData("LBS", WeightUnit.Lb)]
    public void Every_unit_word_is_read(string unit, WeightUnit expected)
    {
        var set = Entry($"deadlift 3x5 225 {unit}").Sets[0];
        Assert.Equal(225m, set.Weight);
        Assert.Equal(expected, set.Unit);
    }

    [Fact]
    public void A_bare_weight_takes_the_default_unit()
    {
        Assert.Equal("5@225lb 5@225lb 5@225lb", Sets(Entry("deadlift 3x5 225", WeightUnit.Lb)));
        Assert.Equal("5@100kg 5@100kg 5@100kg", Sets(Entry("deadlift 3x5 100", WeightUnit.Kg)));
    }

    [Fact]
    public void A_bare_weight_takes_the_unit_written_elsewhere_on_the_line()
    {
        Assert.Equal("5@100lb 5@110lb", Sets(Entry("deadlift 100lb x 5, 110 x 5", WeightUnit.Kg)));
    }

    [Theory]
    [InlineData("deadlift 3x5 102.5kg")]
    [InlineData("deadlift 3x5 102,5kg")]
    [InlineData("deadlift 3x5 102,5 kg")]
    public void Decimal_weights_are_kept_as_written_with_a_point_or_a_comma(string text)
    {
        Assert.Equal("5@102.5kg 5@102.5kg 5@102.5kg", Sets(Entry(text)));
    }

    [Theory]
    [InlineData("romanian deadlift 3x8 60kg", "romanian-deadlift", "Romanian deadlift")]
    [InlineData("rdl 3x8 60kg", "romanian-deadlift", "Romanian deadlift")]
    [InlineData("RDLs 3x8 60kg", "romanian-deadlift", "Romanian deadlift")]
    [InlineData("deadlfit 3x8 60kg", "deadlift", "Deadlift")]
    [InlineData("bench 3x8 60kg", "bench-press", "Bench press")]
    [InlineData("zercher squat 3x8 60kg", "custom:zercher-squat", "zercher squat")]
    [InlineData("Sumo Deadlift 3x8 60kg", "custom:sumo-deadlift", "Sumo Deadlift")]
    [InlineData("landmine press 3x8 60kg", "custom:landmine-press", "landmine press")]
    public void Exercise_names_match_the_catalog_longest_first_or_become_custom(string text, string id, string name)
    {
        var entry = Entry(text);
        Assert.Equal(id, entry.ExerciseId);
        Assert.Equal(name, entry.ExerciseName);
    }

    [Theory]
    [InlineData("deadlift 3x5 100kg\nsquat 3x5 80kg")]
    [InlineData("deadlift 3x5 100kg; squat 3x5 80kg")]
    [InlineData("deadlift 3x5 100kg, squat 3x5 80kg")]
    [InlineData("deadlift 3x5 100kg, then squat 3x5 80kg")]
    [InlineData("deadlift 3x5 100kg. Squat 3x5 80kg")]
    [InlineData("deadlift 3x5 100kg; 3x5 80kg squat")]
    public void Several_exercises_in_one_message_are_separate_entries(string text)
    {
        var entries = Log(text);
        Assert.Equal(2, entries.Count);
        Assert.Equal(("deadlift", "5@100kg 5@100kg 5@100kg"), (entries[0].ExerciseId, Sets(entries[0])));
        Assert.Equal(("squat", "5@80kg 5@80kg 5@80kg"), (entries[1].ExerciseId, Sets(entries[1])));
    }

    [Fact]
    public void Chatter_around_a_log_is_ignored()
    {
        Assert.Equal("deadlift", Entry("deadlift 3x5 100kg, felt good").ExerciseId);
        Assert.Equal("deadlift", Entry("💪 deadlift 3x5 100kg 🔥").ExerciseId);
        Assert.Equal("deadlift", Entry("deadlift 3x5 100kg\nfelt heavy, will add 2.5 next week").ExerciseId);
        Assert.Equal("deadlift", Entry("deadlift 3x5 100kg. Is that good?").ExerciseId);
        Assert.Equal("5@100kg 5@100kg 5@100kg", Sets(Entry("deadlift 3x5 100kg at 10:30")));
    }

    [Theory]
    [InlineData("/log deadlift 3x5 100kg")]
    [InlineData("/log@ChatCoachBot deadlift 3x5 100kg")]
    [InlineData("/LOG deadlift 3x5 100kg")]
    [InlineData("  /log   deadlift 3x5 100kg")]
    public void A_leading_log_command_is_the_same_as_without_it(string text)
    {
        Assert.Equal(NotationJson.Write(Parse("deadlift 3x5 100kg")), NotationJson.Write(Parse(text)));
    }

    [Fact]
    public void A_log_command_with_nothing_to_log_says_so()
    {
        Assert.Contains("For example: /log deadlift 3x5 100kg", Error("/log"));
        Assert.Contains("For example", Error("/log good morning"));
        Assert.Contains("Which exercise", Error("/log 3x5 100kg"));
    }

    [Fact]
    public void Another_command_is_not_a_log()
    {
        Assert.IsType<NoLogNotation>(Parse("/help"));
        Assert.IsType<NoLogNotation>(Parse("/howto deadlift 3x5"));
    }
}
