using InteractionAnalytics.Storage.Audit;
using InteractionAnalytics.Storage.Users;

namespace InteractionAnalytics.Storage.Tests;

[TestFixtureSource(typeof(StorageProvider), nameof(StorageProvider.All))]
public sealed class UserStoreTests(StorageProvider provider)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 2, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task Add_ThenGetAndList_StoredWithHashAndAudited()
    {
        await using var db = await provider.CreateAsync();
        var users = db.Database.Users;

        var added = await users.AddAsync(" Ana ", UserRoles.Supervisor, null, "hash-1", Now, "cli:root", default);
        await users.AddAsync("al", UserRoles.Agent, "A1", "hash-2", Now, "cli:root", default);
        var byName = await users.GetByNameAsync("ANA", default);
        var byId = await users.GetByIdAsync(added.UserId, default);
        var all = await users.ListAsync(default);
        var audit = await db.Database.AuditLog.ListAsync(AuditEntities.User, "al", default);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(added, Is.EqualTo(new StoredUser(added.UserId, "Ana", UserRoles.Supervisor, null, "hash-1", Now, Disabled: false)));
            Assert.That(byName, Is.EqualTo(added), "names compare without case");
            Assert.That(byId, Is.EqualTo(added));
            Assert.That(all.Select(u => (u.Name, u.Role, u.AgentId)), Is.EqualTo(new[] { ("al", UserRoles.Agent, (string?)"A1"), ("Ana", UserRoles.Supervisor, null) }));
            Assert.That(audit, Has.Count.EqualTo(1));
            Assert.That(audit[0].Action, Is.EqualTo(AuditActions.AddUser));
            Assert.That(audit[0].UserName, Is.EqualTo("cli:root"));
            Assert.That(audit[0].AfterJson, Is.EqualTo("{\"name\":\"al\",\"role\":\"agent\",\"agent_id\":\"A1\"}"));
            Assert.That(audit[0].AfterJson, Does.Not.Contain("hash"));
            Assert.That(added.ToString(), Does.Not.Contain("hash-1"));
        }
    }

    [Test]
    public async Task Add_NameTakenInOtherCase_Throws()
    {
        await using var db = await provider.CreateAsync();
        await db.Database.Users.AddAsync("ana", UserRoles.Qa, null, "h", Now, "t", default);

        Assert.That(async () => await db.Database.Users.AddAsync("ANA", UserRoles.Admin, null, "h", Now, "t", default), Throws.TypeOf<UserExistsException>());
    }

    [TestCase("", UserRoles.Qa, null, TestName = "EmptyName")]
    [TestCase("x", "boss", null, TestName = "UnknownRole")]
    [TestCase("x", UserRoles.Agent, null, TestName = "AgentWithoutAgentId")]
    [TestCase("x", UserRoles.Supervisor, "A1", TestName = "SupervisorWithAgentId")]
    [TestCase("line\nbreak", UserRoles.Qa, null, TestName = "ControlCharacter")]
    public async Task Add_Invalid_ThrowsAndStoresNothing(string name, string role, string? agentId)
    {
        await using var db = await provider.CreateAsync();

        Assert.That(async () => await db.Database.Users.AddAsync(name, role, agentId, "h", Now, "t", default), Throws.ArgumentException);
        Assert.That(await db.ScalarAsync<long>("SELECT COUNT(*) FROM users"), Is.Zero);
    }

    [Test]
    public async Task Disable_ActiveUser_DisabledOnceAndAudited()
    {
        await using var db = await provider.CreateAsync();
        await db.Database.Users.AddAsync("ana", UserRoles.Qa, null, "h", Now, "t", default);

        var first = await db.Database.Users.DisableAsync("Ana", "admin-1", Now, default);
        var second = await db.Database.Users.DisableAsync("ana", "admin-1", Now, default);
        var unknown = await db.Database.Users.DisableAsync("nobody", "admin-1", Now, default);

        var audit = await db.Database.AuditLog.ListAsync(AuditEntities.User, "ana", default);
        using (Assert.EnterMultipleScope())
        {
            Assert.That((first, second, unknown), Is.EqualTo((true, false, false)));
            Assert.That((await db.Database.Users.GetByNameAsync("ana", default))!.Disabled, Is.True);
            Assert.That(audit.Select(a => a.Action), Is.EqualTo(new[] { AuditActions.AddUser, AuditActions.DisableUser }));
            Assert.That(audit[1].UserName, Is.EqualTo("admin-1"));
        }
    }

    [Test]
    public async Task UpdatePasswordHash_ReplacesOnlyTheHash()
    {
        await using var db = await provider.CreateAsync();
        var user = await db.Database.Users.AddAsync("ana", UserRoles.Qa, null, "old", Now, "t", default);

        await db.Database.Users.UpdatePasswordHashAsync(user.UserId, "new", default);

        Assert.That(await db.Database.Users.GetByIdAsync(user.UserId, default), Is.EqualTo(user with { PasswordHash = "new" }));
    }
}
