using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using ChatCoach.Core.Chat;

namespace ChatCoach.Host.Tests;

public sealed class ProgressReportsTests
{
    /// <summary>
    /// Ana's small log around a week and a month boundary. Wednesday 11 November: the week started on Monday the 9th
    /// (two sessions, nine sets), the month on the 1st (three sessions, twelve sets); 30 October is in neither.
    /// Bob trains in between and counts for neither of ana's periods.
    /// </summary>
    private static async Task<TestChat> AnasLogAsync()
    {
        var chat = await TestChat.StartAsync(at: "2026-10-30T18:00");
        await chat.Send("ana", "deadlift 3x5 95kg");
        At(chat, "2026-11-05T18:00");
        await chat.Send("ana", "deadlift 3x5 100kg");
        At(chat, "2026-11-09T18:00");
        await chat.Send("ana", "deadlift 3x5 105kg, hollow hold 3x30s");
        At(chat, "2026-11-10T18:00");
        await chat.Send("bob", "squat 5x5 80kg");
        At(chat, "2026-11-11T18:00");
        await chat.Send("ana", "good mornings 3x10 40kg");
        return chat;
    }

    private static void At(TestChat chat, string at) => chat.Clock.SetUtcNow(DateTimeOffset.Parse(at + "Z", CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("/stats")]
    [InlineData("/stats week")]
    public async Task Stats_for_the_week_count_the_sessions_and_sets_since_monday(string command)
    {
        await using var chat = await AnasLogAsync();

        var stats = Assert.Single(await chat.Send("ana", command));

        Assert.Equal(ReplyKind.Stats, stats.Kind);
        Assert.Equal("Your week so far (since Mon 9 Nov)", stats.Title);
        var text = stats.ToPlainText();
        Assert.Contains("\n2 sessions, 9 sets.\n", text, StringComparison.Ordinal);
        Assert.Contains("• Core: 3 sets, 1:30 min of holds", text, StringComparison.Ordinal);
        Assert.Contains("• Lower back: 6 sets, 2775 kg lifted (weight × reps)", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stats_for_the_month_count_the_sessions_and_sets_since_the_first()
    {
        await using var chat = await AnasLogAsync();

        var stats = Assert.Single(await chat.Send("ana", "/stats month"));

        Assert.Equal(ReplyKind.Stats, stats.Kind);
        Assert.Equal("Your November so far", stats.Title);
        var text = stats.ToPlainText();
        Assert.Contains("\n3 sessions, 12 sets.\n", text, StringComparison.Ordinal);
        Assert.Contains("• Lower back: 9 sets, 4275 kg lifted (weight × reps)", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stats_for_a_period_with_nothing_logged_say_so()
    {
        await using var chat = await AnasLogAsync();

        var stats = Assert.Single(await chat.Send("cat", "/stats month"));

        Assert.Equal("Your November so far\nNothing logged yet in this period. Log a set like: deadlift 3x5 100kg", stats.ToPlainText());
    }

    [Fact]
    public async Task Progress_for_an_exercise_is_a_chart_as_a_900_by_540_png()
    {
        await using var chat = await AnasLogAsync();

        var reply = Assert.Single(await chat.Send("ana", "/progress deadlift"));

        Assert.Equal(ReplyKind.Chart, reply.Kind);
        Assert.Equal("deadlift", reply.ExerciseId);
        Assert.Equal("Deadlift progress\n3 deadlift sessions from Fri 30 Oct to Mon 9 Nov.", reply.ToPlainText());
        var attachment = reply.Attachment!;
        Assert.Equal("deadlift-progress.png", attachment.FileName);
        Assert.Equal("image/png", attachment.ContentType);
        var png = attachment.Content.Span;

        // The PNG signature, then the IHDR chunk: width and height as big-endian integers at bytes 16 and 20.
        Assert.True(png[..8].SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }), "not a PNG signature");
        Assert.Equal("IHDR", Encoding.ASCII.GetString(png.Slice(12, 4)));
        Assert.Equal(900, BinaryPrimitives.ReadInt32BigEndian(png.Slice(16, 4)));
        Assert.Equal(540, BinaryPrimitives.ReadInt32BigEndian(png.Slice(20, 4)));
    }
}
