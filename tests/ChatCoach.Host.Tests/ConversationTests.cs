using ChatCoach.Core.Chat;

namespace ChatCoach.Host.Tests;

public sealed class ConversationTests
{
    [Fact]
    public async Task A_redelivered_message_is_not_answered_again()
    {
        await using var chat = await TestChat.StartAsync();
        var message = chat.Message("ana", "/howto deadlift");

        var first = await chat.Send(message);
        var redelivered = await chat.Send(message);

        Assert.Single(first, r => r.Kind == ReplyKind.HowTo);
        Assert.Empty(redelivered);
    }

    [Fact]
    public async Task A_redelivered_unit_change_changes_nothing_the_second_time()
    {
        await using var chat = await TestChat.StartAsync();
        var toLb = chat.Message("ana", "/units lb");
        await chat.Send(toLb);
        await chat.Send("ana", "/units kg");

        var redelivered = await chat.Send(toLb);
        var now = await chat.Send("ana", "/units");

        Assert.Empty(redelivered);
        Assert.Contains("kg", now[0].ToPlainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_a_group_the_coach_stays_quiet_unless_addressed()
    {
        await using var chat = await TestChat.StartAsync();

        var chatter = await chat.SendInGroup("gym", "ana", "what a session that was");
        var howTo = await chat.SendInGroup("gym", "ana", "how do I do a deadlift?");
        var addressed = await chat.SendInGroup("gym", "ana", "how do I do a deadlift?", addressed: true);
        var command = await chat.SendInGroup("gym", "ana", "/howto hollow hold");

        Assert.Empty(chatter);
        Assert.Empty(howTo);
        Assert.Equal("deadlift", Assert.Single(addressed).ExerciseId);
        Assert.Equal("hollow-hold", Assert.Single(command).ExerciseId);
    }

    [Fact]
    public async Task Every_private_message_gets_an_answer_however_odd()
    {
        await using var chat = await TestChat.StartAsync();
        string[] odd = ["", "🏋️‍♀️💪", "مرحبا", "\u0000\u0007\u001b[2J", new string('9', 100_000), "'; DROP TABLE users; --", "/", "/ howto"];

        foreach (var text in odd)
        {
            var replies = await chat.Send("ana", text);
            Assert.NotEmpty(replies);
        }
    }

    [Fact]
    public async Task A_bad_timezone_is_refused_with_an_example_and_the_old_one_kept()
    {
        await using var chat = await TestChat.StartAsync();

        var refused = await chat.Send("ana", "/timezone Mars/Olympus");
        var kept = await chat.Send("ana", "/timezone");

        Assert.Equal(ReplyKind.Error, refused[0].Kind);
        Assert.Contains("/timezone America/New_York", refused[0].ToPlainText(), StringComparison.Ordinal);
        Assert.Contains("UTC", kept[0].ToPlainText(), StringComparison.Ordinal);
    }
}
