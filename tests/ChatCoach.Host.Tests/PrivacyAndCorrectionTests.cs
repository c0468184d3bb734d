using ChatCoach.Core.Chat;

namespace ChatCoach.Host.Tests;

public sealed class PrivacyAndCorrectionTests
{
    [Fact]
    public async Task In_a_group_a_reply_with_the_members_data_goes_privately_and_never_falls_back_into_the_group()
    {
        await using var chat = await TestChat.StartAsync(at: "2026-11-23T18:00");
        await chat.SendInGroup("gym", "ana", "/log deadlift 3x5 100kg");

        var export = Assert.Single(await chat.SendInGroup("gym", "ana", "/export"));
        var history = Assert.Single(await chat.SendInGroup("gym", "ana", "/history"));

        foreach (var reply in new[] { export, history })
        {
            Assert.Equal("ana", reply.PrivateToUserId);
            Assert.NotNull(reply.PrivateFallback);
            Assert.Null(reply.PrivateFallback!.Attachment);
            Assert.DoesNotContain("100", reply.PrivateFallback.ToPlainText(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_rest_warning_may_fall_back_into_the_group_where_the_member_cannot_be_reached()
    {
        await using var chat = await TestChat.StartAsync(at: "2026-11-23T18:00");
        await chat.SendInGroup("gym", "ana", "/log deadlift 3x5 100kg");
        chat.Clock.Advance(TimeSpan.FromDays(1));

        var replies = await chat.SendInGroup("gym", "ana", "/log good mornings 3x10 40kg");

        var warning = Assert.Single(replies, r => r.Kind == ReplyKind.RestWarning);
        Assert.Equal("ana", warning.PrivateToUserId);
        Assert.Null(warning.PrivateFallback);
    }

    [Fact]
    public async Task An_edit_after_midnight_keeps_the_log_on_the_evening_it_was_done()
    {
        await using var chat = await TestChat.StartAsync(at: "2026-11-23T23:30");
        var original = chat.Message("ana", "deadlift 3x5 100kg");
        await chat.Send(original);
        chat.Clock.Advance(TimeSpan.FromHours(1));

        var corrected = await chat.Send(original with { Text = "deadlift 3x5 105kg", IsEdit = true, EventId = "edit-1", SentAt = chat.Clock.GetUtcNow() });
        var history = Assert.Single(await chat.Send("ana", "/history"));

        Assert.StartsWith("Corrected for Mon 23 Nov:", Assert.Single(corrected, r => r.Kind == ReplyKind.Logged).ToPlainText(), StringComparison.Ordinal);
        Assert.Contains("Mon 23 Nov:\n• Deadlift: 3×5 @ 105 kg", history.ToPlainText(), StringComparison.Ordinal);
        Assert.DoesNotContain("Tue 24 Nov", history.ToPlainText(), StringComparison.Ordinal);
    }
}
