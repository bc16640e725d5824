using System.CommandLine;
using System.Globalization;
using System.Text;
using InteractionAnalytics.Storage;
using InteractionAnalytics.Storage.Users;
using InteractionAnalytics.Web.Security;

namespace InteractionAnalytics.Cli.Commands;

/// <summary><c>ia users</c>: add, list, disable, enable and change the role of the web app's users (docs/web.md).</summary>
internal static class UsersCommand
{
    public static Command Create(CliContext context) =>
        new("users", "Manage the web app's users: add (the password is read from standard input, never from the command line), list, disable, enable, set-role.")
        {
            Add(context),
            List(context),
            Disable(context),
            Enable(context),
            SetRole(context),
        };

    private static Command Add(CliContext context)
    {
        var db = CommonOptions.Database();
        var name = new Argument<string>("name") { Description = "The sign-in name (unique, compared without regard to case)." };
        var role = new Option<string>("--role")
        {
            Description = "admin (everything, and users), supervisor (all contacts, corrections), qa (all contacts, evaluations) or agent (own contacts only).",
            Required = true,
            HelpName = "role",
        };
        role.AcceptOnlyFromAmong([.. UserRoles.All]);
        var agentId = new Option<string?>("--agent-id")
        {
            Description = "For role agent (required there): the agent's id as in calls.csv agent_id; the user sees only those contacts.",
            HelpName = "id",
        };
        var command = new Command("add", "Add a user. The password is one line on standard input (typed without echo on a terminal; e.g. from a secret file: ia users add ana --role supervisor < secret). At least 8 characters.")
        {
            db, name, role, agentId,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var userRole = parse.GetRequiredValue(role);
            var agent = parse.GetValue(agentId);
            if (userRole == UserRoles.Agent && string.IsNullOrWhiteSpace(agent))
            {
                await context.Error.WriteLineAsync("error: role agent needs --agent-id (the agent's id in calls.csv)");
                return ExitCodes.Failure;
            }

            if (userRole != UserRoles.Agent && agent is not null)
            {
                await context.Error.WriteLineAsync($"error: --agent-id is only for role agent; role {userRole} sees every contact");
                return ExitCodes.Failure;
            }

            var password = await ReadPasswordAsync(context, cancellationToken);
            if (password is null)
            {
                await context.Error.WriteLineAsync("error: no password on standard input (give it as one line)");
                return ExitCodes.Failure;
            }

            if (UserPasswordHasher.Problem(password) is { } problem)
            {
                await context.Error.WriteLineAsync($"error: {problem}; the password was not stored");
                return ExitCodes.Failure;
            }

            var hash = new UserPasswordHasher().Hash(password);
            await using var database = await InteractionDatabase.OpenAsync(parse.GetValue(db), context.Time, cancellationToken);
            try
            {
                var user = await database.Users.AddAsync(
                    parse.GetRequiredValue(name), userRole, agent, hash, context.Time.GetUtcNow(), Actor(), cancellationToken);
                await context.Output.WriteLineAsync(user.AgentId is null
                    ? $"Added user {user.Name} ({user.Role})."
                    : $"Added user {user.Name} ({user.Role}, agent {user.AgentId}).");
                return ExitCodes.Success;
            }
            catch (Exception e) when (e is UserExistsException or ArgumentException)
            {
                await context.Error.WriteLineAsync($"error: {e.Message}");
                return ExitCodes.Failure;
            }
        });
        return command;
    }

    private static Command List(CliContext context)
    {
        var db = CommonOptions.Database();
        var command = new Command("list", "List the users: name, role, agent id, when added, and whether disabled. Never the password hashes.") { db };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var database = await InteractionDatabase.OpenAsync(parse.GetValue(db), context.Time, cancellationToken);
            var users = await database.Users.ListAsync(cancellationToken);
            if (users.Count == 0)
            {
                await context.Output.WriteLineAsync("No users yet. Add one: ia users add <name> --role admin");
                return ExitCodes.Success;
            }

            var width = Math.Max(4, users.Max(u => u.Name.Length));
            await context.Output.WriteLineAsync($"{"name".PadRight(width)}  {"role",-10}  {"agent id",-12}  {"added (UTC)",-19}  status");
            foreach (var u in users)
            {
                await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{u.Name.PadRight(width)}  {u.Role,-10}  {u.AgentId ?? "-",-12}  {u.CreatedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss}  {(u.Disabled ? "disabled" : "active")}"));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Disable(CliContext context)
    {
        var db = CommonOptions.Database();
        var name = new Argument<string>("name") { Description = "The user to disable." };
        var command = new Command("disable", "Disable a user: they cannot sign in, and a session of theirs ends at its next request. Audited.") { db, name };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var database = await InteractionDatabase.OpenAsync(parse.GetValue(db), context.Time, cancellationToken);
            var userName = parse.GetRequiredValue(name);
            try
            {
                if (!await database.Users.DisableAsync(userName, Actor(), context.Time.GetUtcNow(), cancellationToken))
                {
                    await context.Error.WriteLineAsync($"error: no active user named '{userName}'");
                    return ExitCodes.Failure;
                }
            }
            catch (InvalidOperationException e)
            {
                await context.Error.WriteLineAsync($"error: {e.Message}");
                return ExitCodes.Failure;
            }

            await context.Output.WriteLineAsync($"Disabled user {userName}.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Enable(CliContext context)
    {
        var db = CommonOptions.Database();
        var name = new Argument<string>("name") { Description = "The user to enable." };
        var command = new Command("enable", "Enable a disabled user: they can sign in again. Audited.") { db, name };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var database = await InteractionDatabase.OpenAsync(parse.GetValue(db), context.Time, cancellationToken);
            var userName = parse.GetRequiredValue(name);
            var user = await database.Users.GetByNameAsync(userName, cancellationToken);
            var result = user is null
                ? UserChangeResult.NotFound
                : await database.Users.SetDisabledAsync(user.UserId, false, new UserActor(Actor()), context.Time.GetUtcNow(), null, cancellationToken);
            if (result != UserChangeResult.Changed)
            {
                await context.Error.WriteLineAsync($"error: no disabled user named '{userName}'");
                return ExitCodes.Failure;
            }

            await context.Output.WriteLineAsync($"Enabled user {user!.Name}.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command SetRole(CliContext context)
    {
        var db = CommonOptions.Database();
        var name = new Argument<string>("name") { Description = "The user whose role changes." };
        var role = new Option<string>("--role") { Description = "The new role: admin, supervisor, qa or agent.", Required = true, HelpName = "role" };
        role.AcceptOnlyFromAmong([.. UserRoles.All]);
        var agentId = new Option<string?>("--agent-id") { Description = "For role agent (required there): the agent's id as in calls.csv agent_id.", HelpName = "id" };
        var command = new Command("set-role", "Change a user's role (and agent id). The last enabled admin cannot be demoted. Audited; applies to a signed-in session at its next request.")
        {
            db, name, role, agentId,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var database = await InteractionDatabase.OpenAsync(parse.GetValue(db), context.Time, cancellationToken);
            var userName = parse.GetRequiredValue(name);
            var user = await database.Users.GetByNameAsync(userName, cancellationToken);
            if (user is null)
            {
                await context.Error.WriteLineAsync($"error: no user named '{userName}'");
                return ExitCodes.Failure;
            }

            try
            {
                var result = await database.Users.SetRoleAsync(
                    user.UserId, parse.GetRequiredValue(role), parse.GetValue(agentId), new UserActor(Actor()), context.Time.GetUtcNow(), null, cancellationToken);
                if (result == UserChangeResult.RefusedLastAdmin)
                {
                    await context.Error.WriteLineAsync($"error: {user.Name} is the last enabled admin; add or enable another admin first");
                    return ExitCodes.Failure;
                }

                await context.Output.WriteLineAsync(result == UserChangeResult.Unchanged
                    ? $"User {user.Name} already has that role."
                    : $"User {user.Name} is now {parse.GetRequiredValue(role)}.");
                return ExitCodes.Success;
            }
            catch (ArgumentException e)
            {
                await context.Error.WriteLineAsync($"error: {e.Message}");
                return ExitCodes.Failure;
            }
        });
        return command;
    }

    // Who the audit log names for changes made on the command line: the operating-system account.
    private static string Actor() => $"cli:{Environment.UserName}";

    /// <summary>One line from standard input; on a terminal, read key by key so the password is not echoed.</summary>
    private static async Task<string?> ReadPasswordAsync(CliContext context, CancellationToken cancellationToken)
    {
        if (!context.IsInputTerminal)
        {
            return await context.Input.ReadLineAsync(cancellationToken);
        }

        await context.Error.WriteAsync($"Password (at least {UserPasswordHasher.MinimumLength} characters, not shown): ");
        var password = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                break;
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                password.Length = Math.Max(0, password.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }

        await context.Error.WriteLineAsync();
        return password.ToString();
    }
}
