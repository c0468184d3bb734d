using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types.Enums;

namespace ChatCoach.Telegram;

/// <summary>
/// Whether a member administers a group, from getChatMember, remembered per (chat, user) for a few minutes: asked only
/// for commands in groups, so chatter costs no API calls.
/// </summary>
internal sealed class AdminCache(ITelegramBotClient bot, TelegramTuning tuning, TimeProvider clock, ILogger<AdminCache> logger)
{
    private const int MaxEntries = 10_000;

    private readonly ConcurrentDictionary<(long Chat, long User), (bool IsAdmin, DateTimeOffset Until)> _known = new();

    public async Task<bool> IsAdminAsync(long chatId, long userId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (_known.TryGetValue((chatId, userId), out var entry) && entry.Until > now)
        {
            return entry.IsAdmin;
        }

        bool isAdmin;
        try
        {
            var member = await bot.GetChatMember(chatId, userId, ct);
            isAdmin = member.Status is ChatMemberStatus.Creator or ChatMemberStatus.Administrator;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Not remembered: the next command asks again. Meanwhile the member is treated as not an admin.
            Log.AdminLookupFailed(logger, userId, chatId, TelegramErrors.Describe(e));
            return false;
        }

        if (_known.Count >= MaxEntries)
        {
            _known.Clear();
        }

        _known[(chatId, userId)] = (isAdmin, now + tuning.AdminCacheFor);
        return isAdmin;
    }
}
