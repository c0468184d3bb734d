using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using ChatCoach.Core.Chat;
using ChatCoach.Core.Scheduling;

namespace ChatCoach.Terminal.Replay;

/// <summary>
/// Plays a transcript through the core on a simulated clock and writes what the coach says: readable text, or one JSON
/// object per coach message. The same transcript always gives the same output.
/// </summary>
public sealed class TranscriptReplayer(IChatHandler handler, IEnumerable<IDueWork> dueWork, SimulatedClock clock)
{
    /// <summary>Where the clock starts when the first line names no time: a Monday morning, UTC.</summary>
    public static readonly DateTimeOffset DefaultStart = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly Dictionary<string, string> _lastCoachReply = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _lastUserMessage = new(StringComparer.Ordinal);
    private int _replyNumber;

    /// <summary>Plays every line; returns the number of lines skipped for bad format (reported on <paramref name="errors"/>).</summary>
    public async Task<int> ReplayAsync(TextReader input, TextWriter output, TextWriter errors, bool json, CancellationToken ct)
    {
        var skipped = 0;
        var number = 0;
        while (await input.ReadLineAsync(ct) is { } raw)
        {
            number++;
            TranscriptLine? line;
            try
            {
                line = TranscriptLine.Parse(raw, number);
            }
            catch (FormatException e)
            {
                await errors.WriteLineAsync($"line {number}: {e.Message}");
                skipped++;
                continue;
            }

            if (line is null)
            {
                continue;
            }

            if (line.At is { } at && at > clock.GetUtcNow())
            {
                // Moving forward first runs whatever fell due on the way (digests, reminders), at each due time in order.
                await AdvanceAsync(at, output, json, ct);
            }
            else if (line.At is { } earlier)
            {
                clock.Set(earlier);
            }

            if (line.Action == TranscriptAction.ClockOnly)
            {
                continue;
            }

            var message = ToMessage(line);
            if (!json)
            {
                await output.WriteLineAsync($"[{Stamp(clock.GetUtcNow())}] {(line.Group is null ? string.Empty : "#" + line.Group + " ")}{line.User}: {line.Text}");
            }

            var replies = await handler.HandleAsync(message, ct);
            await WriteAsync(output, replies, message, json, ct);

            // Each message takes a second, so messages at one @time keep their order in the log.
            clock.Set(clock.GetUtcNow().AddSeconds(1));
        }

        return skipped;
    }

    private async Task AdvanceAsync(DateTimeOffset target, TextWriter output, bool json, CancellationToken ct)
    {
        while (true)
        {
            DateTimeOffset? next = null;
            foreach (var work in dueWork)
            {
                if (await work.NextDueAsync(clock.GetUtcNow(), ct) is { } due && (next is null || due < next))
                {
                    next = due;
                }
            }

            if (next is null || next > target)
            {
                break;
            }

            clock.Set(next.Value);
            await WriteAsync(output, await RunDueAsync(ct), null, json, ct);
        }

        clock.Set(target);
        await WriteAsync(output, await RunDueAsync(ct), null, json, ct);
    }

    private async Task<IReadOnlyList<Reply>> RunDueAsync(CancellationToken ct)
    {
        var all = new List<Reply>();
        foreach (var work in dueWork)
        {
            all.AddRange(await work.RunDueAsync(clock.GetUtcNow(), ct));
        }

        return all;
    }

    private InboundMessage ToMessage(TranscriptLine line)
    {
        var user = line.User!;
        var chat = line.Group is null
            ? new ChatAddress(ChatPlatform.Terminal, user, IsGroup: false)
            : new ChatAddress(ChatPlatform.Terminal, line.Group, IsGroup: true);
        var chatKey = ChatKey(chat, user);
        var id = line.Number.ToString(CultureInfo.InvariantCulture);
        var message = new InboundMessage(chat, user, user, id, line.Text, clock.GetUtcNow())
        {
            AddressesCoach = !chat.IsGroup || line.Text.Contains("@coach", StringComparison.OrdinalIgnoreCase),
        };

        switch (line.Action)
        {
            case TranscriptAction.ReplyToCoach when _lastCoachReply.TryGetValue(chat.ChatId, out var replyId):
                message = message with { ReplyToMessageId = replyId, ReplyToCoach = true, AddressesCoach = true };
                break;
            case TranscriptAction.EditLast when _lastUserMessage.TryGetValue(chatKey, out var previous):
                message = message with { MessageId = previous, IsEdit = true, EventId = "edit" + id };
                break;
        }

        if (!message.IsEdit)
        {
            _lastUserMessage[chatKey] = message.MessageId;
        }

        return message;
    }

    private async Task WriteAsync(TextWriter output, IReadOnlyList<Reply> replies, InboundMessage? to, bool json, CancellationToken ct)
    {
        foreach (var reply in replies)
        {
            var chat = Where(reply, to);
            var replyId = "r" + (++_replyNumber).ToString(CultureInfo.InvariantCulture);
            _lastCoachReply[chat.ChatId] = replyId;
            await handler.RememberDeliveryAsync(chat, replyId, reply, ct);
            var label = chat.IsGroup ? "#" + chat.ChatId : chat.ChatId;
            if (json)
            {
                await output.WriteLineAsync(ToJson(reply, label));
            }
            else
            {
                var privately = reply.PrivateToUserId is not null && to is { Chat.IsGroup: true } ? $" privately to {label}" : string.Empty;
                await output.WriteLineAsync($"  coach{privately} ({reply.Kind.Name()}):");
                await output.WriteLineAsync(TerminalRenderer.Render(reply, "    "));
                if (reply.Attachment is { } file)
                {
                    await output.WriteLineAsync($"    [file {file.FileName}, {file.ContentType}]");
                }
            }
        }
    }

    /// <summary>A private reply goes to the user's own chat; a scheduled one to its target; else the message's chat.</summary>
    private static ChatAddress Where(Reply reply, InboundMessage? to)
    {
        if (reply.PrivateToUserId is { } user)
        {
            return new ChatAddress(ChatPlatform.Terminal, user, IsGroup: false);
        }

        return reply.To ?? to?.Chat ?? new ChatAddress(ChatPlatform.Terminal, "?", IsGroup: false);
    }

    private string ToJson(Reply reply, string chat)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, JsonOptions))
        {
            w.WriteStartObject();
            w.WriteString("at", Stamp(clock.GetUtcNow()));
            w.WriteString("chat", chat);
            w.WriteString("kind", reply.Kind.Name());
            w.WriteString("text", reply.ToPlainText());
            if (reply.ExerciseId is not null)
            {
                w.WriteString("exercise", reply.ExerciseId);
            }

            if (reply.AboutUser is not null)
            {
                w.WriteString("user", reply.AboutUser);
            }

            if (reply.Actions.Count > 0)
            {
                w.WriteStartArray("actions");
                foreach (var a in reply.Actions)
                {
                    w.WriteStringValue(a.Command);
                }

                w.WriteEndArray();
            }

            if (reply.Attachment is { } file)
            {
                w.WriteString("file", file.FileName);
            }

            foreach (var (key, value) in reply.Data ?? new Dictionary<string, object>())
            {
                w.WritePropertyName(key);
                JsonSerializer.Serialize(w, value);
            }

            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string ChatKey(ChatAddress chat, string user) => chat.ChatId + "/" + user;

    private static string Stamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
}
