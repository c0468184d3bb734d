using System.Data.Common;
using ChatCoach.Core.Chat;
using ChatCoach.Core.Users;
using ChatCoach.Core.Workouts;
using Dapper;

namespace ChatCoach.Storage;

/// <summary>Users and their platform identities, on the session's connection and transaction.</summary>
internal sealed class UserRepository(DbConnection connection, DbTransaction? transaction, SessionCommands commands) : IUserRepository
{
    public UserRepository(SessionCommands commands)
        : this(commands.Connection, commands.Transaction, commands)
    {
    }

    public UserRepository(DbConnection connection, DbTransaction? transaction)
        : this(connection, transaction, new SessionCommands(connection, transaction, cache: null))
    {
    }

    private const string SelectByIdentity = """
        SELECT u.id, u.display_name, u.unit, u.time_zone
        FROM user_identities i
        JOIN users u ON u.id = i.user_id
        WHERE i.platform = @Platform AND i.platform_user_id = @PlatformUserId
        """;

    private const string SelectById = """
        SELECT id, display_name, unit, time_zone
        FROM users
        WHERE id = @UserId
        """;

    private const string InsertUser = """
        INSERT INTO users (display_name, unit, time_zone, created_at)
        VALUES (@DisplayName, @Unit, @TimeZone, @CreatedAt)
        RETURNING id
        """;

    private const string InsertIdentity = """
        INSERT INTO user_identities (platform, platform_user_id, user_id)
        VALUES (@Platform, @PlatformUserId, @UserId)
        """;

    private const string UpdateName = "UPDATE users SET display_name = @DisplayName WHERE id = @UserId";

    private const string UpdateUnit = "UPDATE users SET unit = @Unit WHERE id = @UserId";

    private const string UpdateTimeZone = "UPDATE users SET time_zone = @TimeZone WHERE id = @UserId";

    // Rows that name the user only indirectly go first: the platform messages that carry their log replies, and their
    // private chats. Everything else goes by ON DELETE CASCADE; the foreign keys say which tables hold a user's data.
    private const string DeleteDeliveredReplies = """
        DELETE FROM delivered_replies
        WHERE reference IN (SELECT 'log:' || CAST(id AS TEXT) FROM workout_logs WHERE user_id = @UserId)
        """;

    private const string DeletePrivateChats = """
        DELETE FROM chats
        WHERE is_group = @IsGroup
          AND (platform, chat_id) IN (SELECT platform, chat_id FROM inbound_messages WHERE user_id = @UserId)
        """;

    // A group remembers its first speaker as admin where the platform has no admin notion (the terminal): that is the
    // user's platform id, so it goes too. The group keeps running; a platform admin can still change its settings.
    private const string ForgetGroupAdmin = """
        UPDATE chat_groups SET admin_platform_user_id = NULL
        WHERE (platform, admin_platform_user_id) IN (SELECT platform, platform_user_id FROM user_identities WHERE user_id = @UserId)
        """;

    private const string Delete = "DELETE FROM users WHERE id = @UserId";

    public async Task<UserProfile> EnsureAsync(ChatPlatform platform, string platformUserId, string displayName, UserDefaults defaults, DateTimeOffset now, CancellationToken ct)
    {
        var existing = await FindAsync(platform, platformUserId, ct);
        if (existing is not null)
        {
            if (existing.DisplayName != displayName && !string.IsNullOrWhiteSpace(displayName))
            {
                await Execute(UpdateName, new { DisplayName = displayName, UserId = existing.Id }, ct);
                existing = existing with { DisplayName = displayName };
                commands.Known?.KnowUser(PlatformName(platform), platformUserId, existing);
            }

            return existing;
        }

        var id = await connection.ExecuteScalarAsync<long>(Command(
            InsertUser,
            new { DisplayName = displayName, Unit = defaults.Unit.Symbol(), defaults.TimeZone, CreatedAt = now.ToUniversalTime() },
            ct));
        await Execute(InsertIdentity, new { Platform = PlatformName(platform), PlatformUserId = platformUserId, UserId = id }, ct);
        var created = new UserProfile(id, displayName, defaults.Unit, defaults.TimeZone);
        commands.Known?.KnowUser(PlatformName(platform), platformUserId, created);
        return created;
    }

    public async Task<UserProfile?> FindAsync(ChatPlatform platform, string platformUserId, CancellationToken ct)
    {
        var name = PlatformName(platform);
        if (commands.Known?.User(name, platformUserId) is { } known)
        {
            return known;
        }

        var rows = await commands.QueryAsync(SelectByIdentity, [("Platform", name), ("PlatformUserId", platformUserId)], Rows.User, ct);
        if (rows.Count > 1)
        {
            throw new InvalidOperationException("Sequence contains more than one element");
        }

        if (rows.Count == 0)
        {
            return null;
        }

        commands.Known?.KnowUser(name, platformUserId, rows[0]);
        return rows[0];
    }

    public async Task<UserProfile?> GetAsync(long userId, CancellationToken ct)
    {
        var rows = await commands.QueryAsync(SelectById, [("UserId", userId)], Rows.User, ct);
        return rows.Count == 0 ? null : rows[0];
    }

    public async Task SetUnitAsync(long userId, WeightUnit unit, CancellationToken ct)
    {
        await Execute(UpdateUnit, new { Unit = unit.Symbol(), UserId = userId }, ct);
        commands.Known?.ForgetUser(userId);
    }

    public async Task SetTimeZoneAsync(long userId, string timeZone, CancellationToken ct)
    {
        await Execute(UpdateTimeZone, new { TimeZone = timeZone, UserId = userId }, ct);
        commands.Known?.ForgetUser(userId);
    }

    public async Task DeleteAsync(long userId, CancellationToken ct)
    {
        await Execute(DeleteDeliveredReplies, new { UserId = userId }, ct);
        await Execute(DeletePrivateChats, new { UserId = userId, IsGroup = false }, ct);
        await Execute(ForgetGroupAdmin, new { UserId = userId }, ct);
        await Execute(Delete, new { UserId = userId }, ct);
        commands.Known?.ForgetUser(userId);
        commands.Known?.ForgetChats();
    }

    /// <summary>How a platform is written in the database: constants, since every statement of a message names it.</summary>
    internal static string PlatformName(ChatPlatform platform) => platform switch
    {
        ChatPlatform.Terminal => "terminal",
        ChatPlatform.Telegram => "telegram",
        ChatPlatform.Discord => "discord",
        _ => platform.ToString().ToLowerInvariant(),
    };

    private Task<int> Execute(string sql, object args, CancellationToken ct) => connection.ExecuteAsync(Command(sql, args, ct));

    private CommandDefinition Command(string sql, object args, CancellationToken ct) => new(sql, args, transaction, cancellationToken: ct);
}
