using ChatCoach.Core.Chat;

namespace ChatCoach.Core.Conversations;

/// <summary>The coach's fixed texts: help, greetings, fallbacks and the errors that do not belong to one feature.</summary>
public static class Replies
{
    public static Reply Help(bool isStart) =>
        new ReplyBuilder(ReplyKind.Help)
            .Title(isStart ? "Hi, I'm your strength coach" : "What I can do")
            .Line("I help you train your lower back and the rest of you: how to do each exercise, a log of what you lift, and a nudge when it's time to add weight or to rest.")
            .Line("Ask how to do an exercise:")
            .Bullets(["/howto deadlift", "how do I do a good morning?", "form tips for hollow holds", "/exercises lists everything I know"])
            .Line("Log what you did, the way you'd text a training partner:")
            .Bullets(["deadlift 3x5 100kg", "hollow hold 3x30s", "DL 100x5, 110x5, 120x3 @8", "/undo takes back your last log; reply to a log to correct it"])
            .Line("Coaching from your own log:")
            .Bullets(["/today: is your lower back due for a rest day?", "/next deadlift: what to lift next session, and why", "/progress deadlift: a chart", "/stats week or /stats month", "/history, /records"])
            .Line("In a group: an admin starts accountability with /accountability on; members /join 3 (sessions a week), check in with +, and see /board and /streak.")
            .Line("Your data: /export (CSV of every set), /forget (delete everything). Settings: /units kg|lb, /timezone Europe/Berlin. Advice: /tips.")
            .Emphasis("Feel your muscles work, never pain. If something hurts, tell me and stop.")
            .Build();

    public static Reply Greeting(string name) =>
        new ReplyBuilder(ReplyKind.Help)
            .Line($"Hi {name}! Ready to train? Log a set like \"deadlift 3x5 100kg\" or ask \"how do I do a deadlift?\". /help shows everything.")
            .Build();

    public static Reply Fallback() =>
        new ReplyBuilder(ReplyKind.Help)
            .Line("I didn't catch that. I can explain an exercise (/howto deadlift), list what I know (/exercises), or log a set (deadlift 3x5 100kg).")
            .Line("/help shows everything.")
            .Build();

    public static Reply UnknownCommand(string command) =>
        new ReplyBuilder(ReplyKind.Error)
            .Line($"I don't know the command /{Shorten(command)}.")
            .Line("Try /help for the list, for example: /howto deadlift")
            .Build();

    public static Reply Error(string problem, string example) =>
        new ReplyBuilder(ReplyKind.Error).Line(problem).Line($"For example: {example}").Build();

    public static Reply Settings(string text) => new ReplyBuilder(ReplyKind.Settings).Line(text).Build();

    /// <summary>Shown in a group when a reply with someone's own data could not reach them privately.</summary>
    public static Reply PrivateOnly(string name) =>
        new ReplyBuilder(ReplyKind.Help)
            .Line($"{name}, that answer is about your own training, so I send it privately, but I can't message you yet. Open a private chat with me, say hi, then ask again.")
            .Build();

    /// <summary>Cuts user-supplied text to a length that is safe to echo.</summary>
    public static string Shorten(string text, int max = 40) => text.Length <= max ? text : text[..max] + "…";
}
