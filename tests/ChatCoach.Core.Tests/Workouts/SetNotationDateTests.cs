using static ChatCoach.Core.Tests.Workouts.NotationCatalog;

namespace ChatCoach.Core.Tests.Workouts;

public sealed class SetNotationDateTests
{
    [Theory]
    [InlineData("yesterday deadlift 3x5 100kg")]
    [InlineData("yesterday: deadlift 3x5 100kg")]
    [InlineData("Yesterday:\ndeadlift 3x5 100kg")]
    [InlineData("deadlift 3x5 100kg yesterday")]
    [InlineData("/log yesterday: deadlift 3x5 100kg")]
    public void Yesterday_at_the_start_or_the_end_dates_the_log(string text)
    {
        Assert.Equal(new DateOnly(2026, 11, 24), Entry(text).Date);
    }

    [Fact]
    public void Yesterday_on_new_years_day_is_the_last_day_of_the_old_year()
    {
        Assert.Equal(new DateOnly(2026, 12, 31), Entry("yesterday deadlift 3x5 100kg", today: new DateOnly(2027, 1, 1)).Date);
    }

    [Fact]
    public void Yesterday_on_the_first_of_march_is_the_end_of_february()
    {
        Assert.Equal(new DateOnly(2026, 2, 28), Entry("deadlift 3x5 100kg yesterday", today: new DateOnly(2026, 3, 1)).Date);
        Assert.Equal(new DateOnly(2028, 2, 29), Entry("deadlift 3x5 100kg yesterday", today: new DateOnly(2028, 3, 1)).Date);
    }

    [Fact]
    public void Today_names_today()
    {
        Assert.Equal(Today, Entry("today: deadlift 3x5 100kg").Date);
    }

    [Fact]
    public void A_message_that_names_no_day_has_no_date()
    {
        Assert.Null(Entry("deadlift 3x5 100kg").Date);
    }

    [Theory]
    [InlineData("monday deadlift 3x5 100kg", 2026, 11, 23)]
    [InlineData("deadlift 3x5 100kg on tuesday", 2026, 11, 24)]
    [InlineData("deadlift 3x5 100kg wednesday", 2026, 11, 25)]
    [InlineData("thursday: deadlift 3x5 100kg", 2026, 11, 19)]
    [InlineData("deadlift 3x5 100kg sunday", 2026, 11, 22)]
    [InlineData("deadlift 3x5 100kg fri", 2026, 11, 20)]
    [InlineData("deadlift 3x5 100kg last wednesday", 2026, 11, 18)]
    [InlineData("deadlift 3x5 100kg 2 days ago", 2026, 11, 23)]
    public void A_weekday_is_the_latest_such_day_on_or_before_today(string text, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), Entry(text).Date);
    }

    [Fact]
    public void Monday_on_a_monday_is_today()
    {
        var monday = new DateOnly(2026, 11, 23);
        Assert.Equal(monday, Entry("monday: deadlift 3x5 100kg", today: monday).Date);
    }

    [Fact]
    public void A_weekday_reaches_back_across_a_month_and_a_year_end()
    {
        Assert.Equal(new DateOnly(2026, 11, 29), Entry("sunday deadlift 3x5 100kg", today: new DateOnly(2026, 12, 1)).Date);
        Assert.Equal(new DateOnly(2026, 12, 28), Entry("monday deadlift 3x5 100kg", today: new DateOnly(2027, 1, 2)).Date);
    }

    [Theory]
    [InlineData("2026-11-20 deadlift 3x5 100kg")]
    [InlineData("2026-11-20: deadlift 3x5 100kg")]
    [InlineData("deadlift 3x5 100kg 2026-11-20")]
    [InlineData("deadlift 3x5 100kg on 2026-11-20")]
    public void An_iso_date_names_that_day(string text)
    {
        Assert.Equal(new DateOnly(2026, 11, 20), Entry(text).Date);
    }

    [Fact]
    public void A_leading_day_dates_every_exercise_of_the_message()
    {
        var entries = Log("Yesterday:\ndeadlift 3x5 100kg\nsquat 3x5 80kg");
        Assert.All(entries, e => Assert.Equal(new DateOnly(2026, 11, 24), e.Date));
        Assert.All(Log("deadlift 3x5 100kg, squat 3x5 80kg yesterday"), e => Assert.Equal(new DateOnly(2026, 11, 24), e.Date));
    }

    [Fact]
    public void A_future_or_impossible_date_is_an_error()
    {
        Assert.Contains("in the future", Error("deadlift 3x5 100kg 2026-12-01"));
        Assert.Contains("is not a date", Error("deadlift 3x5 100kg 2026-02-30"));
        Assert.Contains("two different days", Error("deadlift 3x5 100kg yesterday 2026-11-20"));
    }
}
