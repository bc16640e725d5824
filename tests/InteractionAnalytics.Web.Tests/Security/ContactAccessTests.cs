using System.Security.Claims;
using InteractionAnalytics.Storage.Users;
using InteractionAnalytics.Web.Security;

namespace InteractionAnalytics.Web.Tests.Security;

public sealed class ContactAccessTests
{
    private static ContactAccess CreateSut() => new();

    private static ClaimsPrincipal User(string role, string? agentId) =>
        UserClaims.PrincipalFor(new StoredUser(1, "u", role, agentId, "hash", DateTimeOffset.UnixEpoch, Disabled: false));

    [TestCase(UserRoles.Admin)]
    [TestCase(UserRoles.Supervisor)]
    [TestCase(UserRoles.Qa)]
    public void ScopeOf_NonAgentRole_SeesAll(string role)
    {
        var scope = CreateSut().ScopeOf(User(role, null));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(scope.SeesAll, Is.True);
            Assert.That(scope.VisibleAgentId, Is.Null);
            Assert.That(scope.CanSee("A9"), Is.True);
        }
    }

    [Test]
    public void ScopeOf_Agent_OnlyOwnAgentId()
    {
        var scope = CreateSut().ScopeOf(User(UserRoles.Agent, "A1"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(scope.SeesAll, Is.False);
            Assert.That(scope.VisibleAgentId, Is.EqualTo("A1"));
            Assert.That(scope.CanSee("A1"), Is.True);
            Assert.That(scope.CanSee("A2"), Is.False);
            Assert.That(scope.CanSee(null), Is.False);
        }
    }

    [Test]
    public void ScopeOf_AgentWithoutAgentIdOrUnknownRoleOrAnonymous_SeesNothing()
    {
        var sut = CreateSut();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(sut.ScopeOf(User(UserRoles.Agent, null)).SeesNothing, Is.True);
            Assert.That(sut.ScopeOf(User("guest", null)).SeesNothing, Is.True);
            Assert.That(sut.ScopeOf(new ClaimsPrincipal(new ClaimsIdentity())).SeesNothing, Is.True);
        }
    }
}
