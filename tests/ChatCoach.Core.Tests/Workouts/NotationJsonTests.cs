using ChatCoach.Core.Workouts;
using static ChatCoach.Core.Tests.Workouts.NotationCatalog;

namespace ChatCoach.Core.Tests.Workouts;

public sealed class NotationJsonTests
{
    [Fact]
    public void A_dated_log_writes_the_exercise_the_date_and_one_object_per_set()
    {
        Assert.Equal(
            """{"kind":"log","entries":[{"exercise":"deadlift","date":"2026-11-24","sets":[{"reps":5,"weight":100,"unit":"kg"},{"reps":5,"weight":100,"unit":"kg"},{"reps":5,"weight":100,"unit":"kg"}]}]}""",
            NotationJson.Write(Parse("yesterday deadlift 3x5 100kg")));
    }

    [Fact]
    public void Weights_are_written_as_written_and_rpe_only_where_given()
    {
        Assert.Equal(
            """{"kind":"log","entries":[{"exercise":"deadlift","sets":[{"reps":5,"weight":100,"unit":"kg"},{"reps":5,"weight":102.5,"unit":"kg"},{"reps":3,"weight":120,"unit":"kg","rpe":8}]}]}""",
            NotationJson.Write(Parse("DL 100.0x5, 102.5x5, 120x3 @8")));
    }

    [Fact]
    public void A_bodyweight_set_has_no_weight_and_no_unit()
    {
        Assert.Equal(
            """{"kind":"log","entries":[{"exercise":"pull-up","sets":[{"reps":8},{"reps":8}]}]}""",
            NotationJson.Write(Parse("pull ups 2x8")));
    }

    [Fact]
    public void A_timed_set_writes_seconds()
    {
        Assert.Equal(
            """{"kind":"log","entries":[{"exercise":"plank","sets":[{"seconds":90}]}]}""",
            NotationJson.Write(Parse("plank 1:30")));
    }

    [Fact]
    public void Pounds_are_written_as_lb()
    {
        Assert.Equal(
            """{"kind":"log","entries":[{"exercise":"squat","sets":[{"reps":5,"weight":225,"unit":"lb","rpe":8.5}]}]}""",
            NotationJson.Write(Parse("squat 225 lbs x 5 rpe 8.5")));
    }

    [Fact]
    public void A_custom_exercise_and_a_second_exercise_are_separate_entries()
    {
        Assert.Equal(
            """{"kind":"log","entries":[{"exercise":"custom:zercher-squat","sets":[{"reps":5,"weight":60,"unit":"kg"}]},{"exercise":"hollow-hold","sets":[{"seconds":30},{"seconds":30}]}]}""",
            NotationJson.Write(Parse("zercher squat 1x5 60kg\nhollow hold 2x30s")));
    }

    [Fact]
    public void Chatter_is_kind_none()
    {
        Assert.Equal("""{"kind":"none"}""", NotationJson.Write(Parse("good morning everyone")));
    }

    [Fact]
    public void An_error_carries_its_message()
    {
        Assert.Equal(
            """{"kind":"error","message":"I see no reps or time in that: write sets x reps and the weight. For example: deadlift 3x5 100kg"}""",
            NotationJson.Write(Parse("deadlift 100kg")));
    }

    [Fact]
    public void Quotes_backslashes_and_control_characters_in_a_message_are_escaped()
    {
        Assert.Equal(
            """{"kind":"error","message":"a \"b\" \\ c\nd\u0001"}""",
            NotationJson.Write(new NotationError("a \"b\" \\ c\nd\u0001")));
    }
}
