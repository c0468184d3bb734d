using ChatCoach.Core.Accountability;
using ChatCoach.Core.Chat;
using ChatCoach.Core.Users;
using ChatCoach.Core.Workouts;

namespace ChatCoach.Core.Conversations;

/// <summary>One transaction over the store. Disposing without <see cref="CommitAsync"/> rolls everything back.</summary>
public interface ICoachSession : IAsyncDisposable
{
    IMessageLog Messages { get; }

    IUserRepository Users { get; }

    IWorkoutRepository Workouts { get; }

    IGroupRepository Groups { get; }

    Task CommitAsync(CancellationToken ct);
}
