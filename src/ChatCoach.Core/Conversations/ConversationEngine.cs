using ChatCoach.Core.Chat;
using ChatCoach.Core.Exercises;
using ChatCoach.Core.Users;
using ChatCoach.Core.Workouts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatCoach.Core.Conversations;

/// <summary>
/// The conversation core: reads each inbound message into an intent, dispatches it with one switch, and stores every
/// effect in one transaction together with the record that the message was handled.
/// </summary>
public sealed class ConversationEngine(
    ICoachStore store,
    ExerciseCatalog catalog,
    HowToGuide guide,
    IntentReader reader,
    IOptions<CoachOptions> options,
    TimeProvider clock,
    ILogger<ConversationEngine> logger) : IChatHandler
{
    private readonly UserDefaults _defaults = new(options.Value.Unit, options.Value.DefaultTimeZone);

    public async Task<IReadOnlyList<Reply>> HandleAsync(InboundMessage message, CancellationToken ct)
    {
        var intent = reader.Read(message.Text);
        if (message.Chat.IsGroup && !IsForCoach(message, intent))
        {
            return [];
        }

        try
        {
            await using var session = await store.BeginAsync(ct);
            var user = await session.Users.EnsureAsync(message.Chat.Platform, message.UserId, message.UserName, _defaults, clock.GetUtcNow(), ct);
            if (!await session.Messages.TryRecordAsync(message.Chat, message.DeliveryKey, user.Id, clock.GetUtcNow(), ct))
            {
                // Disposing the session rolls back the user upsert too: a redelivery changes nothing.
                Log.Redelivered(logger, message.MessageId, message.Chat.Platform);
                return [];
            }

            var replies = await DispatchAsync(session, message, user, intent, ct);
            await session.CommitAsync(ct);
            Log.Handled(logger, intent.GetType().Name, user.Id, message.Chat.Platform);
            return [.. replies.Select(r => r.InReplyToMessageId is null ? r with { InReplyToMessageId = message.MessageId } : r)];
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Log.HandlingFailed(logger, e, message.MessageId, message.Chat.Platform);
            return [Replies.Error("Something went wrong on my side and nothing was saved. Please send that again in a moment.", "deadlift 3x5 100kg")];
        }
    }

    public async Task RememberDeliveryAsync(ChatAddress chat, string platformMessageId, Reply reply, CancellationToken ct)
    {
        if (reply.Reference is null)
        {
            return;
        }

        await using var session = await store.BeginAsync(ct);
        await session.Messages.RememberReplyAsync(chat, platformMessageId, reply.Reference, clock.GetUtcNow(), ct);
        await session.CommitAsync(ct);
    }

    private async Task<IReadOnlyList<Reply>> DispatchAsync(ICoachSession session, InboundMessage message, UserProfile user, Intent intent, CancellationToken ct) =>
        intent switch
        {
            HelpIntent h => [Replies.Help(h.IsStart)],
            GreetingIntent => message.Chat.IsGroup ? [] : [Replies.Greeting(user.DisplayName)],
            PainIntent p => [guide.Safety(catalog.FindMention(p.Text))],
            HowToIntent h => [guide.Answer(h.Query, h.Strong) ?? Replies.Fallback()],
            ExercisesIntent => [guide.Catalog()],
            TipsIntent => [guide.Tips()],
            UnitsIntent u => [await SetUnitAsync(session, user, u.Argument, ct)],
            TimeZoneIntent t => [await SetTimeZoneAsync(session, user, t.Argument, ct)],
            UnknownCommandIntent u => [Replies.UnknownCommand(u.Command)],
            NotForCoachIntent => [],
            _ => message.Chat.IsGroup ? [] : [Replies.Fallback()],
        };

    private static async Task<Reply> SetUnitAsync(ICoachSession session, UserProfile user, string argument, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(argument))
        {
            return Replies.Settings($"You log in {user.Unit.Symbol()}. Change it with /units kg or /units lb.");
        }

        if (!WeightUnits.TryParse(argument, out var unit))
        {
            return Replies.Error($"\"{Replies.Shorten(argument)}\" is not a unit I know: use kg or lb.", "/units lb");
        }

        await session.Users.SetUnitAsync(user.Id, unit, ct);
        return Replies.Settings($"Done: bare numbers and comparisons are now in {unit.Symbol()}. Weights you already logged keep the unit you wrote.");
    }

    private static async Task<Reply> SetTimeZoneAsync(ICoachSession session, UserProfile user, string argument, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(argument))
        {
            return Replies.Settings($"Your timezone is {user.TimeZone}. Change it with an IANA name, such as /timezone Europe/Berlin.");
        }

        var name = argument.Trim();
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(name, out var zone))
        {
            return Replies.Error($"\"{Replies.Shorten(name)}\" is not a timezone I know. Use an IANA name.", "/timezone America/New_York");
        }

        await session.Users.SetTimeZoneAsync(user.Id, zone.Id, ct);
        return Replies.Settings($"Done: your training days now follow {zone.Id}.");
    }

    private bool IsForCoach(InboundMessage message, Intent intent) =>
        intent is not NotForCoachIntent
        && (message.AddressesCoach
            || CommandLine.TryParse(message.Text, out _)
            || message.Text.Contains("@" + options.Value.BotName, StringComparison.OrdinalIgnoreCase));
}
