using ChatCoach.Core.Chat;
using ChatCoach.Core.Users;
using ChatCoach.Core.Workouts;

namespace ChatCoach.Storage.Tests;

public sealed class UserRepositoryTests
{
    private static readonly UserDefaults Defaults = new(WeightUnit.Kg, "UTC");

    [Fact]
    public async Task A_new_identity_becomes_a_user_with_the_defaults_and_keeps_its_id()
    {
        await using var db = await TestDatabase.CreateAsync();

        var first = await EnsureAsync(db, "ana", "Ana");
        var again = await EnsureAsync(db, "ana", "Ana B.");

        Assert.Equal(first.Id, again.Id);
        Assert.Equal("Ana B.", again.DisplayName);
        Assert.Equal(WeightUnit.Kg, again.Unit);
        Assert.Equal("UTC", again.TimeZone);
    }

    [Fact]
    public async Task Unit_and_timezone_changes_are_stored()
    {
        await using var db = await TestDatabase.CreateAsync();
        var ana = await EnsureAsync(db, "ana", "Ana");

        await using (var session = await db.Store.BeginAsync(CancellationToken.None))
        {
            await session.Users.SetUnitAsync(ana.Id, WeightUnit.Lb, CancellationToken.None);
            await session.Users.SetTimeZoneAsync(ana.Id, "Europe/Berlin", CancellationToken.None);
            await session.CommitAsync(CancellationToken.None);
        }

        await using var read = await db.Store.BeginAsync(CancellationToken.None);
        var stored = await read.Users.GetAsync(ana.Id, CancellationToken.None);
        Assert.Equal(WeightUnit.Lb, stored!.Unit);
        Assert.Equal("Europe/Berlin", stored.TimeZone);
    }

    [Fact]
    public async Task Deleting_a_user_removes_their_identities_and_message_records()
    {
        await using var db = await TestDatabase.CreateAsync();
        var ana = await EnsureAsync(db, "ana", "Ana");
        await using (var session = await db.Store.BeginAsync(CancellationToken.None))
        {
            await session.Messages.TryRecordAsync(new ChatAddress(ChatPlatform.Terminal, "ana", false), "1", ana.Id, DateTimeOffset.UnixEpoch, CancellationToken.None);
            await session.Users.DeleteAsync(ana.Id, CancellationToken.None);
            await session.CommitAsync(CancellationToken.None);
        }

        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT COUNT(*) FROM users"));
        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT COUNT(*) FROM user_identities"));
        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT COUNT(*) FROM inbound_messages"));
    }

    private static async Task<UserProfile> EnsureAsync(TestDatabase db, string id, string name)
    {
        await using var session = await db.Store.BeginAsync(CancellationToken.None);
        var user = await session.Users.EnsureAsync(ChatPlatform.Terminal, id, name, Defaults, DateTimeOffset.UnixEpoch, CancellationToken.None);
        await session.CommitAsync(CancellationToken.None);
        return user;
    }
}
