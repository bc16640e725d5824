using System.Data.Common;
using Dapper;
using InteractionAnalytics.Storage.Audit;

namespace InteractionAnalytics.Storage.Users;

/// <summary>
/// The web app's users (<c>users</c>): add, read, list, disable. Passwords never reach this class: the web app hashes
/// them (ASP.NET Core Identity's password hasher) and this stores the hash text. Adding and disabling are audited in
/// the same transaction.
/// </summary>
public sealed class UserStore
{
    /// <summary>The longest sign-in name accepted, in characters.</summary>
    public const int MaxNameLength = 64;

    private const string Columns = """
        user_id AS UserId, name AS Name, role AS Role, agent_id AS AgentId, password_hash AS PasswordHash,
        created_at AS CreatedAt, disabled AS Disabled
        """;

    private readonly DbDataSource _dataSource;

    internal UserStore(DbDataSource dataSource) => _dataSource = dataSource;

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

        var userId = await connection.ExecuteScalarAsync<long>(new CommandDefinition("""
            INSERT INTO users (name, role, agent_id, password_hash, created_at, disabled)
            VALUES (@Name, @Role, @AgentId, @PasswordHash, @CreatedAt, 0)
            RETURNING user_id
            """, new { Name = name, Role = role, AgentId = agentId, PasswordHash = passwordHash, CreatedAt = StorageFormat.Timestamp(createdAt) },
            transaction, cancellationToken: cancellationToken));
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
    public async Task<bool> DisableAsync(string name, string disabledBy, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(disabledBy);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var storedName = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "UPDATE users SET disabled = 1 WHERE name = @Name AND disabled = 0 RETURNING name",
            new { Name = name.Trim() }, transaction, cancellationToken: cancellationToken));
        if (storedName is null)
        {
            return false;
        }

        await AuditLog.AppendAsync(connection, transaction, new AuditEntry(
            at, disabledBy, AuditActions.DisableUser, AuditEntities.User, storedName,
            AuditJson.Object(("disabled", "false")), AuditJson.Object(("disabled", "true")), null), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
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

    private static void Validate(string name, string role, string? agentId)
    {
        if (name.Length == 0 || name.Length > MaxNameLength || name.Any(char.IsControl))
        {
            throw new ArgumentException($"A user name has 1 to {MaxNameLength} characters and no control characters.", nameof(name));
        }

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
