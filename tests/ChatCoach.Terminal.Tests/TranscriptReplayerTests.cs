using ChatCoach.Core.Chat;
using ChatCoach.Core.Scheduling;
using ChatCoach.Terminal.Replay;

namespace ChatCoach.Terminal.Tests;

public sealed class TranscriptReplayerTests
{
    [Fact]
    public async Task Each_line_reaches_the_core_as_a_new_message_at_the_transcript_time()
    {
        var core = new EchoCore();
        var (output, _) = await ReplayAsync(core, """
            @2026-11-23T18:00 ana: hello
            ana: again
            #gym bob: hi @coach
            """);

        Assert.Equal(3, core.Received.Count);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 18, 0, 0, TimeSpan.Zero), core.Received[0].SentAt);
        Assert.NotEqual(core.Received[0].MessageId, core.Received[1].MessageId);
        Assert.False(core.Received[0].Chat.IsGroup);
        Assert.True(core.Received[2].Chat.IsGroup);
        Assert.True(core.Received[2].AddressesCoach);
        Assert.Contains("""{"at":"2026-11-23T18:00","chat":"ana","kind":"help","text":"echo: hello"}""", output, StringComparison.Ordinal);
        Assert.Contains("\"chat\":\"#gym\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_line_is_reported_with_its_number_and_skipped()
    {
        var core = new EchoCore();
        var (output, errors) = await ReplayAsync(core, "ana: one\nnot a line\nana: two");

        Assert.StartsWith("line 2:", errors, StringComparison.Ordinal);
        Assert.Equal(2, core.Received.Count);
        Assert.Equal(2, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task A_reply_line_points_at_the_coach_last_message_and_an_edit_at_the_user_last_message()
    {
        var core = new EchoCore();
        await ReplayAsync(core, """
            ana: deadlift 3x5 100kg
            ana: [reply] deadlift 3x5 105kg
            ana: [edit] deadlift 3x5 110kg
            """);

        Assert.Equal("r1", core.Received[1].ReplyToMessageId);
        Assert.True(core.Received[1].ReplyToCoach);
        Assert.True(core.Received[2].IsEdit);
        Assert.Equal(core.Received[1].MessageId, core.Received[2].MessageId);
        Assert.NotEqual(core.Received[1].DeliveryKey, core.Received[2].DeliveryKey);
        Assert.Contains(core.Remembered, r => r.MessageId == "r1");
    }

    [Fact]
    public async Task Moving_the_clock_forward_runs_due_work_first()
    {
        var core = new EchoCore();
        var work = new RecordingWork();
        await ReplayAsync(core, """
            @2026-11-23T18:00 ana: hi
            @2026-11-25T09:00
            @2026-11-26T09:00 ana: hi
            """, work);

        Assert.Equal(
            [new DateTimeOffset(2026, 11, 23, 18, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero)],
            work.Runs);
    }

    [Fact]
    public async Task The_same_transcript_gives_the_same_output()
    {
        const string transcript = "@2026-11-23T18:00 ana: one\nbob: two\n#g ana: three @coach";

        var (first, _) = await ReplayAsync(new EchoCore(), transcript);
        var (second, _) = await ReplayAsync(new EchoCore(), transcript);

        Assert.Equal(first, second);
    }

    private static async Task<(string Output, string Errors)> ReplayAsync(EchoCore core, string transcript, IDueWork? work = null)
    {
        var replayer = new TranscriptReplayer(core, work is null ? [] : [work], new SimulatedClock(TranscriptReplayer.DefaultStart));
        using var output = new StringWriter();
        using var errors = new StringWriter();
        await replayer.ReplayAsync(new StringReader(transcript), output, errors, json: true, CancellationToken.None);
        return (output.ToString(), errors.ToString());
    }

    private sealed class EchoCore : IChatHandler
    {
        public List<InboundMessage> Received { get; } = [];

        public List<(ChatAddress Chat, string MessageId)> Remembered { get; } = [];

        public Task<IReadOnlyList<Reply>> HandleAsync(InboundMessage message, CancellationToken ct)
        {
            Received.Add(message);
            IReadOnlyList<Reply> replies = [new ReplyBuilder(ReplyKind.Help).Line("echo: " + message.Text).Build() with { Reference = "ref" }];
            return Task.FromResult(replies);
        }

        public Task RememberDeliveryAsync(ChatAddress chat, string platformMessageId, Reply reply, CancellationToken ct)
        {
            Remembered.Add((chat, platformMessageId));
            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task A_jump_over_several_due_times_runs_the_work_at_each_of_them_in_order()
    {
        var core = new EchoCore();
        var work = new RecordingWork { Every = TimeSpan.FromDays(7), First = new DateTimeOffset(2026, 11, 29, 18, 0, 0, TimeSpan.Zero) };
        await ReplayAsync(core, """
            @2026-11-23T18:00 ana: hi
            @2026-12-14T09:00 ana: hi
            """, work);

        Assert.Equal(
            [
                new DateTimeOffset(2026, 11, 29, 18, 0, 0, TimeSpan.Zero),
                new DateTimeOffset(2026, 12, 6, 18, 0, 0, TimeSpan.Zero),
                new DateTimeOffset(2026, 12, 13, 18, 0, 0, TimeSpan.Zero),
                new DateTimeOffset(2026, 12, 14, 9, 0, 0, TimeSpan.Zero),
            ],
            work.Runs.Skip(1));
    }

    private sealed class RecordingWork : IDueWork
    {
        public List<DateTimeOffset> Runs { get; } = [];

        public DateTimeOffset? First { get; init; }

        public TimeSpan Every { get; init; }

        public Task<DateTimeOffset?> NextDueAsync(DateTimeOffset after, CancellationToken ct)
        {
            if (First is not { } first)
            {
                return Task.FromResult<DateTimeOffset?>(null);
            }

            var next = first;
            while (next <= after)
            {
                next += Every;
            }

            return Task.FromResult<DateTimeOffset?>(next);
        }

        public Task<IReadOnlyList<Reply>> RunDueAsync(DateTimeOffset now, CancellationToken ct)
        {
            Runs.Add(now);
            return Task.FromResult<IReadOnlyList<Reply>>([]);
        }
    }
}
