using System.Text;
using ChatCoach.Core.Chat;
using ChatCoach.Core.Conversations;
using ChatCoach.Core.Workouts;

namespace ChatCoach.Core.Users;

/// <summary>Workout logs are health data: each user can take all of theirs with them, or have all of it deleted.</summary>
public static class PersonalData
{
    public const string ConfirmWord = "confirm";

    public static async Task<Reply> ExportAsync(ICoachSession session, UserProfile user, CancellationToken ct)
    {
        var sets = await session.Workouts.AllUserSetsAsync(user.Id, ct);
        var csv = WorkoutCsv.Write(sets);
        var days = sets.Select(s => s.Date).Distinct().Count();
        return new ReplyBuilder(ReplyKind.Export)
            .Line(sets.Count == 0
                ? "You have nothing logged yet, so your export is just the header row."
                : $"Here is everything you logged: {sets.Count} sets over {days} training days, one row per set.")
            .Build() with
        {
            Attachment = new ReplyAttachment("chatcoach-export.csv", "text/csv", Encoding.UTF8.GetBytes(csv)),
        };
    }

    public static async Task<Reply> ForgetAsync(ICoachSession session, UserProfile user, string argument, CancellationToken ct)
    {
        if (!argument.Trim().Equals(ConfirmWord, StringComparison.OrdinalIgnoreCase))
        {
            return new ReplyBuilder(ReplyKind.Settings)
                .Line("This deletes everything I have about you: every logged set, your records, settings and group memberships. It cannot be undone.")
                .Line("To go ahead, press the button or send: /forget confirm")
                .Line("You can take a copy first with /export.")
                .Build() with
            {
                Actions = [new ReplyAction("Delete all my data", "/forget confirm")],
            };
        }

        var sets = (await session.Workouts.AllUserSetsAsync(user.Id, ct)).Count;
        await session.Users.DeleteAsync(user.Id, ct);
        return new ReplyBuilder(ReplyKind.Settings)
            .Line($"Done: I deleted everything about you, including {sets} logged sets. If you write again, I'll start fresh.")
            .Build();
    }
}
