using InteractionAnalytics.Storage.Audit;
using InteractionAnalytics.Storage.Users;

namespace InteractionAnalytics.Storage.Tests;

/// <summary>Changing users' roles, disabling, enabling and setting passwords: audit entries and the admin guard rails.</summary>
[TestFixtureSource(typeof(StorageProvider), nameof(StorageProvider.All))]
public sealed class UserGuardRailTests(StorageProvider provider)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 2, 0, 0, TimeSpan.Zero);

    private static async Task<(TestDatabase Db, StoredUser Ada, StoredUser Sue)> SeedAsync(StorageProvider provider)
    {
        var db = await provider.CreateAsync();
        var ada = await db.Database.Users.AddAsync("ada", UserRoles.Admin, null, "h-ada", Now, "t", default);
        var sue = await db.Database.Users.AddAsync("sue", UserRoles.Supervisor, null, "h-sue", Now, "t", default);
        return (db, ada, sue);
    }

    [Test]
    public async Task SetRole_ChangesRoleAndAgentId_AuditedBeforeAndAfter()
    {
        var (db, ada, sue) = await SeedAsync(provider);
        await using var _ = db;

        var result = await db.Database.Users.SetRoleAsync(sue.UserId, UserRoles.Agent, " A7 ", new UserActor("ada", ada.UserId), Now, "moved to the floor", default);
        var again = await db.Database.Users.SetRoleAsync(sue.UserId, UserRoles.Agent, "A7", new UserActor("ada", ada.UserId), Now, null, default);
        var audit = await db.Database.AuditLog.ListAsync(AuditEntities.User, "sue", default);

        using (Assert.EnterMultipleScope())
        {
            Assert.That((result, again), Is.EqualTo((UserChangeResult.Changed, UserChangeResult.Unchanged)));
            Assert.That(await db.Database.Users.GetByIdAsync(sue.UserId, default), Is.EqualTo(sue with { Role = UserRoles.Agent, AgentId = "A7" }));
            Assert.That(audit.Select(a => a.Action), Is.EqualTo(new[] { AuditActions.AddUser, AuditActions.ChangeUserRole }), "an unchanged role is not audited");
            Assert.That((audit[1].UserName, audit[1].Reason), Is.EqualTo(("ada", "moved to the floor")));
            Assert.That(audit[1].BeforeJson, Is.EqualTo("{\"role\":\"supervisor\",\"agent_id\":null}"));
            Assert.That(audit[1].AfterJson, Is.EqualTo("{\"role\":\"agent\",\"agent_id\":\"A7\"}"));
        }
    }

    [TestCase(UserRoles.Agent, null, TestName = "AgentWithoutAgentId")]
    [TestCase(UserRoles.Qa, "A1", TestName = "QaWithAgentId")]
    [TestCase("root", null, TestName = "UnknownRole")]
    public async Task SetRole_Invalid_ThrowsAndChangesNothing(string role, string? agentId)
    {
        var (db, ada, sue) = await SeedAsync(provider);
        await using var _ = db;

        Assert.That(async () => await db.Database.Users.SetRoleAsync(sue.UserId, role, agentId, new UserActor("ada", ada.UserId), Now, null, default),
            Throws.ArgumentException);
        Assert.That(await db.Database.Users.GetByIdAsync(sue.UserId, default), Is.EqualTo(sue));
    }

    [Test]
    public async Task AdminCannotDemoteOrDisableThemself_EvenWithAnotherAdmin()
    {
        var (db, ada, _) = await SeedAsync(provider);
        await using var __ = db;
        await db.Database.Users.AddAsync("root", UserRoles.Admin, null, "h", Now, "t", default);
        var self = new UserActor("ada", ada.UserId);

        var demote = await db.Database.Users.SetRoleAsync(ada.UserId, UserRoles.Supervisor, null, self, Now, null, default);
        var disable = await db.Database.Users.SetDisabledAsync(ada.UserId, true, self, Now, null, default);

        using (Assert.EnterMultipleScope())
        {
            Assert.That((demote, disable), Is.EqualTo((UserChangeResult.RefusedSelf, UserChangeResult.RefusedSelf)));
            Assert.That(await db.Database.Users.GetByIdAsync(ada.UserId, default), Is.EqualTo(ada));
            Assert.That((await db.Database.AuditLog.ListAsync(AuditEntities.User, "ada", default)).Select(a => a.Action),
                Is.EqualTo(new[] { AuditActions.AddUser }), "a refusal is not audited");
        }
    }

    [Test]
    public async Task LastEnabledAdmin_NeverDisabledOrDemoted_ByAnyone()
    {
        var (db, ada, sue) = await SeedAsync(provider);
        await using var _ = db;
        var other = await db.Database.Users.AddAsync("root", UserRoles.Admin, null, "h", Now, "t", default);
        var cli = new UserActor("cli:root");

        // Two admins: one may be disabled; then the other is the last enabled one.
        var first = await db.Database.Users.SetDisabledAsync(other.UserId, true, new UserActor("ada", ada.UserId), Now, null, default);
        var demoteLast = await db.Database.Users.SetRoleAsync(ada.UserId, UserRoles.Qa, null, cli, Now, null, default);
        var disableLast = await db.Database.Users.SetDisabledAsync(ada.UserId, true, new UserActor("sue", sue.UserId), Now, null, default);
        var byName = () => db.Database.Users.DisableAsync("ADA", "cli:root", Now, default);

        // A disabled admin is no guard: demoting them is allowed.
        var demoteDisabled = await db.Database.Users.SetRoleAsync(other.UserId, UserRoles.Qa, null, cli, Now, null, default);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first, Is.EqualTo(UserChangeResult.Changed));
            Assert.That((demoteLast, disableLast), Is.EqualTo((UserChangeResult.RefusedLastAdmin, UserChangeResult.RefusedLastAdmin)));
            Assert.That(byName, Throws.InvalidOperationException.With.Message.Contains("last enabled admin"));
            Assert.That(await db.Database.Users.GetByIdAsync(ada.UserId, default), Is.EqualTo(ada));
            Assert.That(demoteDisabled, Is.EqualTo(UserChangeResult.Changed));
        }
    }

    [Test]
    public async Task EnableAgain_ThenAnotherAdminMayBeDisabled()
    {
        var (db, ada, _) = await SeedAsync(provider);
        await using var __ = db;
        var root = await db.Database.Users.AddAsync("root", UserRoles.Admin, null, "h", Now, "t", default);
        var cli = new UserActor("cli:root");
        await db.Database.Users.SetDisabledAsync(root.UserId, true, cli, Now, null, default);

        var enable = await db.Database.Users.SetDisabledAsync(root.UserId, false, cli, Now, "back from leave", default);
        var enableAgain = await db.Database.Users.SetDisabledAsync(root.UserId, false, cli, Now, null, default);
        var disableAda = await db.Database.Users.SetDisabledAsync(ada.UserId, true, new UserActor("root", root.UserId), Now, null, default);
        var audit = await db.Database.AuditLog.ListAsync(AuditEntities.User, "root", default);

        using (Assert.EnterMultipleScope())
        {
            Assert.That((enable, enableAgain, disableAda), Is.EqualTo((UserChangeResult.Changed, UserChangeResult.Unchanged, UserChangeResult.Changed)));
            Assert.That(audit.Select(a => a.Action), Is.EqualTo(new[] { AuditActions.AddUser, AuditActions.DisableUser, AuditActions.EnableUser }));
            Assert.That((audit[2].BeforeJson, audit[2].AfterJson, audit[2].Reason),
                Is.EqualTo(("{\"disabled\":\"true\"}", "{\"disabled\":\"false\"}", "back from leave")));
            Assert.That((await db.Database.Users.GetByIdAsync(ada.UserId, default))!.Disabled, Is.True);
        }
    }

    [Test]
    public async Task ResetPassword_NewHash_AuditedWithoutIt()
    {
        var (db, ada, sue) = await SeedAsync(provider);
        await using var _ = db;

        var result = await db.Database.Users.ResetPasswordAsync(sue.UserId, "h-new", new UserActor("ada", ada.UserId), Now, null, default);
        var missing = await db.Database.Users.ResetPasswordAsync(999, "h-new", new UserActor("ada", ada.UserId), Now, null, default);
        var audit = await db.Database.AuditLog.ListAsync(AuditEntities.User, "sue", default);

        using (Assert.EnterMultipleScope())
        {
            Assert.That((result, missing), Is.EqualTo((UserChangeResult.Changed, UserChangeResult.NotFound)));
            Assert.That((await db.Database.Users.GetByIdAsync(sue.UserId, default))!.PasswordHash, Is.EqualTo("h-new"));
            Assert.That(audit[^1].Action, Is.EqualTo(AuditActions.ResetPassword));
            Assert.That(audit[^1].BeforeJson + audit[^1].AfterJson, Does.Not.Contain("h-"));
        }
    }

    [Test]
    public async Task UnknownUser_NotFound()
    {
        var (db, ada, _) = await SeedAsync(provider);
        await using var __ = db;
        var actor = new UserActor("ada", ada.UserId);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await db.Database.Users.SetRoleAsync(999, UserRoles.Qa, null, actor, Now, null, default), Is.EqualTo(UserChangeResult.NotFound));
            Assert.That(await db.Database.Users.SetDisabledAsync(999, true, actor, Now, null, default), Is.EqualTo(UserChangeResult.NotFound));
        }
    }
}
