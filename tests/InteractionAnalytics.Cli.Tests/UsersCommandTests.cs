using InteractionAnalytics.Storage;
using InteractionAnalytics.Storage.Audit;
using InteractionAnalytics.Web.Security;
using Microsoft.AspNetCore.Identity;

namespace InteractionAnalytics.Cli.Tests;

public sealed class UsersCommandTests
{
    [Test]
    public async Task UsersAddThenList_PasswordFromStandardInput_StoredHashedAndListed()
    {
        using var temp = new TempDirectory();

        var supervisor = await CliRun.RunWithInputAsync("correct horse battery\n", "users", "add", "Ana", "--role", "supervisor", "--db", temp.Database);
        var agent = await CliRun.RunWithInputAsync("agent-secret-1\n", "users", "add", "al", "--role", "agent", "--agent-id", "A1", "--db", temp.Database);
        var list = await CliRun.RunAsync("users", "list", "--db", temp.Database);

        await using var database = await InteractionDatabase.OpenAsync(temp.Database, TimeProvider.System, CancellationToken.None);
        var stored = await database.Users.GetByNameAsync("ana", CancellationToken.None);
        var audit = await database.AuditLog.ListAsync(AuditEntities.User, "al", CancellationToken.None);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(supervisor.ExitCode, Is.Zero, supervisor.ToString());
            Assert.That(agent.ExitCode, Is.Zero, agent.ToString());
            Assert.That(supervisor.Output, Does.Contain("Added user Ana (supervisor)."));
            Assert.That(supervisor.Output + supervisor.Error, Does.Not.Contain("correct horse"), "the password is never echoed");
            Assert.That(list.ExitCode, Is.Zero, list.ToString());
            Assert.That(list.Output, Does.Match(@"Ana\s+supervisor\s+-\s+\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\s+active"));
            Assert.That(list.Output, Does.Match(@"al\s+agent\s+A1\s"));
            Assert.That(list.Output, Does.Not.Contain(stored!.PasswordHash));
            Assert.That(stored.PasswordHash, Does.Not.Contain("correct horse"));
            Assert.That(new UserPasswordHasher().Verify(stored, "correct horse battery"), Is.EqualTo(PasswordVerificationResult.Success));
            Assert.That(audit.Single().UserName, Does.StartWith("cli:"));
        }
    }

    [TestCase("", "no password on standard input", TestName = "NoInput")]
    [TestCase("\n", "the password is empty", TestName = "EmptyLine")]
    [TestCase("seven77\n", "shorter than 8 characters", TestName = "TooShort")]
    public async Task UsersAdd_BadPassword_RefusedAndNothingStored(string input, string message)
    {
        using var temp = new TempDirectory();

        var run = await CliRun.RunWithInputAsync(input, "users", "add", "ana", "--role", "qa", "--db", temp.Database);
        var list = await CliRun.RunAsync("users", "list", "--db", temp.Database);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
            Assert.That(run.Error, Does.Contain(message));
            Assert.That(list.Output, Does.Contain("No users yet"));
        }
    }

    [TestCase("agent", null, "role agent needs --agent-id", TestName = "AgentWithoutAgentId")]
    [TestCase("qa", "A1", "--agent-id is only for role agent", TestName = "QaWithAgentId")]
    public async Task UsersAdd_AgentIdMismatch_Refused(string role, string? agentId, string message)
    {
        using var temp = new TempDirectory();
        string[] args = agentId is null
            ? ["users", "add", "x", "--role", role, "--db", temp.Database]
            : ["users", "add", "x", "--role", role, "--agent-id", agentId, "--db", temp.Database];

        var run = await CliRun.RunWithInputAsync("long-enough-1\n", args);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
            Assert.That(run.Error, Does.Contain(message));
        }
    }

    [Test]
    public async Task UsersAdd_UnknownRoleOrTakenName_Refused()
    {
        using var temp = new TempDirectory();
        await CliRun.RunWithInputAsync("long-enough-1\n", "users", "add", "ana", "--role", "qa", "--db", temp.Database);

        var unknownRole = await CliRun.RunWithInputAsync("long-enough-1\n", "users", "add", "bo", "--role", "boss", "--db", temp.Database);
        var taken = await CliRun.RunWithInputAsync("long-enough-1\n", "users", "add", "ANA", "--role", "admin", "--db", temp.Database);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(unknownRole.ExitCode, Is.Not.Zero, unknownRole.ToString());
            Assert.That(taken.ExitCode, Is.EqualTo(1), taken.ToString());
            Assert.That(taken.Error, Does.Contain("already exists"));
        }
    }

    [Test]
    public async Task UsersDisable_ActiveUser_ListedAsDisabled()
    {
        using var temp = new TempDirectory();
        await CliRun.RunWithInputAsync("long-enough-1\n", "users", "add", "ana", "--role", "qa", "--db", temp.Database);

        var disable = await CliRun.RunAsync("users", "disable", "ana", "--db", temp.Database);
        var again = await CliRun.RunAsync("users", "disable", "ana", "--db", temp.Database);
        var list = await CliRun.RunAsync("users", "list", "--db", temp.Database);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(disable.ExitCode, Is.Zero, disable.ToString());
            Assert.That(again.ExitCode, Is.EqualTo(1));
            Assert.That(list.Output, Does.Match(@"ana\s+qa\s.*disabled"));
        }
    }

    [Test]
    public async Task UsersSetRoleAndEnable_ChangedAndLastAdminGuarded()
    {
        using var temp = new TempDirectory();
        await CliRun.RunWithInputAsync("long-enough-1\n", "users", "add", "root", "--role", "admin", "--db", temp.Database);
        await CliRun.RunWithInputAsync("long-enough-1\n", "users", "add", "ana", "--role", "qa", "--db", temp.Database);

        var toAgent = await CliRun.RunAsync("users", "set-role", "ana", "--role", "agent", "--agent-id", "A9", "--db", temp.Database);
        var demoteLast = await CliRun.RunAsync("users", "set-role", "root", "--role", "qa", "--db", temp.Database);
        var disableLast = await CliRun.RunAsync("users", "disable", "root", "--db", temp.Database);
        await CliRun.RunAsync("users", "disable", "ana", "--db", temp.Database);
        var enable = await CliRun.RunAsync("users", "enable", "ana", "--db", temp.Database);
        var list = await CliRun.RunAsync("users", "list", "--db", temp.Database);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(toAgent.ExitCode, Is.Zero, toAgent.ToString());
            Assert.That((demoteLast.ExitCode, disableLast.ExitCode), Is.EqualTo((1, 1)));
            Assert.That(demoteLast.Error, Does.Contain("last enabled admin"));
            Assert.That(disableLast.Error, Does.Contain("last enabled admin"));
            Assert.That(enable.ExitCode, Is.Zero, enable.ToString());
            Assert.That(list.Output, Does.Match(@"ana\s+agent\s+A9\s.*active"));
            Assert.That(list.Output, Does.Match(@"root\s+admin\s.*active"));
        }
    }
}
