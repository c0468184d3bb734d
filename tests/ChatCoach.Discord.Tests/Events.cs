namespace ChatCoach.Discord.Tests;

/// <summary>Gateway dispatch payloads, shaped like the protocol doc's examples.</summary>
internal static class Events
{
    public static string DirectMessage(string id, string text, string userId = TestIds.Alice, string channelId = TestIds.AliceDm) => $$"""
        {"id":"{{id}}","channel_id":"{{channelId}}",
         "author":{"id":"{{userId}}","username":"alice","discriminator":"0","global_name":"Alice","avatar":null},
         "content":{{Json(text)}},"timestamp":"2026-11-24T20:56:48.961000+00:00","edited_timestamp":null,
         "mentions":[],"attachments":[],"embeds":[],"type":0,"channel_type":1}
        """;

    public static string ChannelMessage(string id, string text, string userId = TestIds.Bob, string? replyToBotMessage = null) => $$"""
        {"id":"{{id}}","channel_id":"{{TestIds.Channel}}","guild_id":"{{TestIds.Guild}}",
         "author":{"id":"{{userId}}","username":"bob","discriminator":"0","global_name":"Bob","avatar":null},
         "member":{"roles":[],"nick":null,"joined_at":"2025-01-01T00:00:00.000000+00:00"},
         "content":{{Json(text)}},"timestamp":"2026-11-24T20:56:48.961000+00:00","edited_timestamp":null,
         "mentions":[],"attachments":[],"embeds":[],"type":0,"channel_type":0
         {{Reference(replyToBotMessage)}} }
        """;

    private static string Reference(string? botMessageId) => botMessageId is null
        ? string.Empty
        : $$""","message_reference":{"message_id":"{{botMessageId}}"},"referenced_message":{"id":"{{botMessageId}}","author":{"id":"{{TestIds.Bot}}","bot":true} } """;

    public static string SlashCommand(string id, string name, string options = "[]", bool inGuild = true) => $$"""
        {"id":"{{id}}","application_id":"{{TestIds.Application}}","type":2,"token":"tok-{{id}}","version":1,
         "channel_id":"{{(inGuild ? TestIds.Channel : TestIds.AliceDm)}}",{{Invoker(inGuild)}},
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

    private static string Invoker(bool inGuild) => inGuild
        ? $$""" "guild_id":"{{TestIds.Guild}}","member":{"user":{"id":"{{TestIds.Alice}}","username":"alice","global_name":"Alice"},"roles":[],"permissions":"0","nick":null} """
        : $$""" "user":{"id":"{{TestIds.Alice}}","username":"alice","global_name":"Alice"} """;

    private static string Json(string text) => System.Text.Json.JsonSerializer.Serialize(text);
}
