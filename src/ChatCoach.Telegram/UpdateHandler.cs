using System.Globalization;
using ChatCoach.Core.Chat;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace ChatCoach.Telegram;

/// <summary>
/// Handles one update to the end: translate it, ask the core, send the replies. Polling and the webhook both call it,
/// and an update counts as handled (offset moved, 200 returned) only once this returns.
/// </summary>
internal sealed class UpdateHandler(
    ITelegramBotClient bot,
    BotProfile profile,
    IChatHandler core,
    TelegramSender sender,
    AdminCache admins,
    TimeProvider clock,
    ILogger<UpdateHandler> logger)
{
    private const string StaleButton = "That button no longer works. Type /help to see what I can do.";

    /// <summary>The chat an update belongs to, so updates of one chat are handled in order; null when none.</summary>
    public static long? ChatOf(Update update) =>
        update.Message?.Chat.Id ?? update.EditedMessage?.Chat.Id ?? update.CallbackQuery?.Message?.Chat.Id ?? update.MyChatMember?.Chat.Id;

    public Task HandleAsync(Update update, CancellationToken ct) => update switch
    {
        { Message: { } m } => HandleMessageAsync(update.Id, m, isEdit: false, ct),
        { EditedMessage: { } m } => HandleMessageAsync(update.Id, m, isEdit: true, ct),
        { CallbackQuery: { } q } => HandleButtonAsync(update.Id, q, ct),
        { MyChatMember: { } change } => NoteMembership(change),
        _ => Ignore(update.Id, update.Type.ToString()),
    };

    private Task HandleMessageAsync(int updateId, Message m, bool isEdit, CancellationToken ct)
    {
        var message = UpdateReader.FromMessage(m, isEdit, profile.Me, out var ignored);
        return message is null ? Ignore(updateId, ignored ?? "unreadable") : AskCoreAsync(message, ct);
    }

    private async Task HandleButtonAsync(int updateId, CallbackQuery q, CancellationToken ct)
    {
        if (!UpdateReader.IsCommandData(q.Data))
        {
            Log.InvalidCallback(logger, q.Id);
            await AnswerButtonAsync(q.Id, StaleButton, ct);
            return;
        }

        // Answered first: the client shows a spinner on the button until it is, whatever the core then says.
        await AnswerButtonAsync(q.Id, null, ct);
        var message = UpdateReader.FromCallback(q, clock.GetUtcNow());
        if (message is null)
        {
            await Ignore(updateId, "button on a message the bot cannot see");
            return;
        }

        await AskCoreAsync(message, ct);
    }

    private async Task AskCoreAsync(InboundMessage message, CancellationToken ct)
    {
        if (message.Chat.IsGroup && UpdateReader.IsCommand(message.Text))
        {
            message = message with
            {
                SenderIsAdmin = await admins.IsAdminAsync(Number(message.Chat.ChatId), Number(message.UserId), ct),
            };
        }

        var replies = await core.HandleAsync(message, ct);
        foreach (var reply in replies)
        {
            await sender.AnswerAsync(message, reply, ct);
        }
    }

    private async Task AnswerButtonAsync(string callbackId, string? alert, CancellationToken ct)
    {
        try
        {
            await bot.AnswerCallbackQuery(callbackId, alert, showAlert: alert is not null, cancellationToken: ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A press redelivered after a restart is too old to answer; the command itself still counts.
            Log.CallbackAnswerFailed(logger, callbackId, TelegramErrors.Describe(e));
        }
    }

    private Task NoteMembership(ChatMemberUpdated change)
    {
        Log.MembershipChanged(logger, change.NewChatMember.Status.ToString(), change.Chat.Id);
        return Task.CompletedTask;
    }

    private Task Ignore(int updateId, string reason)
    {
        Log.UpdateIgnored(logger, updateId, reason);
        return Task.CompletedTask;
    }

    private static long Number(string id) => long.Parse(id, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
}
