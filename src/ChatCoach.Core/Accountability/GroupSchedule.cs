using System.Globalization;
using ChatCoach.Core.Chat;
using ChatCoach.Core.Conversations;
using ChatCoach.Core.Exercises;
using ChatCoach.Core.Scheduling;
using Microsoft.Extensions.Options;

namespace ChatCoach.Core.Accountability;

/// <summary>
/// The weekly digest and the midweek reminder of every accountability group, at the group's local times. A claim row
/// in the database makes each one go out exactly once per group and week, however many processes share the database.
/// </summary>
public sealed class GroupSchedule(
    ICoachStore store,
    ExerciseCatalog catalog,
    IOptions<AccountabilityOptions> options,
    IOptions<SchedulerOptions> scheduler) : IDueWork
{
    private const string DigestJob = "digest";
    private const string ReminderJob = "reminder";

    /// <summary>A slot missed by more than this (the host was down) is skipped rather than sent late.</summary>
    private static readonly TimeSpan StaleAfter = TimeSpan.FromHours(12);

    public async Task<DateTimeOffset?> NextDueAsync(DateTimeOffset after, CancellationToken ct)
    {
        IReadOnlyList<GroupSettings> groups;
        await using (var session = await store.BeginAsync(ct))
        {
            groups = await session.Groups.EnabledAsync(ct);
        }

        DateTimeOffset? next = null;
        foreach (var g in groups)
        {
            foreach (var due in new[] { NextSlot(g, g.DigestDay, g.DigestTime, after), NextSlot(g, g.ReminderDay, g.ReminderTime, after) })
            {
                if (next is null || due < next)
                {
                    next = due;
                }
            }
        }

        return next;
    }

    public async Task<IReadOnlyList<Reply>> RunDueAsync(DateTimeOffset now, CancellationToken ct)
    {
        var replies = new List<Reply>();
        IReadOnlyList<GroupSettings> groups;
        await using (var session = await store.BeginAsync(ct))
        {
            groups = await session.Groups.EnabledAsync(ct);
        }

        foreach (var group in groups)
        {
            // One transaction per group and job: the claim and what the message says are decided together, and a failure
            // rolls the claim back so the next tick tries again.
            if (await RunAsync(group, DigestJob, group.DigestDay, group.DigestTime, now, DigestAsync, ct) is { } digest)
            {
                replies.Add(digest);
            }

            if (await RunAsync(group, ReminderJob, group.ReminderDay, group.ReminderTime, now, ReminderAsync, ct) is { } reminder)
            {
                replies.Add(reminder);
            }
        }

        return replies;
    }

    private async Task<Reply?> RunAsync(
        GroupSettings group,
        string job,
        DayOfWeek day,
        TimeOnly time,
        DateTimeOffset now,
        Func<ICoachSession, GroupSettings, DateOnly, DateTimeOffset, CancellationToken, Task<Reply?>> build,
        CancellationToken ct)
    {
        var slot = LastSlot(group, day, time, now);
        if (now - slot > StaleAfter || (group.EnabledAt is { } enabled && slot < enabled))
        {
            return null;
        }

        var slotDay = group.LocalDate(slot);
        await using var session = await store.BeginAsync(ct);
        if (!await session.Groups.TryClaimJobAsync(group.Chat, job, slotDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), scheduler.Value.InstanceName, now, ct))
        {
            return null;
        }

        var reply = await build(session, group, slotDay, now, ct);
        await session.CommitAsync(ct);
        return reply is null ? null : reply with { To = group.Chat };
    }

    private async Task<Reply?> DigestAsync(ICoachSession session, GroupSettings group, DateOnly day, DateTimeOffset now, CancellationToken ct)
    {
        var members = await session.Groups.MembersAsync(group.Chat, ct);
        var from = day.AddDays(-6);
        var b = new ReplyBuilder(ReplyKind.Summary).Title($"Weekly digest: {Workouts.WorkoutFormat.Day(from)} to {Workouts.WorkoutFormat.Day(day)}");
        if (members.Count == 0)
        {
            return b.Line("Nobody has joined yet. Join with /join 3 to aim for three sessions a week.").Build();
        }

        var standings = await AccountabilityService.StandingsAsync(session, members, day, ct);
        var met = standings.Where(s => s.Streak.MetThisWeek).ToList();
        var missed = standings.Where(s => !s.Streak.MetThisWeek).ToList();
        b.Section("Met their goal:", [.. met.Select(s => $"{s.Member.DisplayName} {s.Streak.ThisWeek}/{s.Member.WeeklyGoal} · streak {s.Streak.Current}")]);
        b.Section("Not this week:", [.. missed.Select(s => $"{s.Member.DisplayName} {s.Streak.ThisWeek}/{s.Member.WeeklyGoal}")]);

        var ids = members.Select(m => m.UserId).ToList();
        var records = await session.Groups.RecordsSetAsync(ids, from, day, ct);
        b.Section("Records this week:", [.. records.GroupBy(r => r.UserId).Select(g =>
            $"{members.First(m => m.UserId == g.Key).DisplayName}: {string.Join(", ", g.Select(r => catalog.ById(r.ExerciseId)?.Name.ToLowerInvariant() ?? r.ExerciseId.Replace("custom:", string.Empty, StringComparison.Ordinal)))}")]);

        var milestones = new List<string>();
        foreach (var (member, streak) in met)
        {
            foreach (var weeks in Streaks.Milestones.Where(m => m == streak.Current))
            {
                if (await session.Groups.TryRecordMilestoneAsync(group.Chat, member.UserId, "streak-" + weeks.ToString(CultureInfo.InvariantCulture), now, ct))
                {
                    milestones.Add($"{member.DisplayName} reached a {weeks}-week streak!");
                }
            }
        }

        b.Section("Milestones:", milestones);
        var sessions = standings.Sum(s => s.Streak.ThisWeek);
        var sets = await session.Groups.SetCountAsync(ids, from, day, ct);
        b.Line($"Group total: {sessions} session{(sessions == 1 ? string.Empty : "s")}, {sets} set{(sets == 1 ? string.Empty : "s")}.");
        b.Line(met.Count == standings.Count
            ? "Everyone met their goal. Next week: same again, and rest days count as training too."
            : "Next week is a fresh start: aim for your goal, and remember rest days are part of training.");
        return b.Build();
    }

    private async Task<Reply?> ReminderAsync(ICoachSession session, GroupSettings group, DateOnly day, DateTimeOffset now, CancellationToken ct)
    {
        var members = (await session.Groups.MembersAsync(group.Chat, ct)).Where(m => m.Remind).ToList();
        if (members.Count == 0)
        {
            return null;
        }

        var week = Weeks.Start(day);
        var days = await session.Groups.TrainingDaysAsync([.. members.Select(m => m.UserId)], day.AddDays(-options.Value.InactiveDays), day, ct);
        var byUser = days.ToLookup(d => d.UserId, d => d.Day);
        var behind = new List<string>();
        var welcome = new List<string>();
        foreach (var m in members)
        {
            var recent = byUser[m.UserId].ToList();
            var joinedLongAgo = day.DayNumber - DateOnly.FromDateTime(m.JoinedAt.UtcDateTime).DayNumber > options.Value.InactiveDays;
            if (recent.Count == 0 && joinedLongAgo)
            {
                // Inactive for over four weeks: one friendly word, then quiet until they train again.
                if (!m.WelcomeBackSent)
                {
                    welcome.Add(m.DisplayName);
                    await session.Groups.SaveMemberAsync(group.Chat, m with { WelcomeBackSent = true }, ct);
                }

                continue;
            }

            var member = m.WelcomeBackSent && recent.Count > 0 ? m with { WelcomeBackSent = false } : m;
            var thisWeek = recent.Count(d => d >= week);
            var pace = (int)Math.Floor(m.WeeklyGoal * Weeks.Elapsed(day) / 7.0);
            if (thisWeek < pace && member.RemindedWeek != week)
            {
                behind.Add($"{m.DisplayName} ({thisWeek}/{m.WeeklyGoal})");
                member = member with { RemindedWeek = week };
            }

            if (member != m)
            {
                await session.Groups.SaveMemberAsync(group.Chat, member, ct);
            }
        }

        if (behind.Count == 0 && welcome.Count == 0)
        {
            return null;
        }

        var b = new ReplyBuilder(ReplyKind.Reminder);
        if (behind.Count > 0)
        {
            b.Line($"Midweek check-in for {string.Join(", ", behind)}: there's still time this week. A short session counts; send + when it's done.");
        }

        foreach (var name in welcome)
        {
            b.Line($"{name}, we haven't seen a session from you in a while: welcome back any time, no pressure.");
        }

        return b.Build();
    }

    /// <summary>The latest slot (a weekday and local time) at or before <paramref name="now"/>, as an instant.</summary>
    private static DateTimeOffset LastSlot(GroupSettings g, DayOfWeek day, TimeOnly time, DateTimeOffset now)
    {
        var local = g.LocalDate(now);
        var date = local.AddDays(-(((int)local.DayOfWeek - (int)day + 7) % 7));
        var slot = ToInstant(g, date, time);
        return slot <= now ? slot : ToInstant(g, date.AddDays(-7), time);
    }

    private static DateTimeOffset NextSlot(GroupSettings g, DayOfWeek day, TimeOnly time, DateTimeOffset after)
    {
        var last = LastSlot(g, day, time, after);
        return ToInstant(g, g.LocalDate(last).AddDays(7), time);
    }

    private static DateTimeOffset ToInstant(GroupSettings g, DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);

        // A local time skipped by a daylight-saving jump does not exist; the slot moves to the hour after.
        if (g.Zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, g.Zone), TimeSpan.Zero);
    }
}
