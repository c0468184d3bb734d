using ChatCoach.Discord;
using ChatCoach.Telegram;
using ChatCoach.Terminal;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace ChatCoach.Host;

/// <summary>Decides which adapters run from the configuration, and registers them.</summary>
internal static class Adapters
{
    /// <summary>Registers the configured adapters and returns their names.</summary>
    public static IReadOnlyList<string> Add(HostApplicationBuilder builder)
    {
        var names = new List<string>();
        var config = builder.Configuration;

        // A platform runs when its token is configured; its options are validated when the host starts.
        if (!string.IsNullOrWhiteSpace(config["Telegram:BotToken"]))
        {
            builder.Services.AddChatCoachTelegram();
            names.Add("telegram");
        }

        if (!string.IsNullOrWhiteSpace(config["Discord:BotToken"]))
        {
            builder.Services.AddChatCoachDiscord();
            names.Add("discord");
        }

        // The terminal chat runs when asked, or when no platform is configured: a fresh clone starts chatting.
        var anyPlatform = names.Count > 0;
        var terminal = config.GetValue<bool?>("Terminal:Enabled") ?? !anyPlatform;
        if (terminal)
        {
            builder.Services.AddChatCoachTerminal();
            names.Add("terminal");
        }

        return names;
    }
}
