using System.Security.Cryptography;

namespace ChatCoach.Telegram;

/// <summary>Exponential backoff with jitter.</summary>
internal static class Backoff
{
    /// <summary>
    /// The wait before attempt <paramref name="failures"/> + 1: base × 2^(failures − 1), capped, then between half and all of
    /// it at random, so that many chats (or many bots behind one proxy) do not retry in lockstep after an outage.
    /// </summary>
    public static TimeSpan Delay(int failures, TimeSpan initial, TimeSpan max)
    {
        var exponent = Math.Clamp(failures - 1, 0, 20);
        var full = TimeSpan.FromTicks(Math.Min(max.Ticks, initial.Ticks * (1L << exponent)));
        return full / 2 + full / 2 * (RandomNumberGenerator.GetInt32(1001) / 1000.0);
    }
}
