using ChatCoach.Core.Accountability;
using ChatCoach.Core.Conversations;
using ChatCoach.Core.Exercises;
using ChatCoach.Core.Progression;
using ChatCoach.Core.Recovery;
using ChatCoach.Core.Scheduling;
using ChatCoach.Core.Workouts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatCoach.Core;

public static class CoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers the conversation core: options (section <c>Coach</c>, validated at start-up), the seed catalog
    /// (loaded and validated at start-up), the engine and the clock.
    /// </summary>
    public static IServiceCollection AddChatCoachCore(this IServiceCollection services)
    {
        services.AddOptions<CoachOptions>().BindConfiguration(CoachOptions.SectionName)
            .Validate(o => WeightUnits.TryParse(o.DefaultUnit, out _), "Coach:DefaultUnit must be kg or lb")
            .Validate(o => TimeZoneInfo.TryFindSystemTimeZoneById(o.DefaultTimeZone, out _), "Coach:DefaultTimeZone must be an IANA timezone such as Europe/Berlin")
            .Validate(o => !string.IsNullOrWhiteSpace(o.BotName) && !o.BotName.Contains(' ', StringComparison.Ordinal), "Coach:BotName must be one word, the name people mention the coach by")
            .Validate(o => Directory.Exists(Path.Combine(SeedsLocator.Resolve(o.SeedsPath), "exercises")), "Coach:SeedsPath must name the seeds folder (it holds exercises/*.json)")
            .ValidateOnStart();

        services.AddOptions<CoachingOptions>().BindConfiguration(CoachingOptions.SectionName)
            .Validate(o => o.RecoveryRules.All(r => !string.IsNullOrWhiteSpace(r.Region)), "Coaching:RecoveryRules:N:Region must name a body region, such as lower-back")
            .Validate(o => o.RecoveryRules.All(r => r.MinDaysBetween is >= 1 and <= 14), "Coaching:RecoveryRules:N:MinDaysBetween must be between 1 and 14 (2 means nonconsecutive days)")
            .Validate(o => o.MaxJump is > 0 and <= 1, "Coaching:MaxJump must be a fraction between 0 and 1, such as 0.10")
            .ValidateOnStart();

        services.AddOptions<AccountabilityOptions>().BindConfiguration(AccountabilityOptions.SectionName)
            .Validate(o => o.DefaultWeeklyGoal is >= 1 and <= 14, "Accountability:DefaultWeeklyGoal must be between 1 and 14 sessions a week")
            .Validate(o => o.InactiveDays is >= 7 and <= 365, "Accountability:InactiveDays must be between 7 and 365")
            .ValidateOnStart();
        services.AddOptions<SchedulerOptions>().BindConfiguration(SchedulerOptions.SectionName)
            .Validate(o => o.TickInterval >= TimeSpan.FromSeconds(1) && o.TickInterval <= TimeSpan.FromMinutes(10), "Scheduler:TickInterval must be between 00:00:01 and 00:10:00")
            .Validate(o => !string.IsNullOrWhiteSpace(o.InstanceName), "Scheduler:InstanceName must not be empty")
            .ValidateOnStart();

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp =>
        {
            var path = SeedsLocator.Resolve(sp.GetRequiredService<IOptions<CoachOptions>>().Value.SeedsPath);
            var catalog = SeedLoader.Load(path);
            Log.SeedsLoaded(sp.GetRequiredService<ILogger<ExerciseCatalog>>(), catalog.Exercises.Count, catalog.Tips.Count, path);
            return catalog;
        });
        services.AddSingleton<HowToGuide>();
        services.AddSingleton<SetNotationParser>();
        services.AddSingleton(sp => new IntentReader(sp.GetRequiredService<IOptions<CoachOptions>>().Value.BotName, sp.GetRequiredService<SetNotationParser>()));
        services.AddSingleton<WorkoutLogging>();
        services.AddSingleton<CoachAdvice>();
        services.AddSingleton<ProgressReports>();
        services.AddSingleton<AccountabilityService>();
        services.AddSingleton<IDueWork, GroupSchedule>();
        services.AddSingleton<ConversationEngine>();
        services.AddSingleton<Chat.IChatHandler>(sp => sp.GetRequiredService<ConversationEngine>());

        // Seeds are checked when the host starts, not on the first message: a broken file stops the host with its name.
        services.AddHostedService<SeedsStartupCheck>();
        return services;
    }

    private sealed class SeedsStartupCheck(IServiceProvider services) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            _ = services.GetRequiredService<ExerciseCatalog>();
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
