using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;

namespace ChatCoach.Discord;

/// <summary>
/// Guild owners and role permissions from GUILD_CREATE and role events, so a message's sender can be recognised as
/// a group admin without a REST call. Channel permission overwrites are not considered: a member who manages only
/// one channel through an overwrite is not seen as an admin.
/// </summary>
internal sealed class GuildCache
{
    /// <summary>ADMINISTRATOR (1 &lt;&lt; 3) or MANAGE_CHANNELS (1 &lt;&lt; 4).</summary>
    public const ulong AdminPermissions = (1UL << 3) | (1UL << 4);

    private readonly ConcurrentDictionary<string, Guild> _guilds = new(StringComparer.Ordinal);

    public void OnGuild(JsonElement d)
    {
        if (d.TryGetProperty("unavailable", out var u) && u.ValueKind == JsonValueKind.True)
        {
            return;
        }

        var roles = d.TryGetProperty("roles", out var r) && r.ValueKind == JsonValueKind.Array
            ? r.EnumerateArray().ToFrozenDictionary(x => x.GetProperty("id").GetString()!, x => Permissions(x), StringComparer.Ordinal)
            : FrozenDictionary<string, ulong>.Empty;
        _guilds[d.GetProperty("id").GetString()!] = new Guild(Str(d, "owner_id"), roles);
    }

    public void OnGuildDelete(JsonElement d) => _guilds.TryRemove(d.GetProperty("id").GetString()!, out _);

    public void OnRole(JsonElement d, bool deleted)
    {
        var guildId = Str(d, "guild_id");
        if (guildId is null || !_guilds.TryGetValue(guildId, out var guild))
        {
            return;
        }

        var roles = guild.Roles.ToDictionary(StringComparer.Ordinal);
        if (deleted)
        {
            roles.Remove(Str(d, "role_id") ?? string.Empty);
        }
        else if (d.TryGetProperty("role", out var role))
        {
            roles[role.GetProperty("id").GetString()!] = Permissions(role);
        }

        _guilds[guildId] = guild with { Roles = roles.ToFrozenDictionary(StringComparer.Ordinal) };
    }

    /// <summary>True for the guild owner or a member whose roles (with @everyone) grant admin or manage-channels.</summary>
    public bool IsAdmin(string guildId, string userId, IEnumerable<string> memberRoles)
    {
        if (!_guilds.TryGetValue(guildId, out var guild))
        {
            return false;
        }

        if (string.Equals(guild.OwnerId, userId, StringComparison.Ordinal))
        {
            return true;
        }

        // The @everyone role has the guild's id.
        var permissions = guild.Roles.GetValueOrDefault(guildId);
        foreach (var role in memberRoles)
        {
            permissions |= guild.Roles.GetValueOrDefault(role);
        }

        return (permissions & AdminPermissions) != 0;
    }

    /// <summary>Permissions are decimal strings (64-bit, beyond what JSON numbers hold safely).</summary>
    public static ulong ParsePermissions(string? text) =>
        ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : 0;

    private static ulong Permissions(JsonElement role) => ParsePermissions(Str(role, "permissions"));

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private sealed record Guild(string? OwnerId, FrozenDictionary<string, ulong> Roles);
}
