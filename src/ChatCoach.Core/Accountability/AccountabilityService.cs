using System.Globalization;
using ChatCoach.Core.Chat;
using ChatCoach.Core.Conversations;
using ChatCoach.Core.Users;
using Microsoft.Extensions.Options;

namespace ChatCoach.Core.Accountability;

/// <summary>
/// Group accountability: settings (admin-only), membership and goals, check-ins, streaks and the board, and the lines
/// a group log gets (week progress, milestones). Sessions count wherever a member logs them.
/// </summary>
public sealed class AccountabilityService(IOptions<AccountabilityOptions> options, IOptions<CoachOptions> coach)
{
    /// <summary>A gap this long before a session makes it a comeback worth a welcome.</summary>
    public const int ComebackDays = 14;

    private const int MaxGoal = 14;

    public GroupSettings Defaults(ChatAddress chat, string firstSpeaker) => new(
        chat,
        Enabled: false,
        coach.Value.DefaultTimeZone,
        options.Value.DigestDay,
        options.Value.DigestTime,
        options.Value.ReminderDay,
        options.Value.ReminderTime,
        PlainLogs: true,
        AdminPlatformUserId: firstSpeaker,
        EnabledAt: null);

    /// <summary>
    /// Group settings are admin-only. Telegram and Discord say who administers a chat; the terminal has no such notion,
    /// so there the group's first speaker is its admin.
    /// </summary>
    public static bool IsAdmin(GroupSettings group, InboundMessage message) =>
        message.SenderIsAdmin || (message.Chat.Platform == ChatPlatform.Terminal && group.AdminPlatformUserId == message.UserId);

    public async Task<Reply> SwitchAsync(ICoachSession session, GroupSettings group, InboundMessage message, string argument, CancellationToken ct)
    {
        var value = argument.Trim().ToLowerInvariant();
        if (value is not ("on" or "off"))
        {
            return Replies.Error($"Accountability is {(group.Enabled ? "on" : "off")} here. Say on or off after the command.", "/accountability on");
        }

        if (!IsAdmin(group, message))
        {
            return AdminOnly("/accountability");
        }

        var on = value == "on";
        await session.Groups.UpdateAsync(group with { Enabled = on, EnabledAt = on ? group.EnabledAt ?? message.SentAt : group.EnabledAt }, ct);
        return on
            ? new ReplyBuilder(ReplyKind.Settings)
                .Title("Accountability is on")
                .Line($"Join with /join and a weekly goal, such as /join 3 for three sessions a week. Sessions count wherever you log them, and rest days never break a streak.")
                .Line($"Digest: {Slot(group.DigestDay, group.DigestTime)}. Reminder for those who ask (/remind on): {Slot(group.ReminderDay, group.ReminderTime)}. Times are {group.TimeZone}.")
                .Line("The group sees sessions, goals, streaks and records; weights stay private unless you choose /share on.")
                .Build()
            : Replies.Settings("Accountability is off: no more digests, reminders or boards here. Members and streaks are kept if you turn it on again.");
    }

    /// <summary><c>/settings</c> in a group: show, or (admins) change timezone, digest, reminder and plain-message logging.</summary>
    public async Task<Reply> SettingsAsync(ICoachSession session, GroupSettings group, InboundMessage message, string argument, CancellationToken ct)
    {
        var parts = argument.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0)
        {
            return new ReplyBuilder(ReplyKind.Settings)
                .Title("Group settings")
                .Bullets([
                    $"accountability: {(group.Enabled ? "on" : "off")}",
                    $"timezone: {group.TimeZone}",
                    $"digest: {Slot(group.DigestDay, group.DigestTime)}",
                    $"reminder: {Slot(group.ReminderDay, group.ReminderTime)}",
                    $"plain messages log: {(group.PlainLogs ? "on" : "off")}",
                ])
                .Line("Admins change them like this: /settings timezone Europe/Berlin, /settings digest sunday 18:00, /settings reminder wednesday 18:00, /settings plainlogs off")
                .Build();
        }

        if (!IsAdmin(group, message))
        {
            return AdminOnly("/settings");
        }

        GroupSettings? changed = parts[0].ToLowerInvariant() switch
        {
            "timezone" or "tz" when parts.Length == 2 && TimeZoneInfo.TryFindSystemTimeZoneById(parts[1], out var zone) => group with { TimeZone = zone.Id },
            "digest" when parts.Length == 3 && TryDay(parts[1], out var day) && TryTime(parts[2], out var time) => group with { DigestDay = day, DigestTime = time },
            "reminder" when parts.Length == 3 && TryDay(parts[1], out var day) && TryTime(parts[2], out var time) => group with { ReminderDay = day, ReminderTime = time },
            "plainlogs" when parts.Length == 2 && parts[1].ToLowerInvariant() is "on" or "off" => group with { PlainLogs = parts[1].Equals("on", StringComparison.OrdinalIgnoreCase) },
            _ => null,
        };
        if (changed is null)
        {
            return Replies.Error($"I couldn't read \"{Replies.Shorten(argument)}\" as a setting.", "/settings digest sunday 18:00");
        }

        await session.Groups.UpdateAsync(changed, ct);
        return Replies.Settings($"Done: {parts[0].ToLowerInvariant()} is now {string.Join(' ', parts.Skip(1))}.");
    }

    public async Task<Reply> JoinAsync(ICoachSession session, GroupSettings group, InboundMessage message, UserProfile user, string argument, CancellationToken ct)
    {
        if (!group.Enabled)
        {
            return NotEnabled();
        }

        var goal = options.Value.DefaultWeeklyGoal;
        if (!string.IsNullOrWhiteSpace(argument) && !TryGoal(argument, out goal))
        {
            return GoalError(argument);
        }

        var existing = await session.Groups.MemberAsync(group.Chat, user.Id, ct);
        var member = existing is null
            ? new GroupMember(user.Id, user.DisplayName, message.UserId, goal, ShareWeights: false, Remind: false, message.SentAt, null, false)
            : existing with { WeeklyGoal = string.IsNullOrWhiteSpace(argument) ? existing.WeeklyGoal : goal };
        await session.Groups.SaveMemberAsync(group.Chat, member, ct);
        return existing is null
            ? Replies.Settings($"Welcome, {user.DisplayName}! Your goal: {member.WeeklyGoal} sessions a week. Log as usual (here or in private), or send + after a session without sets. /remind on for a midweek nudge, /share on to show your weights.")
            : Replies.Settings($"You're already in, {user.DisplayName}. Your goal: {member.WeeklyGoal} sessions a week.");
    }

    public async Task<Reply> LeaveAsync(ICoachSession session, GroupSettings group, UserProfile user, CancellationToken ct) =>
        await session.Groups.RemoveMemberAsync(group.Chat, user.Id, ct)
            ? Replies.Settings($"You've left the group's accountability, {user.DisplayName}. Your own log stays yours; /join brings you back.")
            : Replies.Error("You aren't a member here.", "/join 3");

    /// <summary>/goal, /share and /remind: a member's own choices.</summary>
    public async Task<Reply> MemberChoiceAsync(ICoachSession session, GroupSettings group, UserProfile user, string command, string argument, CancellationToken ct)
    {
        if (!group.Enabled)
        {
            return NotEnabled();
        }

        var member = await session.Groups.MemberAsync(group.Chat, user.Id, ct);
        if (member is null)
        {
            return Replies.Error("Join first, with a weekly goal.", "/join 3");
        }

        var onOff = argument.Trim().ToLowerInvariant();
        switch (command)
        {
            case "goal":
                if (!TryGoal(argument, out var goal))
                {
                    return GoalError(argument);
                }

                await session.Groups.SaveMemberAsync(group.Chat, member with { WeeklyGoal = goal }, ct);
                return Replies.Settings($"Your goal is now {goal} sessions a week. Streaks count weeks where you meet it.");
            case "share" when onOff is "on" or "off":
                await session.Groups.SaveMemberAsync(group.Chat, member with { ShareWeights = onOff == "on" }, ct);
                return Replies.Settings(onOff == "on" ? "The group will see your weights in your logs here." : "Your weights stay private: the group sees sessions, goals, streaks and records only.");
            case "remind" when onOff is "on" or "off":
                await session.Groups.SaveMemberAsync(group.Chat, member with { Remind = onOff == "on" }, ct);
                return Replies.Settings(onOff == "on" ? "I'll nudge you midweek if you're behind your goal, at most once a week." : "No more reminders for you.");
            default:
                return Replies.Error($"Say on or off after /{command}.", $"/{command} on");
        }
    }

    public async Task<Reply> CheckInAsync(ICoachSession session, GroupSettings? group, InboundMessage message, UserProfile user, CancellationToken ct)
    {
        var day = user.LocalDate(message.SentAt);
        var counted = await session.Groups.AddCheckInAsync(user.Id, day, message.SentAt, ct);
        var b = new ReplyBuilder(ReplyKind.Logged).Line(counted
            ? $"Checked in: a session for {Workouts.WorkoutFormat.Day(day)}, without sets."
            : $"Already counted: {Workouts.WorkoutFormat.Day(day)} is a training day for you.");
        if (group is { Enabled: true })
        {
            b.Lines(await AfterGroupSessionAsync(session, group, message, user, ct));
        }

        return b.Build();
    }

    /// <summary>Lines a session in the group earns: the week's progress, and any milestone it reached.</summary>
    public async Task<IReadOnlyList<string>> AfterGroupSessionAsync(ICoachSession session, GroupSettings group, InboundMessage message, UserProfile user, CancellationToken ct)
    {
        var member = await session.Groups.MemberAsync(group.Chat, user.Id, ct);
        if (member is null)
        {
            return ["Join this group's accountability with /join 3 to count your sessions here."];
        }

        var today = user.LocalDate(message.SentAt);
        var days = (await session.Groups.TrainingDaysAsync([user.Id], DateOnly.MinValue, today, ct)).Select(d => d.Day).ToList();
        var streak = Streaks.Compute(member.WeeklyGoal, DateOnly.FromDateTime(member.JoinedAt.UtcDateTime), today, days);
        var lines = new List<string> { $"{user.DisplayName}: {streak.ThisWeek}/{member.WeeklyGoal} this week{(streak.MetThisWeek ? " ✔ goal met" : string.Empty)}." };

        var earlier = days.Where(d => d < today).ToList();
        if (earlier.Count == 0 && await session.Groups.TryRecordMilestoneAsync(group.Chat, user.Id, "first-session", message.SentAt, ct))
        {
            lines.Add($"First session logged, {user.DisplayName}! The hardest one is done.");
        }
        else if (earlier.Count > 0 && today.DayNumber - earlier.Max().DayNumber >= ComebackDays
                 && await session.Groups.TryRecordMilestoneAsync(group.Chat, user.Id, "comeback:" + Weeks.Key(Weeks.Start(today)), message.SentAt, ct))
        {
            lines.Add($"Welcome back, {user.DisplayName}! Breaks happen; coming back is what counts.");
        }

        foreach (var weeks in Streaks.Milestones.Where(m => m == streak.Current && streak.MetThisWeek))
        {
            if (await session.Groups.TryRecordMilestoneAsync(group.Chat, user.Id, "streak-" + weeks.ToString(CultureInfo.InvariantCulture), message.SentAt, ct))
            {
                lines.Add($"{weeks}-week streak, {user.DisplayName}! Every one of those weeks met your goal.");
            }
        }

        return lines;
    }

    public async Task<Reply> StreakAsync(ICoachSession session, GroupSettings? group, InboundMessage message, UserProfile user, CancellationToken ct)
    {
        if (group is null)
        {
            return Replies.Error("Streaks are kept per group: ask in your group chat.", "/streak");
        }

        var member = await session.Groups.MemberAsync(group.Chat, user.Id, ct);
        if (!group.Enabled || member is null)
        {
            return group.Enabled ? Replies.Error("Join first, with a weekly goal.", "/join 3") : NotEnabled();
        }

        var today = user.LocalDate(message.SentAt);
        var days = (await session.Groups.TrainingDaysAsync([user.Id], DateOnly.MinValue, today, ct)).Select(d => d.Day);
        var s = Streaks.Compute(member.WeeklyGoal, DateOnly.FromDateTime(member.JoinedAt.UtcDateTime), today, days);
        var left = 7 - Weeks.Elapsed(today);
        return new ReplyBuilder(ReplyKind.Streak)
            .Line($"{user.DisplayName}: {Weeks_(s.Current)} in a row (best {Weeks_(s.Best)}).")
            .Line(s.MetThisWeek
                ? $"This week: {s.ThisWeek}/{s.Goal}, goal met."
                : $"This week: {s.ThisWeek}/{s.Goal}, {left} day{(left == 1 ? string.Empty : "s")} left after today. The week is in grace until it ends, and rest days never break a streak.")
            .Build();
    }

    public async Task<Reply> BoardAsync(ICoachSession session, GroupSettings group, InboundMessage message, CancellationToken ct)
    {
        if (!group.Enabled)
        {
            return NotEnabled();
        }

        var members = await session.Groups.MembersAsync(group.Chat, ct);
        var today = group.LocalDate(message.SentAt);
        var rows = await StandingsAsync(session, members, today, ct);
        var b = new ReplyBuilder(ReplyKind.Board).Title($"This week (since {Workouts.WorkoutFormat.Day(Weeks.Start(today))})");
        if (rows.Count == 0)
        {
            return b.Line("No members yet. Join with /join 3 (three sessions a week).").Build();
        }

        b.Steps(rows.Select(r => $"{r.Member.DisplayName}: {r.Streak.ThisWeek}/{r.Member.WeeklyGoal} ({Percent(r.Streak.Share)}) · streak {Weeks_(r.Streak.Current)}, best {Weeks_(r.Streak.Best)}"));
        return b.Line("Ranked by share of each member's own goal.").Build();
    }

    /// <summary>Members with their week and streaks, ranked by share of their own goal, then by streak, then by name.</summary>
    public static async Task<IReadOnlyList<(GroupMember Member, StreakSummary Streak)>> StandingsAsync(ICoachSession session, IReadOnlyList<GroupMember> members, DateOnly today, CancellationToken ct)
    {
        var days = await session.Groups.TrainingDaysAsync([.. members.Select(m => m.UserId)], DateOnly.MinValue, today, ct);
        var byUser = days.ToLookup(d => d.UserId, d => d.Day);
        return [.. members
            .Select(m => (Member: m, Streak: Streaks.Compute(m.WeeklyGoal, DateOnly.FromDateTime(m.JoinedAt.UtcDateTime), today, byUser[m.UserId])))
            .OrderByDescending(r => Math.Min(r.Streak.Share, 1.0))
            .ThenByDescending(r => r.Streak.Current)
            .ThenBy(r => r.Member.DisplayName, StringComparer.Ordinal)];
    }

    public static string Slot(DayOfWeek day, TimeOnly time) => $"{day} {time.ToString("HH:mm", CultureInfo.InvariantCulture)}";

    private static string Weeks_(int n) => n == 1 ? "1 week" : $"{n} weeks";

    private static string Percent(double share) => ((int)Math.Round(share * 100)).ToString(CultureInfo.InvariantCulture) + "%";

    private static Reply AdminOnly(string command) =>
        new ReplyBuilder(ReplyKind.Error)
            .Line($"Only group admins can change {command}.")
            .Line("Ask an admin of this group, or see the settings with: /settings")
            .Build();

    private static Reply NotEnabled() =>
        Replies.Error("Accountability is off in this group. An admin can turn it on.", "/accountability on");

    private static Reply GoalError(string argument) =>
        Replies.Error($"\"{Replies.Shorten(argument)}\" is not a weekly goal I can use: give a number of sessions from 1 to {MaxGoal}.", "/goal 3");

    private static bool TryGoal(string text, out int goal) =>
        int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out goal) && goal is >= 1 and <= MaxGoal;

    private static bool TryDay(string text, out DayOfWeek day)
    {
        foreach (var d in Enum.GetValues<DayOfWeek>())
        {
            var name = d.ToString();
            if (text.Length >= 3 && name.StartsWith(text, StringComparison.OrdinalIgnoreCase))
            {
                day = d;
                return true;
            }
        }

        day = default;
        return false;
    }

    private static bool TryTime(string text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text, ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
}
