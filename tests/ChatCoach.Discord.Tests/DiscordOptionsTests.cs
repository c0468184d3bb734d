using Microsoft.Extensions.Options;

namespace ChatCoach.Discord.Tests;

/// <summary>Bad settings stop start-up with a message that names the key.</summary>
public sealed class DiscordOptionsTests
{
    [Theory]
    [InlineData("Discord:ShardId", "2", "Discord:ShardId must be at least 0 and less than Discord:ShardCount")]
    [InlineData("Discord:ShardCount", "0", "Discord:ShardCount must be at least 1")]
    [InlineData("Discord:DevGuildId", "my-server", "Discord:DevGuildId must be a guild (server) id")]
    [InlineData("Discord:ApiBaseUrl", "discord.com", "Discord:ApiBaseUrl must be an absolute http(s) URL")]
    [InlineData("Discord:BotToken", "Bot abc", "Discord:BotToken must be the bot token")]
    [InlineData("Discord:InteractionDeferAfterMs", "3000", "Discord:InteractionDeferAfterMs must be between 0 and 2500")]
    public async Task An_invalid_setting_fails_start_up_naming_the_key(string key, string value, string message)
    {
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => TestDiscord.StartAsync(settings: new() { [key] = value, ["Discord:ShardCount"] = key == "Discord:ShardCount" ? value : "2" }));

        Assert.Contains(failure.Failures, f => f.StartsWith(message, StringComparison.Ordinal));
    }
}
