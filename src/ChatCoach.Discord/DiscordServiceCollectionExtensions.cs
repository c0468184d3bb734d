using System.Globalization;
using ChatCoach.Core.Chat;
using ChatCoach.Discord.Gateway;
using ChatCoach.Discord.Rest;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatCoach.Discord;

public static class DiscordServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Discord adapter (section <c>Discord</c>, validated at start-up): the gateway and REST clients,
    /// the hosted adapter, and the Discord <see cref="IChatSender"/>. Needs the core registered too.
    /// </summary>
    public static IServiceCollection AddChatCoachDiscord(this IServiceCollection services)
    {
        services.AddOptions<DiscordOptions>().BindConfiguration(DiscordOptions.SectionName)
            .Validate(o => !string.IsNullOrWhiteSpace(o.BotToken) && !o.BotToken.Any(char.IsWhiteSpace), "Discord:BotToken must be the bot token from the developer portal (Bot → Reset Token), without spaces or a 'Bot ' prefix")
            .Validate(o => Uri.TryCreate(o.ApiBaseUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp), "Discord:ApiBaseUrl must be an absolute http(s) URL such as https://discord.com/api/v10")
            .Validate(o => string.IsNullOrWhiteSpace(o.DevGuildId) || ulong.TryParse(o.DevGuildId, NumberStyles.None, CultureInfo.InvariantCulture, out _), "Discord:DevGuildId must be a guild (server) id: digits only")
            .Validate(o => o.ShardCount >= 1, "Discord:ShardCount must be at least 1")
            .Validate(o => o.ShardId >= 0 && o.ShardId < o.ShardCount, "Discord:ShardId must be at least 0 and less than Discord:ShardCount")
            .Validate(o => o.InteractionDeferAfterMs is >= 0 and <= 2500, "Discord:InteractionDeferAfterMs must be between 0 and 2500 (Discord drops interactions not answered within 3 s)")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(new DiscordTimings());
        services.TryAddSingleton<Func<IGatewayTransport>>(() => new WebSocketGatewayTransport());
        services.AddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IOptions<DiscordOptions>>().Value;
            var handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
            return new DiscordRestClient(handler, o.ApiBaseUrl, o.BotToken!, sp.GetRequiredService<DiscordTimings>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<DiscordRestClient>>());
        });
        services.AddSingleton<DiscordApi>();
        services.AddSingleton<GatewayClient>();
        services.AddSingleton<GuildCache>();
        services.AddSingleton<ChannelQueue>();
        services.AddSingleton<MessageTranslator>();
        services.AddSingleton<SlashCommands>();
        services.AddSingleton<ReplySender>();
        services.AddSingleton<InteractionResponder>();
        services.AddSingleton<DiscordAdapter>();
        services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<DiscordAdapter>());
        services.AddSingleton<IChatSender>(sp => sp.GetRequiredService<ReplySender>());
        return services;
    }
}
