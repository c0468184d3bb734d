using System.Data.Common;
using ChatCoach.Core.Accountability;
using ChatCoach.Core.Chat;
using ChatCoach.Core.Conversations;
using ChatCoach.Core.Users;
using ChatCoach.Core.Workouts;

namespace ChatCoach.Storage;

/// <summary>The store over a SQL database: each session is one connection and one transaction.</summary>
internal sealed class SqlCoachStore(CoachDatabase database) : ICoachStore
{
    public async Task<ICoachSession> BeginAsync(CancellationToken ct)
    {
        DapperTypes.Register();
        var connection = await database.OpenAsync(ct);
        try
        {
            // SQLite's BeginTransaction is BEGIN IMMEDIATE: the write lock is taken up front, so two writers queue on
            // the busy timeout instead of failing halfway with SQLITE_BUSY on upgrade.
            var transaction = await connection.BeginTransactionAsync(ct);
            return new Session(connection, transaction);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private sealed class Session(DbConnection connection, DbTransaction transaction) : ICoachSession
    {
        private bool _committed;

        public IMessageLog Messages { get; } = new MessageLog(connection, transaction);

        public IUserRepository Users { get; } = new UserRepository(connection, transaction);

        public IWorkoutRepository Workouts { get; } = new WorkoutRepository(connection, transaction);

        public IGroupRepository Groups { get; } = new GroupRepository(connection, transaction);

        public async Task CommitAsync(CancellationToken ct)
        {
            await transaction.CommitAsync(ct);
            _committed = true;
        }

        public async ValueTask DisposeAsync()
        {
            if (!_committed)
            {
                try
                {
                    await transaction.RollbackAsync(CancellationToken.None);
                }
                catch (InvalidOperationException)
                {
                    // Already completed or the connection broke: nothing left to roll back.
                }
            }

            await transaction.DisposeAsync();
            await connection.DisposeAsync();
        }
    }
}
