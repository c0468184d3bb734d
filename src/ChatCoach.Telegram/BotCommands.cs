using Telegram.Bot.Types;

namespace ChatCoach.Telegram;

/// <summary>
/// The command menus Telegram shows in private chats and in groups: every command the core understands, under its
/// main name (aliases such as /prs still work when typed). Telegram refuses a menu with a repeated name.
/// </summary>
internal static class BotCommands
{
    public static readonly BotCommand[] Private =
    [
        new("start", "Start here: what I can do"),
        new("help", "Everything I can do"),
        new("howto", "How to do an exercise: /howto deadlift"),
        new("exercises", "The exercises I can explain"),
        new("tips", "Coaching tips for a strong lower back"),
        new("log", "Log a workout: /log deadlift 3x5 100kg"),
        new("undo", "Take back your last log"),
        new("history", "Your recent workouts"),
        new("records", "Your personal records"),
        new("today", "Is your lower back due for a rest day?"),
        new("next", "What to do next session: /next deadlift"),
        new("progress", "A chart of your progress: /progress deadlift"),
        new("stats", "Your training in numbers: /stats month"),
        new("export", "Your whole log as a CSV file"),
        new("forget", "Delete everything I know about you"),
        new("units", "Weigh in kg or lb: /units lb"),
        new("timezone", "Your timezone: /timezone Europe/Berlin"),
        new("settings", "Your unit and timezone"),
    ];

    public static readonly BotCommand[] Group =
    [
        .. Private.Where(c => c.Command != "settings"),
        new("accountability", "Group accountability on or off (admins)"),
        new("settings", "This group's settings; admins change them"),
        new("join", "Join the group's accountability: /join 3"),
        new("leave", "Leave the group's accountability"),
        new("goal", "Your weekly goal in sessions: /goal 3"),
        new("share", "Show your weights in this group: /share on"),
        new("remind", "A midweek nudge when you're behind: /remind on"),
        new("streak", "Your streak of weeks at your goal"),
        new("board", "This week's board"),
        new("checkin", "Count a session without sets (or send +)"),
    ];
}
