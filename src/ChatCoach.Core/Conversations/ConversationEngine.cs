using System.Globalization;
using ChatCoach.Core.Accountability;
using ChatCoach.Core.Chat;
using ChatCoach.Core.Exercises;
using ChatCoach.Core.Progression;
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
    WorkoutLogging logging,
    CoachAdvice coach,
    ProgressReports reports,
    AccountabilityService accountability,
    IOptions<CoachOptions> options,
    TimeProvider clock,
    ILogger<ConversationEngine> logger) : IChatHandler
{
    /// <summary>Reply kinds that concern the sender: in a group they name the member they are about.</summary>
    private static readonly HashSet<ReplyKind> Personal =
    [
        ReplyKind.Safety, ReplyKind.Logged, ReplyKind.Undo, ReplyKind.History, ReplyKind.Records, ReplyKind.Progression,
        ReplyKind.RestWarning, ReplyKind.Caution, ReplyKind.Stats, ReplyKind.Chart, ReplyKind.Export, ReplyKind.Streak, ReplyKind.Settings,
    ];

    /// <summary>
    /// In a group these go to the member privately (adapters fall back to the group where a platform cannot): they show
    /// weights or health details, and workout logs are the member's own.
    /// </summary>
    private static readonly HashSet<ReplyKind> PrivateInGroup =
    [
        ReplyKind.History, ReplyKind.Records, ReplyKind.Stats, ReplyKind.Chart, ReplyKind.Export, ReplyKind.RestWarning,
        ReplyKind.Progression, ReplyKind.Caution, ReplyKind.Safety, ReplyKind.Undo,
    ];

    private readonly UserDefaults _defaults = new(options.Value.Unit, options.Value.DefaultTimeZone);

    public async Task<IReadOnlyList<Reply>> HandleAsync(InboundMessage message, CancellationToken ct)
    {
        try
        {
            await using var session = await store.BeginAsync(ct);
            GroupSettings? group = null;
            if (message.Chat.IsGroup)
            {
                group = await session.Groups.EnsureAsync(accountability.Defaults(message.Chat, message.UserId), clock.GetUtcNow(), ct);
                if (!IsForCoach(message) && !(group.Enabled && group.PlainLogs && LooksLikeSession(message.Text)))
                {
                    // Not for the coach. The commit only keeps the group's row (and so its first speaker).
                    await session.CommitAsync(ct);
                    return [];
                }
            }

            var user = await session.Users.EnsureAsync(message.Chat.Platform, message.UserId, message.UserName, _defaults, clock.GetUtcNow(), ct);
            if (!await session.Messages.TryRecordAsync(message.Chat, message.DeliveryKey, user.Id, clock.GetUtcNow(), ct))
            {
                // Disposing the session rolls back the user upsert too: a redelivery changes nothing.
                Log.Redelivered(logger, message.MessageId, message.Chat.Platform);
                return [];
            }

            var intent = reader.Read(message.Text, new ParseContext(user.Unit, user.LocalDate(message.SentAt)));
            var replies = await DispatchAsync(session, message, user, group, intent, ct);
            await session.CommitAsync(ct);
            Log.Handled(logger, intent.GetType().Name, user.Id, message.Chat.Platform);
            return [.. replies.Select(r => Address(r, message, user, IsPersonal(intent)))];
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

    private async Task<IReadOnlyList<Reply>> DispatchAsync(ICoachSession session, InboundMessage message, UserProfile user, GroupSettings? group, Intent intent, CancellationToken ct)
    {
        var hideWeights = group is not null && (await session.Groups.MemberAsync(group.Chat, user.Id, ct))?.ShareWeights != true;
        // A correction (an edit, or a reply to a log) replaces what the earlier message logged, and only ever the
        // sender's own: the target is looked up by the sender's user id.
        var target = await CorrectionTargetAsync(session, message, user, ct);
        if (target is not null)
        {
            switch (intent)
            {
                case LogSetsIntent log:
                    return WithSafety(await logging.CorrectAsync(session, message, user, target, log.Entries, hideWeights, ct), log);
                case NotationErrorIntent error:
                    return [new ReplyBuilder(ReplyKind.Error).Line(error.Message).Line("Your earlier log is unchanged.").Build()];
                case not NotationErrorIntent when message.IsEdit:
                    return [await logging.RemoveAsync(session, user, target, "Your edited message has no sets in it any more, so I removed:", ct)];
            }
        }
        else if (message.ReplyToMessageId is not null && message.ReplyToCoach && intent is LogSetsIntent
                 && await session.Messages.FindReplyReferenceAsync(message.Chat, message.ReplyToMessageId, ct) is { } reference
                 && reference.StartsWith("log:", StringComparison.Ordinal))
        {
            return [Replies.Error("That log isn't yours, so I can't correct it. Log your own sets as a new message.", "deadlift 3x5 100kg")];
        }

        return intent switch
        {
            HelpIntent h => [Replies.Help(h.IsStart)],
            GreetingIntent => message.Chat.IsGroup ? [] : [Replies.Greeting(user.DisplayName)],
            LogSetsIntent l => await LogAsync(session, message, user, group, l, hideWeights, ct),
            NotationErrorIntent e => [new ReplyBuilder(ReplyKind.Error).Line(e.Message).Build()],
            CarryOverIntent c => await logging.CarryOverAsync(session, message, user, c.Reps, hideWeights, ct) ?? Chatter(message),
            CheckInIntent => [await accountability.CheckInAsync(session, group, message, user, ct)],
            AccountabilityIntent a => group is null ? [GroupOnly("/accountability on")] : [await accountability.SwitchAsync(session, group, message, a.Argument, ct)],
            SettingsIntent s => group is null ? [PersonalSettings(user)] : [await accountability.SettingsAsync(session, group, message, s.Argument, ct)],
            JoinIntent j => group is null ? [GroupOnly("/join 3")] : [await accountability.JoinAsync(session, group, message, user, j.Argument, ct)],
            LeaveIntent => group is null ? [GroupOnly("/leave")] : [await accountability.LeaveAsync(session, group, user, ct)],
            MemberChoiceIntent m => group is null ? [GroupOnly($"/{m.Command} {(m.Command == "goal" ? "3" : "on")}")] : [await accountability.MemberChoiceAsync(session, group, user, m.Command, m.Argument, ct)],
            StreakIntent => [await accountability.StreakAsync(session, group, message, user, ct)],
            BoardIntent => group is null ? [GroupOnly("/board")] : [await accountability.BoardAsync(session, group, message, ct)],
            UndoIntent u => await logging.UndoAsync(session, user, u.LogId, ct),
            HistoryIntent h => [await logging.HistoryAsync(session, user, h.Argument, ct)],
            RecordsIntent r => [await logging.RecordsAsync(session, user, r.Argument, ct)],
            PainIntent p => [await SafetyAsync(session, message, user, catalog.FindMention(p.Text), ct)],
            TodayIntent => [await coach.TodayAsync(session, message, user, ct)],
            NextIntent n => [await coach.NextAsync(session, user, n.Argument, ct)],
            ProgressIntent p => [await reports.ProgressAsync(session, user, p.Argument, ct)],
            StatsIntent s => [await reports.StatsAsync(session, message, user, s.Argument, ct)],
            ExportIntent => [await PersonalData.ExportAsync(session, user, ct)],
            ForgetIntent f => [await PersonalData.ForgetAsync(session, user, f.Argument, ct)],
            HowToIntent h => [guide.Answer(h.Query, h.Strong) ?? Replies.Fallback()],
            ExercisesIntent => [guide.Catalog()],
            TipsIntent => [guide.Tips()],
            UnitsIntent u => [await SetUnitAsync(session, user, u.Argument, ct)],
            TimeZoneIntent t => [await SetTimeZoneAsync(session, user, t.Argument, ct)],
            UnknownCommandIntent u => [Replies.UnknownCommand(u.Command)],
            NotForCoachIntent => message.Chat.IsGroup ? [] : [Replies.Error("That command is addressed to another bot. Send it without the @name to ask me.", "/help")],
            _ => Chatter(message),
        };
    }

    /// <summary>
    /// The log's echo (in an accountability group, with the week's progress and any milestone), a safety reply when it
    /// reports pain, then the coach's judgement on it.
    /// </summary>
    private async Task<IReadOnlyList<Reply>> LogAsync(ICoachSession session, InboundMessage message, UserProfile user, GroupSettings? group, LogSetsIntent log, bool hideWeights, CancellationToken ct)
    {
        var outcome = await logging.LogAsync(session, message, user, log.Entries, hideWeights, ct);
        var logged = outcome.Replies;
        if (group is { Enabled: true } && logged.Count > 0)
        {
            var lines = await accountability.AfterGroupSessionAsync(session, group, message, user, ct);
            var echo = logged[0];
            logged = [echo with { Blocks = [.. echo.Blocks, new ReplyBlock(BlockStyle.Paragraph, lines)] }, .. logged.Skip(1)];
        }

        var advice = await coach.AfterLogAsync(session, message, user, log.Entries, log.MentionsPain, outcome.RecentSessions, ct);
        return [.. WithSafety(logged, log), .. advice];
    }

    private bool LooksLikeSession(string text) =>
        reader.Read(text, new ParseContext(_defaults.Unit, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))) is LogSetsIntent or CheckInIntent;

    /// <summary>Intents whose every reply is about the sender's own data or settings: private in a group.</summary>
    private static bool IsPersonal(Intent intent) =>
        intent is UnitsIntent or TimeZoneIntent or ForgetIntent or ExportIntent or HistoryIntent or RecordsIntent
            or StatsIntent or ProgressIntent or NextIntent or TodayIntent or UndoIntent;

    private static Reply GroupOnly(string example) =>
        Replies.Error("That works in a group chat with accountability on.", example);

    private static Reply PersonalSettings(UserProfile user) =>
        Replies.Settings($"Your settings: unit {user.Unit.Symbol()} (/units kg|lb), timezone {user.TimeZone} (/timezone Europe/Berlin).");

    private async Task<Reply> SafetyAsync(ICoachSession session, InboundMessage message, UserProfile user, Exercise? exercise, CancellationToken ct)
    {
        await coach.NotePainAsync(session, message, user, exercise, ct);
        return guide.Safety(exercise);
    }

    private static IReadOnlyList<Reply> Chatter(InboundMessage message) => message.Chat.IsGroup ? [] : [Replies.Fallback()];

    /// <summary>A log that also reports pain is stored, and the safety reply follows it.</summary>
    private IReadOnlyList<Reply> WithSafety(IReadOnlyList<Reply> replies, LogSetsIntent log) =>
        log.MentionsPain ? [.. replies, guide.Safety(catalog.ById(log.Entries[0].ExerciseId))] : replies;

    private static async Task<StoredLog?> CorrectionTargetAsync(ICoachSession session, InboundMessage message, UserProfile user, CancellationToken ct)
    {
        if (message.IsEdit)
        {
            return await session.Workouts.FindLogBySourceAsync(user.Id, message.Chat, message.MessageId, ct);
        }

        if (message.ReplyToMessageId is not { } repliedTo)
        {
            return null;
        }

        if (message.ReplyToCoach)
        {
            var reference = await session.Messages.FindReplyReferenceAsync(message.Chat, repliedTo, ct);
            return reference is not null && reference.StartsWith("log:", StringComparison.Ordinal)
                && long.TryParse(reference.AsSpan(4), NumberStyles.None, CultureInfo.InvariantCulture, out var logId)
                ? await session.Workouts.FindLogAsync(logId, user.Id, ct)
                : null;
        }

        return await session.Workouts.FindLogBySourceAsync(user.Id, message.Chat, repliedTo, ct);
    }

    private static Reply Address(Reply reply, InboundMessage message, UserProfile user, bool personal)
    {
        var addressed = reply.InReplyToMessageId is null ? reply with { InReplyToMessageId = message.MessageId } : reply;
        if (!message.Chat.IsGroup)
        {
            return addressed;
        }

        if (addressed.AboutUser is null && Personal.Contains(reply.Kind))
        {
            addressed = addressed with { AboutUser = user.DisplayName };
        }

        if (!personal && !PrivateInGroup.Contains(reply.Kind))
        {
            return addressed;
        }

        // A rest warning or a safety note may fall back to the group; anything showing the member's data may not.
        return addressed with
        {
            PrivateToUserId = message.UserId,
            PrivateFallback = reply.Kind is ReplyKind.RestWarning or ReplyKind.Safety ? null : Replies.PrivateOnly(user.DisplayName) with { InReplyToMessageId = addressed.InReplyToMessageId },
        };
    }

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

    private bool IsForCoach(InboundMessage message)
    {
        if (CommandLine.TryParse(message.Text, out var command))
        {
            return command.BotName is null || command.BotName.Equals(options.Value.BotName, StringComparison.OrdinalIgnoreCase);
        }

        return message.AddressesCoach || message.Text.Contains("@" + options.Value.BotName, StringComparison.OrdinalIgnoreCase);
    }
}
