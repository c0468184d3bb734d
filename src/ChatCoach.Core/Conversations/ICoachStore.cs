namespace ChatCoach.Core.Conversations;

/// <summary>
/// The store as the core sees it. Each inbound message is handled in one <see cref="ICoachSession"/>: one
/// transaction, so a message either changes everything it should or nothing.
/// </summary>
public interface ICoachStore
{
    Task<ICoachSession> BeginAsync(CancellationToken ct);
}
