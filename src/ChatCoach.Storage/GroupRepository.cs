using System.Data.Common;
using System.Globalization;
using ChatCoach.Core.Accountability;
using ChatCoach.Core.Chat;
using Dapper;

namespace ChatCoach.Storage;

/// <summary>Accountability groups and their members, on the session's connection and transaction.</summary>
internal sealed class GroupRepository(DbConnection connection, DbTransaction? transaction) : IGroupRepository
{
    private const string GroupColumns = """
        platform AS Platform, chat_id AS ChatId, enabled AS Enabled, time_zone AS TimeZone, digest_day AS DigestDay,
        digest_time AS DigestTime, reminder_day AS ReminderDay, reminder_time AS ReminderTime, plain_logs AS PlainLogs,
        admin_platform_user_id AS AdminPlatformUserId, enabled_at AS EnabledAt
        """;

    private const string InsertGroup = """
        INSERT INTO chat_groups (platform, chat_id, enabled, time_zone, digest_day, digest_time, reminder_day, reminder_time,
                                 plain_logs, admin_platform_user_id, enabled_at, created_at)
        VALUES (@Platform, @ChatId, @Enabled, @TimeZone, @DigestDay, @DigestTime, @ReminderDay, @ReminderTime,
                @PlainLogs, @AdminPlatformUserId, @EnabledAt, @Now)
        ON CONFLICT (platform, chat_id) DO NOTHING
        """;

    private const string SelectGroup = $"""
        SELECT {GroupColumns} FROM chat_groups WHERE platform = @Platform AND chat_id = @ChatId
        """;

    private const string SelectEnabled = $"""
        SELECT {GroupColumns} FROM chat_groups WHERE enabled = @Enabled ORDER BY platform, chat_id
        """;

    private const string UpdateGroup = """
        UPDATE chat_groups SET enabled = @Enabled, time_zone = @TimeZone, digest_day = @DigestDay, digest_time = @DigestTime,
          reminder_day = @ReminderDay, reminder_time = @ReminderTime, plain_logs = @PlainLogs, enabled_at = @EnabledAt
        WHERE platform = @Platform AND chat_id = @ChatId
        """;

    private const string MemberColumns = """
        m.user_id AS UserId, u.display_name AS DisplayName, i.platform_user_id AS PlatformUserId, m.weekly_goal AS WeeklyGoal,
        m.share_weights AS ShareWeights, m.remind AS Remind, m.joined_at AS JoinedAt, m.reminded_week AS RemindedWeek,
        m.welcome_back_sent AS WelcomeBackSent
        """;

    // The identity is the one on the group's platform: a member is reached where the group lives.
    private const string SelectMembers = $"""
        SELECT {MemberColumns}
        FROM group_members m
        JOIN users u ON u.id = m.user_id
        JOIN user_identities i ON i.user_id = m.user_id AND i.platform = m.platform
        WHERE m.platform = @Platform AND m.chat_id = @ChatId
        ORDER BY u.display_name, m.user_id
        """;

    private const string SelectMember = $"""
        SELECT {MemberColumns}
        FROM group_members m
        JOIN users u ON u.id = m.user_id
        JOIN user_identities i ON i.user_id = m.user_id AND i.platform = m.platform
        WHERE m.platform = @Platform AND m.chat_id = @ChatId AND m.user_id = @UserId
        """;

    private const string UpsertMember = """
        INSERT INTO group_members (platform, chat_id, user_id, weekly_goal, share_weights, remind, joined_at, reminded_week, welcome_back_sent)
        VALUES (@Platform, @ChatId, @UserId, @WeeklyGoal, @ShareWeights, @Remind, @JoinedAt, @RemindedWeek, @WelcomeBackSent)
        ON CONFLICT (platform, chat_id, user_id) DO UPDATE SET
          weekly_goal = excluded.weekly_goal, share_weights = excluded.share_weights, remind = excluded.remind,
          reminded_week = excluded.reminded_week, welcome_back_sent = excluded.welcome_back_sent
        """;

    private const string DeleteMember = "DELETE FROM group_members WHERE platform = @Platform AND chat_id = @ChatId AND user_id = @UserId";

    private const string InsertCheckIn = """
        INSERT INTO check_ins (user_id, day, checked_in_at) VALUES (@UserId, @Day, @At)
        ON CONFLICT (user_id, day) DO NOTHING
        """;

    // Both halves use an index that starts with (user_id, day): (user_id, training_date) and the check-in key.
    private const string SelectTrainingDays = """
        SELECT user_id AS UserId, training_date AS Day FROM workout_sets
        WHERE user_id IN @UserIds AND training_date >= @From AND training_date <= @To
        UNION
        SELECT user_id AS UserId, day AS Day FROM check_ins
        WHERE user_id IN @UserIds AND day >= @From AND day <= @To
        """;

    private const string SelectRecordsSet = """
        SELECT DISTINCT user_id AS UserId, exercise_id AS ExerciseId FROM personal_records
        WHERE user_id IN @UserIds AND achieved_on >= @From AND achieved_on <= @To
        ORDER BY user_id, exercise_id
        """;

    private const string CountSets = """
        SELECT COUNT(*) FROM workout_sets
        WHERE user_id IN @UserIds AND training_date >= @From AND training_date <= @To
        """;

    private const string InsertMilestone = """
        INSERT INTO group_milestones (platform, chat_id, user_id, milestone, reached_at)
        VALUES (@Platform, @ChatId, @UserId, @Milestone, @At)
        ON CONFLICT (platform, chat_id, user_id, milestone) DO NOTHING
        """;

    private const string InsertClaim = """
        INSERT INTO group_job_claims (platform, chat_id, job, period, claimed_by, claimed_at)
        VALUES (@Platform, @ChatId, @Job, @Period, @ClaimedBy, @At)
        ON CONFLICT (platform, chat_id, job, period) DO NOTHING
        """;

    public async Task<GroupSettings> EnsureAsync(GroupSettings defaults, DateTimeOffset now, CancellationToken ct)
    {
        await Execute(InsertGroup, Args(defaults, now), ct);
        return (await FindAsync(defaults.Chat, ct))!;
    }

    public Task UpdateAsync(GroupSettings settings, CancellationToken ct) => Execute(UpdateGroup, Args(settings, DateTimeOffset.UnixEpoch), ct);

    public async Task<IReadOnlyList<GroupSettings>> EnabledAsync(CancellationToken ct) =>
        [.. (await connection.QueryAsync<GroupRow>(Command(SelectEnabled, new { Enabled = true }, ct))).Select(r => r.ToSettings())];

    public async Task<IReadOnlyList<GroupMember>> MembersAsync(ChatAddress chat, CancellationToken ct) =>
        [.. (await connection.QueryAsync<MemberRow>(Command(SelectMembers, Key(chat), ct))).Select(r => r.ToMember())];

    public async Task<GroupMember?> MemberAsync(ChatAddress chat, long userId, CancellationToken ct) =>
        (await connection.QuerySingleOrDefaultAsync<MemberRow>(Command(SelectMember, new { Platform = UserRepository.PlatformName(chat.Platform), chat.ChatId, UserId = userId }, ct)))?.ToMember();

    public Task SaveMemberAsync(ChatAddress chat, GroupMember m, CancellationToken ct) =>
        Execute(
            UpsertMember,
            new
            {
                Platform = UserRepository.PlatformName(chat.Platform),
                chat.ChatId,
                m.UserId,
                m.WeeklyGoal,
                m.ShareWeights,
                m.Remind,
                JoinedAt = m.JoinedAt.ToUniversalTime(),
                m.RemindedWeek,
                m.WelcomeBackSent,
            },
            ct);

    public async Task<bool> RemoveMemberAsync(ChatAddress chat, long userId, CancellationToken ct) =>
        await Execute(DeleteMember, new { Platform = UserRepository.PlatformName(chat.Platform), chat.ChatId, UserId = userId }, ct) > 0;

    public async Task<bool> AddCheckInAsync(long userId, DateOnly day, DateTimeOffset at, CancellationToken ct) =>
        await Execute(InsertCheckIn, new { UserId = userId, Day = day, At = at.ToUniversalTime() }, ct) == 1;

    public async Task<IReadOnlyList<(long UserId, DateOnly Day)>> TrainingDaysAsync(IReadOnlyList<long> userIds, DateOnly from, DateOnly to, CancellationToken ct)
    {
        if (userIds.Count == 0)
        {
            return [];
        }

        var rows = await connection.QueryAsync<DayRow>(Command(SelectTrainingDays, new { UserIds = userIds, From = from, To = to }, ct));
        return [.. rows.Select(r => (r.UserId, r.Day))];
    }

    public async Task<IReadOnlyList<(long UserId, string ExerciseId)>> RecordsSetAsync(IReadOnlyList<long> userIds, DateOnly from, DateOnly to, CancellationToken ct)
    {
        if (userIds.Count == 0)
        {
            return [];
        }

        var rows = await connection.QueryAsync<RecordSetRow>(Command(SelectRecordsSet, new { UserIds = userIds, From = from, To = to }, ct));
        return [.. rows.Select(r => (r.UserId, r.ExerciseId))];
    }

    public async Task<int> SetCountAsync(IReadOnlyList<long> userIds, DateOnly from, DateOnly to, CancellationToken ct) =>
        userIds.Count == 0 ? 0 : (int)await connection.ExecuteScalarAsync<long>(Command(CountSets, new { UserIds = userIds, From = from, To = to }, ct));

    public async Task<bool> TryRecordMilestoneAsync(ChatAddress chat, long userId, string milestone, DateTimeOffset at, CancellationToken ct) =>
        await Execute(InsertMilestone, new { Platform = UserRepository.PlatformName(chat.Platform), chat.ChatId, UserId = userId, Milestone = milestone, At = at.ToUniversalTime() }, ct) == 1;

    public async Task<bool> TryClaimJobAsync(ChatAddress chat, string job, string period, string claimedBy, DateTimeOffset at, CancellationToken ct) =>
        await Execute(InsertClaim, new { Platform = UserRepository.PlatformName(chat.Platform), chat.ChatId, Job = job, Period = period, ClaimedBy = claimedBy, At = at.ToUniversalTime() }, ct) == 1;

    private async Task<GroupSettings?> FindAsync(ChatAddress chat, CancellationToken ct) =>
        (await connection.QuerySingleOrDefaultAsync<GroupRow>(Command(SelectGroup, Key(chat), ct)))?.ToSettings();

    private static object Key(ChatAddress chat) => new { Platform = UserRepository.PlatformName(chat.Platform), chat.ChatId };

    private static object Args(GroupSettings g, DateTimeOffset now) => new
    {
        Platform = UserRepository.PlatformName(g.Chat.Platform),
        g.Chat.ChatId,
        g.Enabled,
        g.TimeZone,
        DigestDay = (int)g.DigestDay,
        DigestTime = g.DigestTime.ToString("HH:mm", CultureInfo.InvariantCulture),
        ReminderDay = (int)g.ReminderDay,
        ReminderTime = g.ReminderTime.ToString("HH:mm", CultureInfo.InvariantCulture),
        g.PlainLogs,
        g.AdminPlatformUserId,
        EnabledAt = g.EnabledAt?.ToUniversalTime(),
        Now = now.ToUniversalTime(),
    };

    private Task<int> Execute(string sql, object args, CancellationToken ct) => connection.ExecuteAsync(Command(sql, args, ct));

    private CommandDefinition Command(string sql, object args, CancellationToken ct) => new(sql, args, transaction, cancellationToken: ct);

    private sealed class GroupRow
    {
        public string Platform { get; set; } = "";

        public string ChatId { get; set; } = "";

        public bool Enabled { get; set; }

        public string TimeZone { get; set; } = "UTC";

        public int DigestDay { get; set; }

        public string DigestTime { get; set; } = "18:00";

        public int ReminderDay { get; set; }

        public string ReminderTime { get; set; } = "18:00";

        public bool PlainLogs { get; set; }

        public string? AdminPlatformUserId { get; set; }

        public DateTimeOffset? EnabledAt { get; set; }

        public GroupSettings ToSettings() => new(
            new ChatAddress(Enum.Parse<ChatPlatform>(Platform, ignoreCase: true), ChatId, IsGroup: true),
            Enabled,
            TimeZone,
            (DayOfWeek)DigestDay,
            TimeOnly.ParseExact(DigestTime, "HH:mm", CultureInfo.InvariantCulture),
            (DayOfWeek)ReminderDay,
            TimeOnly.ParseExact(ReminderTime, "HH:mm", CultureInfo.InvariantCulture),
            PlainLogs,
            AdminPlatformUserId,
            EnabledAt);
    }

    private sealed class MemberRow
    {
        public long UserId { get; set; }

        public string DisplayName { get; set; } = "";

        public string PlatformUserId { get; set; } = "";

        public int WeeklyGoal { get; set; }

        public bool ShareWeights { get; set; }

        public bool Remind { get; set; }

        public DateTimeOffset JoinedAt { get; set; }

        public DateOnly? RemindedWeek { get; set; }

        public bool WelcomeBackSent { get; set; }

        public GroupMember ToMember() => new(UserId, DisplayName, PlatformUserId, WeeklyGoal, ShareWeights, Remind, JoinedAt, RemindedWeek, WelcomeBackSent);
    }

    private sealed class DayRow
    {
        public long UserId { get; set; }

        public DateOnly Day { get; set; }
    }

    private sealed class RecordSetRow
    {
        public long UserId { get; set; }

        public string ExerciseId { get; set; } = "";
    }
}
