using ChatCoach.Terminal.Replay;

namespace ChatCoach.Terminal.Tests;

public sealed class TranscriptLineTests
{
    [Fact]
    public void A_full_line_has_time_group_user_and_text()
    {
        var line = TranscriptLine.Parse("@2026-11-23T18:00 #gym ana: deadlift 3x5 100kg", 7)!;

        Assert.Equal(new DateTimeOffset(2026, 11, 23, 18, 0, 0, TimeSpan.Zero), line.At);
        Assert.Equal("gym", line.Group);
        Assert.Equal("ana", line.User);
        Assert.Equal("deadlift 3x5 100kg", line.Text);
        Assert.Equal(7, line.Number);
        Assert.Equal(TranscriptAction.Say, line.Action);
    }

    [Fact]
    public void Time_and_group_are_optional()
    {
        var line = TranscriptLine.Parse("bob: how do I do a good morning?", 1)!;

        Assert.Null(line.At);
        Assert.Null(line.Group);
        Assert.Equal("bob", line.User);
        Assert.Equal("how do I do a good morning?", line.Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("// a comment")]
    [InlineData("  // indented comment")]
    public void Blank_lines_and_comments_are_ignored(string text)
    {
        Assert.Null(TranscriptLine.Parse(text, 1));
    }

    [Fact]
    public void A_bare_time_only_moves_the_clock()
    {
        var line = TranscriptLine.Parse("@2026-11-29T18:05", 3)!;

        Assert.Equal(TranscriptAction.ClockOnly, line.Action);
        Assert.Null(line.User);
    }

    [Theory]
    [InlineData("ana: [reply] deadlift 3x5 105kg", TranscriptAction.ReplyToCoach, "deadlift 3x5 105kg")]
    [InlineData("ana: [edit] deadlift 3x5 105kg", TranscriptAction.EditLast, "deadlift 3x5 105kg")]
    public void Reply_and_edit_markers_set_the_action(string text, TranscriptAction action, string message)
    {
        var line = TranscriptLine.Parse(text, 1)!;

        Assert.Equal(action, line.Action);
        Assert.Equal(message, line.Text);
    }

    [Theory]
    [InlineData("this line has no speaker")]
    [InlineData("@2026-13-45T99:00 ana: hi")]
    [InlineData("@yesterday ana: hi")]
    [InlineData("#gym")]
    [InlineData("two words: hi")]
    public void Lines_that_do_not_fit_are_format_errors_that_show_the_format(string text)
    {
        var error = Assert.Throws<FormatException>(() => TranscriptLine.Parse(text, 1));

        Assert.Contains("@2026-11-23T18:00", error.Message, StringComparison.Ordinal);
    }
}
