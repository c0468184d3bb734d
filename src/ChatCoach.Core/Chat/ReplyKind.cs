namespace ChatCoach.Core.Chat;

/// <summary>What a reply is about. Adapters may style kinds differently; replay writes <see cref="ReplyKinds.Name"/>.</summary>
public enum ReplyKind
{
    HowTo,
    Help,
    Safety,
    Error,
    Exercises,
    Logged,
    Undo,
    History,
    Records,
    Progression,
    RestWarning,
    Caution,
    Stats,
    Chart,
    Export,
    Summary,
    Reminder,
    Streak,
    Board,
    Settings,
}

/// <summary>The wire names of <see cref="ReplyKind"/>, as written in replay JSON.</summary>
public static class ReplyKinds
{
    public static string Name(this ReplyKind kind) => kind switch
    {
        ReplyKind.HowTo => "howto",
        ReplyKind.Help => "help",
        ReplyKind.Safety => "safety",
        ReplyKind.Error => "error",
        ReplyKind.Exercises => "exercises",
        ReplyKind.Logged => "logged",
        ReplyKind.Undo => "undo",
        ReplyKind.History => "history",
        ReplyKind.Records => "records",
        ReplyKind.Progression => "progression",
        ReplyKind.RestWarning => "rest-warning",
        ReplyKind.Caution => "caution",
        ReplyKind.Stats => "stats",
        ReplyKind.Chart => "chart",
        ReplyKind.Export => "export",
        ReplyKind.Summary => "summary",
        ReplyKind.Reminder => "reminder",
        ReplyKind.Streak => "streak",
        ReplyKind.Board => "board",
        ReplyKind.Settings => "settings",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
