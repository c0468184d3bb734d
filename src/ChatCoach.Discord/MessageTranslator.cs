using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using ChatCoach.Core.Chat;

namespace ChatCoach.Discord;

/// <summary>Discord dispatches → the core's <see cref="InboundMessage"/>. The only place that reads Discord message JSON.</summary>
internal sealed partial class MessageTranslator(GuildCache guilds)
{
    /// <summary>
    /// MESSAGE_CREATE (or, with <paramref name="edit"/>, MESSAGE_UPDATE) → a message, or null for the bot's own
    /// messages, other bots, and updates without new text.
    /// </summary>
    public InboundMessage? FromMessage(JsonElement d, string? botUserId, bool edit)
    {
        if (!d.TryGetProperty("author", out var author) || author.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var authorId = Str(author, "id");
        if (authorId is null || Bool(author, "bot") || authorId == botUserId)
        {
            return null;
        }

        var content = Str(d, "content");
        var editedAt = Str(d, "edited_timestamp");
        if (content is null || (edit && editedAt is null))
        {
            return null;
        }

        var guildId = Str(d, "guild_id");
        var channelId = Str(d, "channel_id")!;
        var mentioned = botUserId is not null && content.Contains($"<@{botUserId}>", StringComparison.Ordinal) | content.Contains($"<@!{botUserId}>", StringComparison.Ordinal);
        var text = mentioned ? StripMention(content, botUserId!) : content;
        var replyTo = d.TryGetProperty("message_reference", out var reference) ? Str(reference, "message_id") : null;
        var replyToCoach = d.TryGetProperty("referenced_message", out var referenced) && referenced.ValueKind == JsonValueKind.Object
            && referenced.TryGetProperty("author", out var referencedAuthor) && Str(referencedAuthor, "id") == botUserId && botUserId is not null;
        if (text.Length == 0 && !mentioned)
        {
            // No text (a sticker, an attachment, or content withheld without the Message Content intent): nothing to read.
            return null;
        }

        d.TryGetProperty("member", out var member);
        var roles = member.ValueKind == JsonValueKind.Object && member.TryGetProperty("roles", out var r) && r.ValueKind == JsonValueKind.Array
            ? r.EnumerateArray().Select(x => x.GetString() ?? string.Empty)
            : [];
        var id = Str(d, "id")!;
        var sentAt = ParseTime(edit ? editedAt : Str(d, "timestamp")) ?? Snowflake.Time(id);
        return new InboundMessage(
            new ChatAddress(ChatPlatform.Discord, channelId, IsGroup: guildId is not null),
            authorId,
            DisplayName(author, member),
            id,
            text,
            sentAt)
        {
            ReplyToMessageId = replyTo,
            ReplyToCoach = replyToCoach,
            AddressesCoach = guildId is null || mentioned || replyToCoach,
            IsEdit = edit,
            EventId = edit ? "edit:" + editedAt : null,
            SenderIsAdmin = guildId is not null && guilds.IsAdmin(guildId, authorId, roles),
        };
    }

    /// <summary>
    /// An application command (type 2) or button press (type 3) → a message whose text is the command it stands
    /// for; null for a button whose custom_id is not a valid command.
    /// </summary>
    public static InboundMessage? FromInteraction(JsonElement d)
    {
        var id = Str(d, "id")!;
        var type = d.GetProperty("type").GetInt32();
        var data = d.GetProperty("data");
        string text;
        string messageId;
        if (type == InteractionType.Component)
        {
            var customId = Str(data, "custom_id");
            if (!MessageRenderer.IsValidCommand(customId))
            {
                return null;
            }

            text = customId!;
            messageId = d.TryGetProperty("message", out var m) ? Str(m, "id") ?? id : id;
        }
        else
        {
            text = SlashCommands.ToText(data);
            messageId = id;
        }

        var guildId = Str(d, "guild_id");
        d.TryGetProperty("member", out var member);
        var user = member.ValueKind == JsonValueKind.Object ? member.GetProperty("user") : d.GetProperty("user");
        var permissions = member.ValueKind == JsonValueKind.Object ? GuildCache.ParsePermissions(Str(member, "permissions")) : 0;
        var channelId = Str(d, "channel_id") ?? (d.TryGetProperty("channel", out var c) ? Str(c, "id") : null) ?? id;
        return new InboundMessage(
            new ChatAddress(ChatPlatform.Discord, channelId, IsGroup: guildId is not null),
            Str(user, "id")!,
            DisplayName(user, member),
            messageId,
            text,
            Snowflake.Time(id))
        {
            AddressesCoach = true,
            EventId = "ix:" + id,
            ReplyToMessageId = type == InteractionType.Component ? messageId : null,
            ReplyToCoach = type == InteractionType.Component,
            SenderIsAdmin = (permissions & GuildCache.AdminPermissions) != 0,
        };
    }

    private static string StripMention(string content, string botUserId) =>
        Spaces().Replace(content.Replace($"<@!{botUserId}>", " ", StringComparison.Ordinal).Replace($"<@{botUserId}>", " ", StringComparison.Ordinal), " ").Trim();

    private static string DisplayName(JsonElement user, JsonElement member) =>
        (member.ValueKind == JsonValueKind.Object ? Str(member, "nick") : null) ?? Str(user, "global_name") ?? Str(user, "username") ?? "someone";

    private static DateTimeOffset? ParseTime(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) ? t : null;

    private static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static bool Bool(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.True;

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
