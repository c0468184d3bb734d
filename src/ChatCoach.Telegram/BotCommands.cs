using Telegram.Bot.Types;

namespace ChatCoach.Telegram;

/// <summary>The command menus Telegram shows in private chats and in groups.</summary>
internal static class BotCommands
{
    public static readonly BotCommand[] Private =
    [
        new("start", "Start here: what I can do"),
        new("help", "Everything I can do"),
        new("howto", "How to do an exercise: /howto deadlift"),
        new("exercises", "The exercises I can explain"),
        new("log", "Log a workout: /log deadlift 3x5 100kg"),
        new("undo", "Take back your last log"),
        new("history", "Your recent workouts"),
        new("records", "Your personal records"),
        new("today", "What you trained today"),
        new("next", "What to do next session"),
        new("progress", "A chart of your progress: /progress deadlift"),
        new("stats", "Your training in numbers"),
        new("export", "Your whole log as a CSV file"),
        new("forget", "Delete everything I know about you"),
        new("units", "Weigh in kg or lb: /units lb"),
        new("timezone", "Your timezone: /timezone Europe/Berlin"),
        new("tips", "Coaching tips"),
    ];

    public static readonly BotCommand[] Group =
    [
        .. Private,
        new("accountability", "Group accountability: how it works here"),
        new("join", "Join the group's accountability"),
        new("leave", "Leave the group's accountability"),
        new("goal", "Set your weekly goal: /goal 3"),
        new("streak", "Training streaks in this group"),
        new("board", "This week's board"),
        new("share", "Share your last workout with the group"),
        new("remind", "Set the group's reminder"),
    ];
}
