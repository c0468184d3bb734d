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

/// <summary>Sets to log, read from a message or from <c>/log …</c>. <paramref name="MentionsPain"/> when it also reports pain.</summary>
public sealed record LogSetsIntent(IReadOnlyList<Workouts.LoggedEntry> Entries, bool MentionsPain) : Intent;

/// <summary>An attempt to log that cannot be read; the message says what is wrong and shows an example.</summary>
public sealed record NotationErrorIntent(string Message) : Intent;

/// <summary>"same again" (<paramref name="Reps"/> null) or a lone rep count right after a log.</summary>
public sealed record CarryOverIntent(int? Reps, string Text) : Intent;

/// <summary><c>/undo</c>, or <c>/undo 12</c> from an Undo button naming its log.</summary>
public sealed record UndoIntent(long? LogId) : Intent;

/// <summary><c>/history [exercise]</c>.</summary>
public sealed record HistoryIntent(string Argument) : Intent;

/// <summary><c>/records [exercise]</c>.</summary>
public sealed record RecordsIntent(string Argument) : Intent;

/// <summary><c>/today</c> or "can I train today?".</summary>
public sealed record TodayIntent : Intent;

/// <summary><c>/next exercise</c>.</summary>
public sealed record NextIntent(string Argument) : Intent;

/// <summary><c>/progress exercise</c>: a chart.</summary>
public sealed record ProgressIntent(string Argument) : Intent;

/// <summary><c>/stats [week|month]</c>.</summary>
public sealed record StatsIntent(string Argument) : Intent;

/// <summary><c>/export</c>: all the user's sets as CSV.</summary>
public sealed record ExportIntent : Intent;

/// <summary><c>/forget</c> (asks for confirmation) or <c>/forget confirm</c> (deletes everything about the user).</summary>
public sealed record ForgetIntent(string Argument) : Intent;

/// <summary><c>/accountability on|off</c> (group admins).</summary>
public sealed record AccountabilityIntent(string Argument) : Intent;

/// <summary><c>/settings [key value]</c>: the group's settings in a group, the user's own in private.</summary>
public sealed record SettingsIntent(string Argument) : Intent;

/// <summary><c>/join [goal]</c>.</summary>
public sealed record JoinIntent(string Argument) : Intent;

/// <summary><c>/leave</c>.</summary>
public sealed record LeaveIntent : Intent;

/// <summary><c>/goal N</c>, <c>/share on|off</c>, <c>/remind on|off</c>: a member's own choices.</summary>
public sealed record MemberChoiceIntent(string Command, string Argument) : Intent;

/// <summary><c>/streak</c>.</summary>
public sealed record StreakIntent : Intent;

/// <summary><c>/board</c>.</summary>
public sealed record BoardIntent : Intent;

/// <summary>A bare "+", "done" or 💪: a session without sets.</summary>
public sealed record CheckInIntent : Intent;

/// <summary>A command addressed to another bot (<c>/help@OtherBot</c>): not for the coach.</summary>
public sealed record NotForCoachIntent : Intent;

/// <summary>Anything else: chatter the coach answers briefly in private and ignores in groups.</summary>
public sealed record ChatterIntent(string Text) : Intent;
