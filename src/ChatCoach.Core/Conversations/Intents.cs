namespace ChatCoach.Core.Conversations;

/// <summary>What a message asks for, read from its text. The engine dispatches on it with one switch.</summary>
public abstract record Intent;

/// <summary><c>/start</c> or <c>/help</c>.</summary>
public sealed record HelpIntent(bool IsStart) : Intent;

/// <summary>A greeting ("good morning everyone", "gm all"): never a how-to.</summary>
public sealed record GreetingIntent : Intent;

/// <summary>How to do an exercise. <paramref name="Strong"/> when the phrasing leaves no doubt it is a how-to.</summary>
public sealed record HowToIntent(string Query, bool Strong) : Intent;

/// <summary><c>/exercises</c>: the catalog grouped by region.</summary>
public sealed record ExercisesIntent : Intent;

/// <summary><c>/tips</c>: the coaching advice.</summary>
public sealed record TipsIntent : Intent;

/// <summary>A mention of pain or injury, with the exercise named alongside, if any.</summary>
public sealed record PainIntent(string Text) : Intent;

/// <summary><c>/units kg|lb</c>.</summary>
public sealed record UnitsIntent(string Argument) : Intent;

/// <summary><c>/timezone Europe/Berlin</c>.</summary>
public sealed record TimeZoneIntent(string Argument) : Intent;

/// <summary>A slash command the coach does not know.</summary>
public sealed record UnknownCommandIntent(string Command) : Intent;

/// <summary>A command addressed to another bot (<c>/help@OtherBot</c>): not for the coach.</summary>
public sealed record NotForCoachIntent : Intent;

/// <summary>Anything else: chatter the coach answers briefly in private and ignores in groups.</summary>
public sealed record ChatterIntent(string Text) : Intent;
