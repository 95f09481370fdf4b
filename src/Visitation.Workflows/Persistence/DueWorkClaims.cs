using System.Data;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Visitation.Workflows.Persistence.Records;

namespace Visitation.Workflows.Persistence;

/// <summary>
/// Claims of due work (timer bookmarks, Timer/Cron triggers) and the per-instance execution lock, in the
/// transaction that commits the step they lead to.
/// </summary>
/// <remarks>
/// <para><b>PostgreSQL</b> (several nodes): a claim is <c>SELECT ... FOR UPDATE SKIP LOCKED</c>, so a due row
/// stays locked until the step that fires it commits (or rolls back), and every other node skips it instead of
/// waiting. The instance is locked with <c>SELECT ... FOR UPDATE</c> on its row, so one node executes it at a
/// time; the claim path takes that lock with <c>SKIP LOCKED</c> and leaves the timer for a later pass when an API
/// request holds the instance, so the two paths never wait on each other in opposite order. The instance row's
/// version stays the last guard in <see cref="EfWorkflowStore.SaveStepAsync"/>.</para>
/// <para><b>SQLite</b> (one node): the transaction is <c>BEGIN IMMEDIATE</c>, which takes the database's single
/// write lock before the claim reads anything, so claim and step are serialised with every other writer; no
/// row lock is needed.</para>
/// </remarks>
public static class DueWorkClaims
{
    public static bool IsPostgres(DatabaseFacade database) =>
        database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true;

    /// <summary>
    /// Opens the claim's transaction: <c>BEGIN IMMEDIATE</c> on SQLite (Serializable, not deferred), read committed
    /// on PostgreSQL (row locks do the work there).
    /// </summary>
    public static Task<IDbContextTransaction> BeginClaimTransactionAsync(WorkflowDbContext db, CancellationToken cancellationToken) =>
        db.Database.BeginTransactionAsync(IsPostgres(db.Database) ? IsolationLevel.ReadCommitted : IsolationLevel.Serializable, cancellationToken);

    /// <summary>
    /// The earliest due timer bookmark of the tenant that no other transaction holds, locked until the current
    /// transaction ends; null when there is none. <paramref name="exclude"/> names bookmarks this pass gave up on.
    /// </summary>
    public static async Task<BookmarkRecord?> ClaimDueBookmarkAsync(WorkflowDbContext db, string tenantId, DateTimeOffset now,
        IReadOnlyCollection<string> exclude, CancellationToken cancellationToken)
    {
        RequireTransaction(db);
        var names = Names.For<BookmarkRecord>(db);
        var (sql, parameters) = DueQuery(db, names, tenantId, now, exclude);
        var rows = await db.Bookmarks.FromSqlRaw(sql, parameters).AsNoTracking().ToListAsync(cancellationToken);
        return rows.FirstOrDefault();
    }

    /// <summary>The earliest due Timer/Cron trigger of the tenant that no other transaction holds, locked likewise.</summary>
    public static async Task<TriggerRecord?> ClaimDueTriggerAsync(WorkflowDbContext db, string tenantId, DateTimeOffset now,
        IReadOnlyCollection<string> exclude, CancellationToken cancellationToken)
    {
        RequireTransaction(db);
        var names = Names.For<TriggerRecord>(db);
        var (sql, parameters) = DueQuery(db, names, tenantId, now, exclude);
        var rows = await db.Triggers.FromSqlRaw(sql, parameters).AsNoTracking().ToListAsync(cancellationToken);
        return rows.FirstOrDefault();
    }

    /// <summary>
    /// Locks the instance's row for the current transaction. With <paramref name="skipLocked"/> it returns false at
    /// once when another transaction holds it. Always true on SQLite, where the transaction holds the write lock.
    /// </summary>
    public static async Task<bool> LockInstanceAsync(WorkflowDbContext db, string tenantId, string instanceId, bool skipLocked,
        CancellationToken cancellationToken)
    {
        RequireTransaction(db);
        if (!IsPostgres(db.Database)) return true;
        var names = Names.For<WorkflowInstanceRecord>(db);
        var sql = $"SELECT {names.Id} AS \"Value\" FROM {names.Table} WHERE {names.TenantId} = {{0}} AND {names.Id} = {{1}} FOR UPDATE{(skipLocked ? " SKIP LOCKED" : "")}";
        var rows = await db.Database.SqlQueryRaw<string>(sql, tenantId, instanceId).ToListAsync(cancellationToken);
        return rows.Count > 0 || !skipLocked;
    }

    private static (string Sql, object[] Parameters) DueQuery(WorkflowDbContext db, Names names, string tenantId, DateTimeOffset now, IReadOnlyCollection<string> exclude)
    {
        var parameters = new List<object> { tenantId, now.UtcTicks };
        var sql = new StringBuilder($"SELECT * FROM {names.Table} WHERE {names.TenantId} = {{0}} AND {names.DueAt} IS NOT NULL AND {names.DueAt} <= {{1}}");
        if (exclude.Count > 0)
        {
            sql.Append($" AND {names.Id} NOT IN (");
            sql.AppendJoin(", ", exclude.Select((_, i) => $"{{{i + 2}}}"));
            sql.Append(')');
            parameters.AddRange(exclude);
        }
        sql.Append($" ORDER BY {names.DueAt} LIMIT 1");
        if (IsPostgres(db.Database)) sql.Append(" FOR UPDATE SKIP LOCKED");
        return (sql.ToString(), parameters.ToArray());
    }

    private static void RequireTransaction(WorkflowDbContext db)
    {
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("A claim holds only within a transaction; open one with BeginClaimTransactionAsync.");
    }

    /// <summary>Quoted table and column names, read from the model so they follow the migrations.</summary>
    private sealed record Names(string Table, string Id, string TenantId, string DueAt)
    {
        public static Names For<T>(DbContext db)
        {
            var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
            string Column(string property) => Quote(entity.FindProperty(property)?.GetColumnName() ?? property);
            return new Names(Quote(entity.GetTableName()!), Column("Id"), Column("TenantId"), Column("DueAt"));
        }

        private static string Quote(string name) => $"\"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
    }
}
