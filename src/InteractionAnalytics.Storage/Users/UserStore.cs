using System.Data.Common;
using Dapper;
using InteractionAnalytics.Storage.Audit;
using InteractionAnalytics.Storage.Dialects;

namespace InteractionAnalytics.Storage.Users;

/// <summary>
/// The web app's users (<c>users</c>): add, read, list, change role, disable, enable, set a password. Passwords never
/// reach this class: the web app hashes them (ASP.NET Core Identity's password hasher) and this stores the hash text.
/// Every change is audited in its own transaction, and two guard rails hold there (not only in the pages): an admin
/// cannot disable or demote themself, and the last enabled admin can never be disabled or demoted.
/// </summary>
public sealed class UserStore
{
    /// <summary>The longest sign-in name accepted, in characters.</summary>
    public const int MaxNameLength = 64;

    /// <summary>Whether <paramref name="name"/> may name a user: 1 to <see cref="MaxNameLength"/> characters, none a control character.</summary>
    public static bool IsValidName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Length is > 0 and <= MaxNameLength && !name.Any(char.IsControl);
    }

    private const string Columns = """
        user_id AS UserId, name AS Name, role AS Role, agent_id AS AgentId, password_hash AS PasswordHash,
        created_at AS CreatedAt, disabled AS Disabled
        """;

    private readonly DbDataSource _dataSource;
    private readonly SqlDialect _dialect;

    internal UserStore(DbDataSource dataSource, SqlDialect dialect)
    {
        _dataSource = dataSource;
        _dialect = dialect;
    }

    /// <summary>
    /// Adds a user and audits it as done by <paramref name="addedBy"/>. The name is trimmed; <paramref name="agentId"/> is
    /// required for <see cref="UserRoles.Agent"/> and refused for the other roles.
    /// </summary>
    /// <returns>The stored user.</returns>
    /// <exception cref="ArgumentException">The name is empty, too long or has control characters; the role is unknown; the agent id is missing or not expected.</exception>
    /// <exception cref="UserExistsException">A user with that name (any case) exists.</exception>
    public async Task<StoredUser> AddAsync(
        string name, string role, string? agentId, string passwordHash, DateTimeOffset createdAt, string addedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(passwordHash);
        ArgumentException.ThrowIfNullOrWhiteSpace(addedBy);
        name = name.Trim();
        agentId = string.IsNullOrWhiteSpace(agentId) ? null : agentId.Trim();
        Validate(name, role, agentId);

        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var taken = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM users WHERE name = @Name", new { Name = name }, transaction, cancellationToken: cancellationToken));
        if (taken > 0)
        {
            throw new UserExistsException($"A user named '{name}' already exists.");
        }

        long userId;
        try
        {
            userId = await connection.ExecuteScalarAsync<long>(new CommandDefinition("""
                INSERT INTO users (name, role, agent_id, password_hash, created_at, disabled)
                VALUES (@Name, @Role, @AgentId, @PasswordHash, @CreatedAt, 0)
                RETURNING user_id
                """, new { Name = name, Role = role, AgentId = agentId, PasswordHash = passwordHash, CreatedAt = StorageFormat.Timestamp(createdAt) },
                transaction, cancellationToken: cancellationToken));
        }
        catch (DbException exception) when (_dialect.IsUniqueViolation(exception))
        {
            // Another process added the name between the check and the insert (PostgreSQL with several workers).
            throw new UserExistsException($"A user named '{name}' already exists.", exception);
        }

        await AuditLog.AppendAsync(connection, transaction, new AuditEntry(
            createdAt, addedBy, AuditActions.AddUser, AuditEntities.User, name, null,
            AuditJson.Object(("name", name), ("role", role), ("agent_id", agentId)), null), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new StoredUser(userId, name, role, agentId, passwordHash, createdAt, Disabled: false);
    }

    /// <summary>The user named <paramref name="name"/> (any case), disabled or not; <see langword="null"/> when there is none.</summary>
    public async Task<StoredUser?> GetByNameAsync(string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<UserRow>(new CommandDefinition(
            $"SELECT {Columns} FROM users WHERE name = @Name", new { Name = name.Trim() }, cancellationToken: cancellationToken));
        return row?.ToUser();
    }

    /// <summary>The user with key <paramref name="userId"/>, disabled or not; <see langword="null"/> when there is none.</summary>
    public async Task<StoredUser?> GetByIdAsync(long userId, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<UserRow>(new CommandDefinition(
            $"SELECT {Columns} FROM users WHERE user_id = @UserId", new { UserId = userId }, cancellationToken: cancellationToken));
        return row?.ToUser();
    }

    /// <summary>Every user, disabled ones included, by name.</summary>
    public async Task<IReadOnlyList<StoredUser>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<UserRow>(new CommandDefinition(
            $"SELECT {Columns} FROM users ORDER BY name, user_id", cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToUser())];
    }

    /// <summary>
    /// Disables the user named <paramref name="name"/> and audits it as done by <paramref name="disabledBy"/> at
    /// <paramref name="at"/>. Returns <see langword="false"/> when there is no such user or it was already disabled.
    /// </summary>
    /// <exception cref="InvalidOperationException">The user is the last enabled admin.</exception>
    public async Task<bool> DisableAsync(string name, string disabledBy, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(disabledBy);
        var user = await GetByNameAsync(name, cancellationToken);
        if (user is null)
        {
            return false;
        }

        var result = await SetDisabledAsync(user.UserId, true, new UserActor(disabledBy), at, null, cancellationToken);
        return result == UserChangeResult.RefusedLastAdmin
            ? throw new InvalidOperationException($"{user.Name} is the last enabled admin; add or enable another admin first.")
            : result == UserChangeResult.Changed;
    }

    /// <summary>
    /// Disables (<paramref name="disabled"/> true) or enables the user <paramref name="userId"/> and audits it with the
    /// optional <paramref name="reason"/>. Refused when <paramref name="actor"/> disables themself, or when the user is the
    /// last enabled admin.
    /// </summary>
    public async Task<UserChangeResult> SetDisabledAsync(
        long userId, bool disabled, UserActor actor, DateTimeOffset at, string? reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var user = await LockAsync(connection, transaction, userId, cancellationToken);
        if (user is null)
        {
            return UserChangeResult.NotFound;
        }

        if (user.Disabled == disabled)
        {
            return UserChangeResult.Unchanged;
        }

        if (disabled && actor.UserId == userId)
        {
            return UserChangeResult.RefusedSelf;
        }

        if (disabled && user.Role == UserRoles.Admin && await OtherEnabledAdminsAsync(connection, transaction, userId, cancellationToken) == 0)
        {
            return UserChangeResult.RefusedLastAdmin;
        }

        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE users SET disabled = @Disabled WHERE user_id = @UserId", new { UserId = userId, Disabled = disabled ? 1 : 0 },
            transaction, cancellationToken: cancellationToken));
        await AuditLog.AppendAsync(connection, transaction, new AuditEntry(
            at, actor.Name, disabled ? AuditActions.DisableUser : AuditActions.EnableUser, AuditEntities.User, user.Name,
            AuditJson.Object(("disabled", user.Disabled ? "true" : "false")), AuditJson.Object(("disabled", disabled ? "true" : "false")),
            Blank(reason)), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return UserChangeResult.Changed;
    }

    /// <summary>
    /// Sets the role and agent id of the user <paramref name="userId"/> and audits it (before and after both) with the
    /// optional <paramref name="reason"/>. Refused when <paramref name="actor"/> demotes themself from admin, or when the
    /// user is the last enabled admin and the role is not admin. The user's session gets the new role at its next request.
    /// </summary>
    /// <exception cref="ArgumentException">The role is unknown; the agent id is missing for role agent or given for another role.</exception>
    public async Task<UserChangeResult> SetRoleAsync(
        long userId, string role, string? agentId, UserActor actor, DateTimeOffset at, string? reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        agentId = string.IsNullOrWhiteSpace(agentId) ? null : agentId.Trim();
        ValidateRole(role, agentId);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var user = await LockAsync(connection, transaction, userId, cancellationToken);
        if (user is null)
        {
            return UserChangeResult.NotFound;
        }

        if (user.Role == role && string.Equals(user.AgentId, agentId, StringComparison.Ordinal))
        {
            return UserChangeResult.Unchanged;
        }

        var demotion = user.Role == UserRoles.Admin && role != UserRoles.Admin;
        if (demotion && actor.UserId == userId)
        {
            return UserChangeResult.RefusedSelf;
        }

        if (demotion && !user.Disabled && await OtherEnabledAdminsAsync(connection, transaction, userId, cancellationToken) == 0)
        {
            return UserChangeResult.RefusedLastAdmin;
        }

        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE users SET role = @Role, agent_id = @AgentId WHERE user_id = @UserId", new { UserId = userId, Role = role, AgentId = agentId },
            transaction, cancellationToken: cancellationToken));
        await AuditLog.AppendAsync(connection, transaction, new AuditEntry(
            at, actor.Name, AuditActions.ChangeUserRole, AuditEntities.User, user.Name,
            AuditJson.Object(("role", user.Role), ("agent_id", user.AgentId)), AuditJson.Object(("role", role), ("agent_id", agentId)),
            Blank(reason)), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return UserChangeResult.Changed;
    }

    /// <summary>
    /// Replaces the password hash of the user <paramref name="userId"/> (an admin set a new password) and audits that it
    /// happened, never the password or either hash.
    /// </summary>
    public async Task<UserChangeResult> ResetPasswordAsync(
        long userId, string passwordHash, UserActor actor, DateTimeOffset at, string? reason, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(passwordHash);
        ArgumentNullException.ThrowIfNull(actor);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var user = await LockAsync(connection, transaction, userId, cancellationToken);
        if (user is null)
        {
            return UserChangeResult.NotFound;
        }

        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE users SET password_hash = @PasswordHash WHERE user_id = @UserId", new { UserId = userId, PasswordHash = passwordHash },
            transaction, cancellationToken: cancellationToken));
        await AuditLog.AppendAsync(connection, transaction, new AuditEntry(
            at, actor.Name, AuditActions.ResetPassword, AuditEntities.User, user.Name, null, AuditJson.Object(("password", "reset")),
            Blank(reason)), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return UserChangeResult.Changed;
    }

    /// <summary>
    /// Replaces a user's password hash with a stronger one of the same password (the hasher asked for a rehash at sign-in).
    /// Not audited: the password does not change.
    /// </summary>
    public async Task UpdatePasswordHashAsync(long userId, string passwordHash, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(passwordHash);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE users SET password_hash = @PasswordHash WHERE user_id = @UserId",
            new { UserId = userId, PasswordHash = passwordHash }, cancellationToken: cancellationToken));
    }

    // The user's row, read after a write to it: the no-op UPDATE takes the database's write lock first, so two admins
    // changing users at once are serialised and the "another enabled admin remains" check cannot race.
    private static async Task<StoredUser?> LockAsync(DbConnection connection, DbTransaction transaction, long userId, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE users SET disabled = disabled WHERE user_id = @UserId", new { UserId = userId }, transaction, cancellationToken: cancellationToken));
        var row = await connection.QuerySingleOrDefaultAsync<UserRow>(new CommandDefinition(
            $"SELECT {Columns} FROM users WHERE user_id = @UserId", new { UserId = userId }, transaction, cancellationToken: cancellationToken));
        return row?.ToUser();
    }

    private static Task<long> OtherEnabledAdminsAsync(DbConnection connection, DbTransaction transaction, long userId, CancellationToken cancellationToken) =>
        connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM users WHERE role = @Admin AND disabled = 0 AND user_id <> @UserId",
            new { Admin = UserRoles.Admin, UserId = userId }, transaction, cancellationToken: cancellationToken));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static void Validate(string name, string role, string? agentId)
    {
        if (!IsValidName(name))
        {
            throw new ArgumentException($"A user name has 1 to {MaxNameLength} characters and no control characters.", nameof(name));
        }

        ValidateRole(role, agentId);
    }

    private static void ValidateRole(string role, string? agentId)
    {
        if (!UserRoles.IsValid(role))
        {
            throw new ArgumentException($"Unknown role '{role}'; the roles are {string.Join(", ", UserRoles.All)}.", nameof(role));
        }

        if (role == UserRoles.Agent && agentId is null)
        {
            throw new ArgumentException("A user with role agent needs the agent id their contacts carry (contacts.agent_id).", nameof(agentId));
        }

        if (role != UserRoles.Agent && agentId is not null)
        {
            throw new ArgumentException($"Only a user with role agent has an agent id; role {role} sees every contact.", nameof(agentId));
        }
    }

    private sealed record UserRow(long UserId, string Name, string Role, string? AgentId, string PasswordHash, string CreatedAt, long Disabled)
    {
        public StoredUser ToUser() => new(UserId, Name, Role, AgentId, PasswordHash, StorageFormat.ParseTimestamp(CreatedAt), Disabled != 0);
    }
}
