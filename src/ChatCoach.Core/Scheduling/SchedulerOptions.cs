namespace ChatCoach.Core.Scheduling;

/// <summary>The background scheduler (section <c>Scheduler</c>).</summary>
public sealed class SchedulerOptions
{
    public const string SectionName = "Scheduler";

    /// <summary>How often due work is checked. Digests and reminders are minute-grained, so 30 s is plenty.</summary>
    public TimeSpan TickInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A name for this process in job claims, so the database shows who sent a digest.</summary>
    public string InstanceName { get; set; } = Environment.MachineName + ":" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
