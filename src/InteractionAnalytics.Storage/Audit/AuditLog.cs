using System.Data.Common;
using Dapper;

namespace InteractionAnalytics.Storage.Audit;

/// <summary>
/// The append-only audit log (<c>audit_log</c>): every change a person makes, with who, when, before, after and why.
/// Stores append in the same transaction as the change they record, so a change is never stored without its entry.
/// </summary>
public sealed class AuditLog
{
    private const string InsertSql = """
        INSERT INTO audit_log (at, user_name, action, entity, entity_key, before_json, after_json, reason)
        VALUES (@At, @UserName, @Action, @Entity, @EntityKey, @BeforeJson, @AfterJson, @Reason)
        RETURNING audit_id
        """;

    private readonly DbDataSource _dataSource;

    internal AuditLog(DbDataSource dataSource) => _dataSource = dataSource;

    /// <summary>Appends <paramref name="entry"/> on its own and returns its <see cref="AuditEntry.AuditId"/>.</summary>
    public async Task<long> AppendAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        return await AppendAsync(connection, null, entry, cancellationToken);
    }

    /// <summary>The entries of one entity (e.g. <see cref="AuditEntities.Contact"/> and a call id), oldest first.</summary>
    public async Task<IReadOnlyList<AuditEntry>> ListAsync(string entity, string entityKey, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<AuditRow>(new CommandDefinition("""
            SELECT audit_id AS AuditId, at AS At, user_name AS UserName, action AS Action, entity AS Entity, entity_key AS EntityKey,
                   before_json AS BeforeJson, after_json AS AfterJson, reason AS Reason
            FROM audit_log WHERE entity = @Entity AND entity_key = @EntityKey ORDER BY audit_id
            """, new { Entity = entity, EntityKey = entityKey }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new AuditEntry(
            StorageFormat.ParseTimestamp(r.At), r.UserName, r.Action, r.Entity, r.EntityKey, r.BeforeJson, r.AfterJson, r.Reason) { AuditId = r.AuditId })];
    }

    /// <summary>Appends <paramref name="entry"/> inside the caller's <paramref name="transaction"/> (the change's own).</summary>
    internal static async Task<long> AppendAsync(DbConnection connection, DbTransaction? transaction, AuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(InsertSql, new
        {
            At = StorageFormat.Timestamp(entry.At),
            entry.UserName,
            entry.Action,
            entry.Entity,
            entry.EntityKey,
            entry.BeforeJson,
            entry.AfterJson,
            entry.Reason,
        }, transaction, cancellationToken: cancellationToken));
    }

    private sealed record AuditRow(
        long AuditId, string At, string UserName, string Action, string Entity, string EntityKey, string? BeforeJson, string? AfterJson, string? Reason);
}
