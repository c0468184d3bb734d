using System.Text.RegularExpressions;

namespace ChatCoach.Core.Conversations;

/// <summary>
/// Reads a message's text into an <see cref="Intent"/>. Pure: no store, no clock. Order matters: commands, then pain
/// (safety wins over everything), greetings, how-to phrasings, and finally chatter.
/// </summary>
public sealed partial class IntentReader(string botName)
{
    public Intent Read(string text)
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
                _ => new UnknownCommandIntent(command.Name),
            };
        }

        var clean = Normalise(text);
        if (clean.Length == 0)
        {
            return new ChatterIntent(text);
        }

        if (MentionsPain(clean))
        {
            return new PainIntent(clean);
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
        lower = lower.Replace("@" + botName.ToLowerInvariant(), " ", StringComparison.Ordinal);
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

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
