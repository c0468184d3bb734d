using System.Globalization;
using System.Text.RegularExpressions;
using ChatCoach.Core.Workouts;

namespace ChatCoach.Core.Conversations;

/// <summary>
/// Reads a message's text into an <see cref="Intent"/>. Pure: no store, no clock (the caller passes the user's unit and
/// day). Order matters: commands; then a log (a log that mentions pain is still logged, with a safety reply); then pain
/// (safety wins over everything else), carry-over, greetings, how-to phrasings, and finally chatter.
/// </summary>
public sealed partial class IntentReader(string botName, SetNotationParser parser)
{
    private readonly string _mention = "@" + botName;
    private readonly string _lowerMention = "@" + botName.ToLowerInvariant();

    public Intent Read(string text, ParseContext context)
    {
        if (CommandLine.TryParse(text, out var command))
        {
            if (command.BotName is not null && !command.BotName.Equals(botName, StringComparison.OrdinalIgnoreCase))
            {
                return new NotForCoachIntent();
            }

            return command.Name switch
            {
                "start" => new HelpIntent(IsStart: true),
                "help" => new HelpIntent(IsStart: false),
                "howto" or "how" or "form" => new HowToIntent(command.Arguments, Strong: true),
                "exercises" or "catalog" => new ExercisesIntent(),
                "tips" or "advice" => new TipsIntent(),
                "units" or "unit" => new UnitsIntent(command.Arguments),
                "timezone" or "tz" => new TimeZoneIntent(command.Arguments),
                "log" => ReadLogCommand(command.Arguments, context),
                "undo" => ReadUndo(command.Arguments),
                "history" => new HistoryIntent(command.Arguments),
                "records" or "prs" or "pr" => new RecordsIntent(command.Arguments),
                "today" => new TodayIntent(),
                "next" => new NextIntent(command.Arguments),
                "progress" or "chart" => new ProgressIntent(command.Arguments),
                "stats" => new StatsIntent(command.Arguments),
                "export" => new ExportIntent(),
                "forget" or "deleteme" => new ForgetIntent(command.Arguments),
                "accountability" => new AccountabilityIntent(command.Arguments),
                "settings" => new SettingsIntent(command.Arguments),
                "join" => new JoinIntent(command.Arguments),
                "leave" => new LeaveIntent(),
                "goal" or "share" or "remind" => new MemberChoiceIntent(command.Name, command.Arguments),
                "streak" => new StreakIntent(),
                "board" or "leaderboard" => new BoardIntent(),
                "checkin" or "done" => new CheckInIntent(),
                _ => new UnknownCommandIntent(command.Name),
            };
        }

        var clean = Normalise(text);
        if (clean.Length == 0)
        {
            return new ChatterIntent(text);
        }

        switch (parser.Parse(StripMention(text), context))
        {
            case LogNotation log:
                return new LogSetsIntent(log.Entries, MentionsPain(clean));
            case NotationError error:
                return new NotationErrorIntent(error.Message);
        }

        if (MentionsPain(clean))
        {
            return new PainIntent(clean);
        }

        if (CheckIn().IsMatch(clean))
        {
            return new CheckInIntent();
        }

        if (CarryOver().Match(clean) is { Success: true } again)
        {
            return new CarryOverIntent(again.Groups["reps"].Success ? int.Parse(again.Groups["reps"].Value, CultureInfo.InvariantCulture) : null, clean);
        }

        if (Today().IsMatch(clean))
        {
            return new TodayIntent();
        }

        if (Greeting().IsMatch(clean))
        {
            return new GreetingIntent();
        }

        foreach (var (pattern, strong) in HowToPatterns)
        {
            var match = pattern.Match(clean);
            if (match.Success)
            {
                return new HowToIntent(match.Groups["x"].Value.Trim(), strong);
            }
        }

        return new ChatterIntent(clean);
    }

    private Intent ReadLogCommand(string arguments, ParseContext context) => parser.Parse(arguments, context) switch
    {
        LogNotation log => new LogSetsIntent(log.Entries, MentionsPain(arguments)),
        NotationError error => new NotationErrorIntent(error.Message),
        _ => new NotationErrorIntent(string.IsNullOrWhiteSpace(arguments)
            ? "/log needs the sets to log after it. For example: /log deadlift 3x5 100kg"
            : "I couldn't find sets to log in that: name the exercise and the sets. For example: /log deadlift 3x5 100kg"),
    };

    private static Intent ReadUndo(string arguments) =>
        long.TryParse(arguments.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? new UndoIntent(id) : new UndoIntent(null);

    private string StripMention(string text) => text.Replace(_mention, " ", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when the text talks about pain or injury, and does not say the opposite ("no pain").</summary>
    public static bool MentionsPain(string text)
    {
        var lower = text.ToLowerInvariant();
        return PainWords().IsMatch(lower) && !NoPain().IsMatch(lower);
    }

    /// <summary>Lower case, mention of the coach removed, whitespace collapsed, trailing punctuation dropped.</summary>
    private string Normalise(string text)
    {
        var lower = text.ToLowerInvariant().Replace('’', '\'');
        lower = lower.Replace(_lowerMention, " ", StringComparison.Ordinal);
        lower = Spaces().Replace(lower, " ").Trim();
        return lower.TrimEnd('?', '!', '.', ' ').TrimStart(',', ' ');
    }

    private static readonly (Regex Pattern, bool Strong)[] HowToPatterns =
    [
        (new Regex(@"^(?:hey |hi |ok |so |coach,? )?how (?:do|should|can|would|to) (?:i |you |we |one )?(?:do |perform |execute |properly do |correctly do )?(?:an? |the |my |proper )?(?<x>.+?)(?: properly| correctly| right| safely)?$", RegexOptions.CultureInvariant), true),
        (new Regex(@"^(?:proper |good )?(?:form|technique)(?: tips| cues| check| advice)? (?:for|on) (?:an? |the |my )?(?<x>.+)$", RegexOptions.CultureInvariant), true),
        (new Regex(@"^(?:tips|cues|advice|guide|instructions) (?:for|on|with) (?:an? |the |my )?(?<x>.+)$", RegexOptions.CultureInvariant), true),
        (new Regex(@"^(?<x>.+?) (?:form|technique|tips|cues|how to|howto|form tips|form check)$", RegexOptions.CultureInvariant), true),
        (new Regex(@"^(?:what'?s|what is|what are|whats) (?:an? |the )?(?<x>.+)$", RegexOptions.CultureInvariant), false),
        (new Regex(@"^(?:show|teach|tell) me (?:about |how to do |how to )?(?:an? |the )?(?<x>.+)$", RegexOptions.CultureInvariant), false),
        (new Regex(@"^explain (?:an? |the )?(?<x>.+)$", RegexOptions.CultureInvariant), false),
        (new Regex(@"^(?<x>[a-z][a-z0-9 '\-]{1,40})$", RegexOptions.CultureInvariant), false),
    ];

    [GeneratedRegex(@"^(?:good ?morning|gm|morning|mornin|hi|hello|hey|hiya|yo|howdy|good (?:afternoon|evening|night)|gn|sup)(?:[ ,!]+(?:everyone|everybody|all|y'all|guys|team|folks|fam|friends|people|there|coach|crew|gang|squad|again))*[ !.]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Greeting();

    [GeneratedRegex(@"\b(?:hurts?|hurting|hurt|pain|painful|pains|injur(?:y|ed|ies)|ache|aches|aching|tweaked|tweak|twinge|pulled (?:my|a)|strained|sprained|sciatica|herniated|slipped dis[ck]|numbness|tingling)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PainWords();

    [GeneratedRegex(@"\b(?:no|without|zero|free of) pain\b|\bpain[- ]free\b|\bno pain,? no gain\b|\bdoesn'?t hurt\b|\bdid ?n[o']t hurt\b|\bnot hurt", RegexOptions.CultureInvariant)]
    private static partial Regex NoPain();

    [GeneratedRegex(@"^(?:same again|same|again|one more|another(?: one| set)?|repeat|\+1|(?<reps>[1-9][0-9]?)(?: reps?| more)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex CarryOver();

    [GeneratedRegex(@"^(?:can|should|may) i (?:train|lift|work ?out|deadlift|go to the gym|do (?:lower )?back(?: work)?)(?: today| now)?$|^what (?:should|can) i (?:do|train) today$|^(?:is )?today (?:a )?rest day$", RegexOptions.CultureInvariant)]
    private static partial Regex Today();

    [GeneratedRegex(@"^(?:\+|done|💪+|✅|checked in|check in)$", RegexOptions.CultureInvariant)]
    private static partial Regex CheckIn();

    // Only runs of two or more, and whitespace other than a plain space, need replacing: most messages have none.
    [GeneratedRegex(@"\s{2,}|[^\S ]")]
    private static partial Regex Spaces();
}
