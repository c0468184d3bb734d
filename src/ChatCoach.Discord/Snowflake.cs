using System.Globalization;

namespace ChatCoach.Discord;

/// <summary>Discord ids: 64-bit numbers sent as strings, carrying their creation time.</summary>
internal static class Snowflake
{
    /// <summary>(id &gt;&gt; 22) milliseconds after Discord's epoch, 2015-01-01.</summary>
    public static DateTimeOffset Time(string id) =>
        ulong.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? DateTimeOffset.FromUnixTimeMilliseconds((long)(value >> 22) + 1420070400000)
            : DateTimeOffset.UnixEpoch;
}
