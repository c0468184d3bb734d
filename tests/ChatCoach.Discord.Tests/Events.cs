namespace ChatCoach.Discord.Tests;

/// <summary>Gateway dispatch payloads, shaped like the protocol doc's examples.</summary>
internal static class Events
{
    /// <summary>When the tests' messages are sent unless they say otherwise.</summary>
    public static readonly DateTimeOffset DefaultTime = new(2026, 11, 24, 20, 56, 48, 961, TimeSpan.Zero);

    public static string DirectMessage(string id, string text, string userId = TestIds.Alice, string channelId = TestIds.AliceDm, DateTimeOffset? at = null, string? replyToBotMessage = null) => $$"""
        {"id":"{{id}}","channel_id":"{{channelId}}",
         "author":{"id":"{{userId}}","username":"alice","discriminator":"0","global_name":"Alice","avatar":null},
         "content":{{Json(text)}},"timestamp":"{{Time(at)}}","edited_timestamp":null,
         "mentions":[],"attachments":[],"embeds":[],"type":{{(replyToBotMessage is null ? 0 : 19)}},"channel_type":1
         {{Reference(replyToBotMessage)}} }
        """;

    public static string ChannelMessage(string id, string text, string userId = TestIds.Bob, string? replyToBotMessage = null, DateTimeOffset? at = null, string name = "Bob") => $$"""
        {"id":"{{id}}","channel_id":"{{TestIds.Channel}}","guild_id":"{{TestIds.Guild}}",
         "author":{"id":"{{userId}}","username":"{{name.ToLowerInvariant()}}","discriminator":"0","global_name":"{{name}}","avatar":null},
         "member":{"roles":[],"nick":null,"joined_at":"2025-01-01T00:00:00.000000+00:00"},
         "content":{{Json(text)}},"timestamp":"{{Time(at)}}","edited_timestamp":null,
         "mentions":[],"attachments":[],"embeds":[],"type":0,"channel_type":0
         {{Reference(replyToBotMessage)}} }
        """;

    /// <summary>A guild with an @everyone role that grants nothing, and a moderator role that may manage channels.</summary>
    public static string Guild(string ownerId = "1999") => $$"""
        {"id":"{{TestIds.Guild}}","name":"Lifters","owner_id":"{{ownerId}}",
         "roles":[{"id":"{{TestIds.Guild}}","name":"@everyone","permissions":"0"},{"id":"{{TestIds.ModeratorRole}}","name":"mods","permissions":"16"}]}
        """;

    private static string Reference(string? botMessageId) => botMessageId is null
        ? string.Empty
        : $$""","message_reference":{"message_id":"{{botMessageId}}"},"referenced_message":{"id":"{{botMessageId}}","author":{"id":"{{TestIds.Bot}}","bot":true} } """;

    /// <summary>
    /// A slash command by Alice (or <paramref name="userId"/>); in a guild the member's channel permissions are
    /// <paramref name="permissions"/> (16 = MANAGE_CHANNELS). The core's clock reads the interaction id, a snowflake.
    /// </summary>
    public static string SlashCommand(string id, string name, string options = "[]", bool inGuild = true, string userId = TestIds.Alice, string userName = "Alice", string permissions = "0") => $$"""
        {"id":"{{id}}","application_id":"{{TestIds.Application}}","type":2,"token":"tok-{{id}}","version":1,
         "channel_id":"{{(inGuild ? TestIds.Channel : TestIds.AliceDm)}}",{{Invoker(inGuild, userId, userName, permissions)}},
         "data":{"id":"100","name":"{{name}}","type":1,"options":{{options}}},"locale":"en-US","context":{{(inGuild ? 0 : 1)}}}
        """;

    public static string ButtonPress(string id, string customId, string onMessageId) => $$"""
        {"id":"{{id}}","application_id":"{{TestIds.Application}}","type":3,"token":"tok-{{id}}","version":1,
         "channel_id":"{{TestIds.AliceDm}}",{{Invoker(inGuild: false)}},
         "message":{"id":"{{onMessageId}}","channel_id":"{{TestIds.AliceDm}}"},
         "data":{"custom_id":{{Json(customId)}},"component_type":2},"context":1}
        """;

    public static string Autocomplete(string id, string typed) => $$"""
        {"id":"{{id}}","application_id":"{{TestIds.Application}}","type":4,"token":"tok-{{id}}","version":1,
         "channel_id":"{{TestIds.Channel}}",{{Invoker(inGuild: true)}},
         "data":{"id":"100","name":"howto","type":1,"options":[{"name":"exercise","type":3,"value":{{Json(typed)}},"focused":true}]} }
        """;

    private static string Invoker(bool inGuild, string userId = TestIds.Alice, string userName = "Alice", string permissions = "0") => inGuild
        ? $$""" "guild_id":"{{TestIds.Guild}}","member":{"user":{"id":"{{userId}}","username":"{{userName.ToLowerInvariant()}}","global_name":"{{userName}}"},"roles":[],"permissions":"{{permissions}}","nick":null} """
        : $$""" "user":{"id":"{{userId}}","username":"{{userName.ToLowerInvariant()}}","global_name":"{{userName}}"} """;

    private static string Time(DateTimeOffset? at) =>
        (at ?? DefaultTime).ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'+00:00'", System.Globalization.CultureInfo.InvariantCulture);

    private static string Json(string text) => System.Text.Json.JsonSerializer.Serialize(text);
}
