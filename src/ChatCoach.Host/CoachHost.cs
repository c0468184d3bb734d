using ChatCoach.Charts;
using ChatCoach.Core;
using ChatCoach.Core.Scheduling;
using ChatCoach.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatCoach.Host;

/// <summary>Builds the host every verb runs on: configuration sources, logging to stderr, the core and the store.</summary>
internal static class CoachHost
{
    /// <summary>
    /// Configuration, lowest to highest precedence: appsettings.json (beside the program), appsettings.{Environment}.json,
    /// user-secrets, environment variables (plain and CHATCOACH_-prefixed, __ for nesting), then command-line overrides.
    /// </summary>
    public static HostApplicationBuilder CreateBuilder(IReadOnlyList<string> configurationArgs, IDictionary<string, string?>? overrides = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            // appsettings.json is found beside the program whatever the working directory; data paths stay relative
            // to the working directory.
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });

        builder.Configuration.AddUserSecrets(typeof(CoachHost).Assembly, optional: true);
        builder.Configuration.AddEnvironmentVariables(prefix: "CHATCOACH_");
        builder.Configuration.AddCommandLine([.. configurationArgs]);
        if (overrides is not null)
        {
            builder.Configuration.AddInMemoryCollection(overrides);
        }

        // stdout belongs to the chat and to replay output; logs go to stderr.
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(15));

        builder.Services.AddChatCoachCore();
        builder.Services.AddChatCoachStorage();
        builder.Services.AddChatCoachCharts();
        return builder;
    }

    /// <summary>
    /// The host the <c>run</c> verb starts: every configured adapter and the scheduler. Tests that need "what run does"
    /// build it here too, so they cannot drift from the verb.
    /// </summary>
    public static (HostApplicationBuilder Builder, IReadOnlyList<string> Adapters) CreateRunBuilder(IReadOnlyList<string> configurationArgs)
    {
        var builder = CreateBuilder(configurationArgs);
        var adapters = Host.Adapters.Add(builder);

        // Digests and reminders run on the real clock here; replay drives the same work on its simulated clock.
        builder.Services.AddHostedService<DueWorkScheduler>();
        if (adapters.Contains("terminal", StringComparer.Ordinal))
        {
            // Info logs would interleave with the chat on the same screen: keep the terminal quiet unless configured.
            builder.Logging.AddFilter((category, level) => level >= LogLevel.Warning || builder.Configuration["Logging:LogLevel:Default"] is "Debug" or "Trace");
        }

        return (builder, adapters);
    }
}
