using ChatCoach.Core.Chat;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChatCoach.Terminal;

public static class TerminalServiceCollectionExtensions
{
    /// <summary>Registers the interactive terminal chat on stdin/stdout (section <c>Terminal</c>).</summary>
    public static IServiceCollection AddChatCoachTerminal(this IServiceCollection services)
    {
        services.AddOptions<TerminalOptions>().BindConfiguration(TerminalOptions.SectionName)
            .Validate(o => o.UserName is null || (o.UserName.Length is > 0 and <= 64 && !o.UserName.Any(char.IsControl)), "Terminal:UserName must be 1 to 64 printable characters")
            .Validate(o => !string.IsNullOrWhiteSpace(o.OutputPath), "Terminal:OutputPath must name a folder")
            .ValidateOnStart();
        services.AddSingleton(new TerminalConsole(Console.In, Console.Out));
        services.AddSingleton<TerminalChat>();
        services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<TerminalChat>());
        services.AddSingleton<IChatSender>(sp => sp.GetRequiredService<TerminalChat>());
        return services;
    }
}
