using System.Collections.Concurrent;
using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Features.Audit;

/// <summary>
/// Appends audit entries with multi-row INSERT statements, without change tracking. Through SaveChanges every entry was
/// tracked, inserted with its own statement and its generated id read back, which cost a case read more than its queries;
/// the ids are never needed by whoever records a read. Table and column names, identifier quoting and value conversions
/// come from the EF model, so the statement is the same on SQLite and PostgreSQL and follows the migrations.
/// </summary>
public sealed class AuditEntryInsert
{
    /// <summary>Rows per statement: 8 parameters each stays far below both providers' limits on parameters.</summary>
    public const int RowsPerStatement = 500;

    private static readonly ConcurrentDictionary<IModel, AuditEntryInsert> Cache = new();

    private readonly string prefix;
    private readonly (IProperty Property, RelationalTypeMapping Mapping, Func<AuditEntry, object?> Value)[] columns;

    private AuditEntryInsert(DbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(AuditEntry)) ?? throw new InvalidOperationException("The model has no audit trail.");
        var sql = db.GetService<ISqlGenerationHelper>();
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        Func<AuditEntry, object?>[] values =
        [
            e => e.KommuneId, e => e.SagId, e => e.At, e => e.UserId, e => e.UserName, e => e.Action, e => e.IsRead, e => e.Reason,
        ];
        string[] names =
        [
            nameof(AuditEntry.KommuneId), nameof(AuditEntry.SagId), nameof(AuditEntry.At), nameof(AuditEntry.UserId),
            nameof(AuditEntry.UserName), nameof(AuditEntry.Action), nameof(AuditEntry.IsRead), nameof(AuditEntry.Reason),
        ];
        columns = names.Select((name, i) =>
        {
            var property = entity.FindProperty(name)!;
            return (property, (RelationalTypeMapping)property.GetRelationalTypeMapping(), values[i]);
        }).ToArray();
        // Every column but the generated id; a new column on the entity that this list misses fails here, not silently.
        var missing = entity.GetProperties().Where(p => p.ValueGenerated != ValueGenerated.OnAdd && !names.Contains(p.Name)).Select(p => p.Name).ToList();
        if (missing.Count > 0) throw new InvalidOperationException($"The audit insert does not write {string.Join(", ", missing)}.");
        prefix = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ("
                 + string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Property.GetColumnName(table)!))) + ") VALUES ";
    }

    public static AuditEntryInsert For(DbContext db) => Cache.GetOrAdd(db.Model, _ => new AuditEntryInsert(db));

    /// <summary>Inserts the entries in one transaction (the context's current one, or one of its own).</summary>
    public async Task InsertAsync(VisitationDbContext db, IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        if (entries.Count == 0) return;
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            // One statement is atomic by itself; several share one transaction.
            var own = db.Database.CurrentTransaction is null && entries.Count > RowsPerStatement
                ? await db.Database.BeginTransactionAsync(cancellationToken)
                : null;
            await using (own)
            {
                var connection = db.Database.GetDbConnection();
                for (var start = 0; start < entries.Count; start += RowsPerStatement)
                {
                    await using var command = connection.CreateCommand();
                    command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
                    command.CommandText = Text(command, entries, start, Math.Min(RowsPerStatement, entries.Count - start));
                    await command.ExecuteNonQueryAsync(cancellationToken);
                }
                if (own is not null) await own.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private string Text(DbCommand command, IReadOnlyList<AuditEntry> entries, int start, int count)
    {
        var text = new StringBuilder(prefix, prefix.Length + count * columns.Length * 8);
        for (var r = 0; r < count; r++)
        {
            text.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < columns.Length; c++)
            {
                var name = "@a" + r + "_" + c;
                if (c > 0) text.Append(", ");
                text.Append(name);
                var (property, mapping, value) = columns[c];
                command.Parameters.Add(mapping.CreateParameter(command, name, value(entries[start + r]), property.IsNullable));
            }
            text.Append(')');
        }
        return text.ToString();
    }
}
