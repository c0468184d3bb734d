using ChatCoach.Core.Accountability;
using ChatCoach.Core.Chat;
using ChatCoach.Core.Conversations;
using ChatCoach.Core.Users;
using ChatCoach.Core.Workouts;

namespace ChatCoach.Storage;

/// <summary>The store over a SQL database: each session is one connection and one transaction.</summary>
internal sealed class SqlCoachStore(CoachDatabase database) : ICoachStore
{
    // SQLite's count that changes whenever another connection has committed to the file.
    private const string DataVersion = "PRAGMA data_version";

    private const string BeginImmediate = "BEGIN IMMEDIATE";

    private const string BeginWithDataVersion = BeginImmediate + "; " + DataVersion;

    private const string Commit = "COMMIT";

    private const string Rollback = "ROLLBACK";

    public async Task<ICoachSession> BeginAsync(CancellationToken ct)
    {
        DapperTypes.Register();
        var lent = await database.RentAsync(ct);
        try
        {
            // BEGIN IMMEDIATE (SQLite's BeginTransaction is that too): the write lock is taken up front, so two writers
            // queue on the busy timeout instead of failing halfway with SQLITE_BUSY on upgrade. Where statements are
            // kept compiled, BEGIN and COMMIT are kept too (the provider's transaction object compiles them anew each
            // time), and commands run without a transaction object.
            var transaction = lent.Commands is null ? await lent.Connection.BeginTransactionAsync(ct) : null;
            var commands = new SessionCommands(lent.Connection, transaction, lent.Commands, lent.Known);
            if (lent.Known is { } known)
            {
                // Under the write lock nobody else can commit until this session ends, so what data_version says holds
                // throughout. One command for both: it runs BEGIN, then answers with the pragma's row.
                known.BeginSession(await commands.ScalarInt64Async(transaction is null ? BeginWithDataVersion : DataVersion, [], ct));
            }
            else if (transaction is null)
            {
                await commands.ExecuteAsync(BeginImmediate, [], ct);
            }

            return new Session(database, lent, commands);
        }
        catch
        {
            await database.ReturnAsync(lent, reusable: false);
            throw;
        }
    }

    private sealed class Session(CoachDatabase database, LentConnection lent, SessionCommands commands) : ICoachSession
    {
        private bool _committed;

        public IMessageLog Messages { get; } = new MessageLog(commands);

        public IUserRepository Users { get; } = new UserRepository(commands);

        public IWorkoutRepository Workouts { get; } = new WorkoutRepository(commands);

        public IGroupRepository Groups { get; } = new GroupRepository(commands.Connection, commands.Transaction);

        public async Task CommitAsync(CancellationToken ct)
        {
            if (commands.Transaction is { } transaction)
            {
                await transaction.CommitAsync(ct);
            }
            else
            {
                await commands.ExecuteAsync(Commit, [], ct);
            }

            _committed = true;
            commands.Known?.Committed();
        }

        public async ValueTask DisposeAsync()
        {
            // The connection goes back to the pool only when its transaction is known to be over; otherwise it closes,
            // which rolls back whatever is left.
            var reusable = _committed;
            if (!_committed)
            {
                commands.Known?.EndedWithoutCommit();
            }

            try
            {
                if (!_committed)
                {
                    try
                    {
                        if (commands.Transaction is { } transaction)
                        {
                            await transaction.RollbackAsync(CancellationToken.None);
                        }
                        else
                        {
                            await commands.ExecuteAsync(Rollback, [], CancellationToken.None);
                        }

                        reusable = true;
                    }
                    catch (Exception e) when (e is InvalidOperationException or System.Data.Common.DbException)
                    {
                        // Already completed or the connection broke: nothing left to roll back, and the connection is
                        // closed rather than trusted again.
                    }
                }

                if (commands.Transaction is { } used)
                {
                    await used.DisposeAsync();
                }
            }
            finally
            {
                await database.ReturnAsync(lent, reusable);
            }
        }
    }
}
