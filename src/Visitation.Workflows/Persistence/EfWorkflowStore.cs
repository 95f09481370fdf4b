using System.Collections.Concurrent;
using System.Data.Common;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Visitation.Workflows.Bookmarks;
using Visitation.Workflows.Definitions;
using Visitation.Workflows.Execution;
using Visitation.Workflows.Persistence.Records;
using Visitation.Workflows.Timers;

namespace Visitation.Workflows.Persistence;

/// <summary>The runtime's store on EF Core, for one tenant: every read and write names <see cref="TenantId"/>.</summary>
/// <remarks>
/// A step commits in one transaction: the instance row is updated only where its version is the one the
/// state was loaded with (so two nodes can never both apply a transition), and the bookmark, journal,
/// incident and outbox rows of the step go with it; the journal's sequence numbers come from the state and are
/// unique per instance, so a replayed step cannot add a row twice.
/// </remarks>
public sealed class EfWorkflowStore(WorkflowDbContext db, string tenantId, TimeProvider? clock = null,
    IReadOnlyList<IStepCommitObserver>? observers = null) : IWorkflowStore
{
    public string TenantId => tenantId;

    /// <summary>A store serves one tenant: a call naming another tenant finds nothing.</summary>
    private bool IsOwn(string? requested) => requested is null || requested == tenantId;

    // The two reads of every step run as plain commands on the context's connection (and its transaction, when
    // the caller has one): no query pipeline, no tracking, one indexed lookup each.
    public async ValueTask<WorkflowDefinition?> LoadDefinitionAsync(string? requestedTenant, string definitionId, int? version, CancellationToken cancellationToken = default)
    {
        if (!IsOwn(requestedTenant)) return null;
        if (_definitionOfLoadedInstance is { } read && read.DefinitionId == definitionId && read.Version == version)
        {
            _definitionOfLoadedInstance = null;
            return DefinitionCache.Get(tenantId, definitionId, read.Version, read.Json);
        }
        var sql = StepSql.For(db);
        var row = await ReadAsync(version is null ? sql.SelectPublishedDefinition : sql.SelectDefinitionVersion, command =>
        {
            StepSql.AddParameter(command, "tenant", tenantId);
            StepSql.AddParameter(command, "definition", definitionId);
            if (version is { } v) StepSql.AddParameter(command, "version", v);
            else
            {
                // The published version whose effective date has come, the latest of them.
                StepSql.AddParameter(command, "state", sql.PublishedState);
                StepSql.AddParameter(command, "now", sql.EffectiveFrom.ToProvider((clock ?? TimeProvider.System).GetUtcNow()));
            }
        }, reader => new { Json = reader.GetString(0), Version = reader.GetInt32(1) }, cancellationToken);
        return row is null ? null : DefinitionCache.Get(tenantId, definitionId, row.Version, row.Json);
    }

    public async ValueTask<WorkflowState?> LoadInstanceAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        var row = await ReadAsync(StepSql.For(db).SelectInstance, command =>
        {
            StepSql.AddParameter(command, "tenant", tenantId);
            StepSql.AddParameter(command, "id", instanceId);
        }, reader => new
        {
            StateJson = reader.GetString(0),
            Version = reader.GetInt64(1),
            DefinitionJson = reader.IsDBNull(2) ? null : reader.GetString(2),
            DefinitionVersion = reader.IsDBNull(3) ? 0 : reader.GetInt32(3),
        }, cancellationToken);
        if (row is null) return null;
        var state = WorkflowState.FromJson(row.StateJson);
        state.Version = row.Version;
        _definitionOfLoadedInstance = row.DefinitionJson is null ? null : new(state.DefinitionId, row.DefinitionVersion, row.DefinitionJson);
        return state;
    }

    /// <summary>The definition version of the instance just loaded, read with it; the step's next read takes it once.</summary>
    DefinitionRead? _definitionOfLoadedInstance;

    sealed record DefinitionRead(string DefinitionId, int Version, string Json);

    /// <summary>The first row of a query, or null.</summary>
    async Task<T?> ReadAsync<T>(string sql, Action<DbCommand> bind, Func<DbDataReader, T> read, CancellationToken cancellationToken) where T : class
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText = sql;
            bind(command);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            return await reader.ReadAsync(cancellationToken) ? read(reader) : null;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public async ValueTask SaveStepAsync(WorkflowStep step, long expectedVersion, CancellationToken cancellationToken = default)
    {
        var state = step.State;
        var nextVersion = expectedVersion + 1;
        state.TenantId = tenantId;
        state.Version = nextVersion;
        var stateJson = state.ToJson();

        // The write path of a step, without change tracking: the instance row (insert, or update under the version
        // guard), then one batched command with the bookmark deletes and the inserts of bookmark, journal, incident
        // and outbox rows. Column names and value conversions come from the EF model, so the rows are the ones
        // SaveChanges would write.
        var record = new WorkflowInstanceRecord
        {
            Id = state.Id,
            TenantId = tenantId,
            DefinitionId = state.DefinitionId,
            DefinitionVersion = state.DefinitionVersion,
            Status = state.Status,
            SubStatus = state.SubStatus,
            CorrelationId = state.CorrelationId,
            ParentInstanceId = state.ParentInstanceId,
            StateJson = stateJson,
            Version = nextVersion,
            CreatedAt = state.CreatedAt,
            UpdatedAt = state.UpdatedAt,
            FinishedAt = state.FinishedAt,
        };
        var removed = step.BookmarksRemoved.Select(b => b.Id).ToList();
        var sql = StepSql.For(db);
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        var connection = db.Database.GetDbConnection();
        var dbTransaction = db.Database.CurrentTransaction!.GetDbTransaction();
        var observing = false;
        try
        {
            await using var batch = connection.CreateCommand();
            batch.Transaction = dbTransaction;
            var text = new StringBuilder();
            if (expectedVersion == 0)
            {
                sql.Instances.AppendInsert(text, batch, [record]);
            }
            else
            {
                await using var update = connection.CreateCommand();
                update.Transaction = dbTransaction;
                update.CommandText = sql.UpdateInstance;
                sql.Instances.AddParameters(update, record, "u", sql.UpdateInstanceColumns);
                StepSql.AddParameter(update, "u_Id", state.Id);
                StepSql.AddParameter(update, "guard_tenant", tenantId);
                StepSql.AddParameter(update, "guard_version", expectedVersion);
                if (await update.ExecuteNonQueryAsync(cancellationToken) != 1)
                {
                    state.Version = expectedVersion;
                    throw new WorkflowConcurrencyException(state.Id, expectedVersion);
                }
            }

            if (removed.Count > 0)
            {
                text.Append(sql.DeleteBookmarksPrefix);
                for (var i = 0; i < removed.Count; i++)
                {
                    text.Append(i == 0 ? "@rb" : ", @rb").Append(i);
                    StepSql.AddParameter(batch, "rb" + i, removed[i]);
                }
                text.Append(");\n");
                StepSql.AddParameter(batch, "rb_tenant", tenantId);
            }
            // A bookmark both removed and created in one step is replaced (a migration moves it to another activity).
            sql.Bookmarks.AppendInsert(text, batch, step.BookmarksCreated.Select(ToRecord).ToList());
            sql.Journal.AppendInsert(text, batch, step.Journal.Select(ToRecord).ToList());
            sql.Incidents.AppendInsert(text, batch, step.Incidents.Select(incident => ToRecord(incident, state.Id)).ToList());
            sql.Outbox.AppendInsert(text, batch, step.Outbox.Select(ToRecord).ToList());
            if (text.Length > 0)
            {
                batch.CommandText = text.ToString();
                await batch.ExecuteNonQueryAsync(cancellationToken);
            }
            observing = true;
            foreach (var observer in observers ?? [])
                await observer.OnStepWrittenAsync(new StepCommit(tenantId, step, connection, dbTransaction), cancellationToken);
            if (transaction is not null) await transaction.CommitAsync(cancellationToken);
        }
        catch (DbException) when (expectedVersion == 0 && !observing)
        {
            // The instance id is taken (a replayed start, or another node): the same answer as a stale version.
            state.Version = expectedVersion;
            throw new WorkflowConcurrencyException(state.Id, expectedVersion);
        }
        catch (WorkflowConcurrencyException)
        {
            throw;
        }
        catch
        {
            state.Version = expectedVersion;
            throw;
        }
    }

    /// <summary>The instance that holds a bookmark of this tenant, or null when there is no such bookmark.</summary>
    public async ValueTask<string?> FindInstanceOfBookmarkAsync(string bookmarkId, CancellationToken cancellationToken = default) =>
        await db.Bookmarks.AsNoTracking().Where(b => b.TenantId == tenantId && b.Id == bookmarkId)
            .Select(b => b.WorkflowInstanceId).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The instance a bookmark of this tenant belongs to and the bookmark's name (what kind of wait it is), if it exists.</summary>
    public async ValueTask<(string InstanceId, string Name)?> FindBookmarkAsync(string bookmarkId, CancellationToken cancellationToken = default) =>
        await db.Bookmarks.AsNoTracking().Where(b => b.TenantId == tenantId && b.Id == bookmarkId)
            .Select(b => new { b.WorkflowInstanceId, b.Name }).FirstOrDefaultAsync(cancellationToken) is { } found
            ? (found.WorkflowInstanceId, found.Name) : null;

    public async ValueTask<IReadOnlyList<Bookmark>> FindBookmarksByHashAsync(string? requestedTenant, string hash, CancellationToken cancellationToken = default) =>
        !IsOwn(requestedTenant) ? [] : (await db.Bookmarks.AsNoTracking().Where(b => b.TenantId == tenantId && b.Hash == hash).OrderBy(b => b.CreatedAt).ToListAsync(cancellationToken))
        .Select(ToBookmark).ToList();

    public async ValueTask<IReadOnlyList<Bookmark>> FindDueBookmarksAsync(DateTimeOffset now, int max, CancellationToken cancellationToken = default) =>
        (await db.Bookmarks.AsNoTracking().Where(b => b.TenantId == tenantId && b.DueAt != null && b.DueAt <= now)
            .OrderBy(b => b.DueAt).Take(max).ToListAsync(cancellationToken))
        .Select(ToBookmark).ToList();

    public async ValueTask ReplaceTriggersAsync(string? requestedTenant, string definitionId, IReadOnlyList<WorkflowTrigger> triggers, CancellationToken cancellationToken = default)
    {
        if (!IsOwn(requestedTenant)) throw new InvalidOperationException("A tenant's store cannot change another tenant's triggers.");
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        await db.Triggers.Where(t => t.TenantId == tenantId && t.DefinitionId == definitionId).ExecuteDeleteAsync(cancellationToken);
        db.Triggers.AddRange(triggers.Select(t => new TriggerRecord
        {
            Id = t.Id,
            TenantId = tenantId,
            DefinitionId = t.DefinitionId,
            DefinitionVersion = t.DefinitionVersion,
            ActivityId = t.ActivityId,
            Kind = t.Kind.ToString(),
            Name = t.Name,
            Hash = t.Hash,
            Schedule = t.Schedule,
            DueAt = t.DueAt,
        }));
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        if (transaction is not null) await transaction.CommitAsync(cancellationToken);
    }

    public async ValueTask<IReadOnlyList<WorkflowTrigger>> FindTriggersByHashAsync(string? requestedTenant, string hash, CancellationToken cancellationToken = default) =>
        !IsOwn(requestedTenant) ? [] : (await db.Triggers.AsNoTracking().Where(t => t.TenantId == tenantId && t.Hash == hash).ToListAsync(cancellationToken)).Select(ToTrigger).ToList();

    public async ValueTask<IReadOnlyList<WorkflowTrigger>> FindDueTriggersAsync(DateTimeOffset now, int max, CancellationToken cancellationToken = default) =>
        (await db.Triggers.AsNoTracking().Where(t => t.TenantId == tenantId && t.DueAt != null && t.DueAt <= now)
            .OrderBy(t => t.DueAt).Take(max).ToListAsync(cancellationToken))
        .Select(ToTrigger).ToList();

    public async ValueTask<bool> AdvanceTriggerAsync(WorkflowTrigger trigger, DateTimeOffset? nextDueAt, CancellationToken cancellationToken = default) =>
        await db.Triggers
            .Where(t => t.TenantId == tenantId && t.Id == trigger.Id && t.DueAt == trigger.DueAt)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.DueAt, nextDueAt).SetProperty(t => t.FireAttempts, 0), cancellationToken) == 1;

    private BookmarkRecord ToRecord(Bookmark bookmark) => new()
    {
        Id = bookmark.Id,
        TenantId = tenantId,
        WorkflowInstanceId = bookmark.WorkflowInstanceId,
        Name = bookmark.Name,
        Hash = bookmark.Hash,
        ActivityId = bookmark.ActivityId,
        ActivityInstanceId = bookmark.ActivityInstanceId,
        CorrelationId = bookmark.CorrelationId,
        PayloadJson = bookmark.Payload?.ToJsonString(),
        CallbackMethodName = bookmark.CallbackMethodName,
        DueAt = bookmark.DueAt,
        CreatedAt = bookmark.CreatedAt,
    };

    private static Bookmark ToBookmark(BookmarkRecord record) => new()
    {
        Id = record.Id,
        TenantId = record.TenantId,
        Name = record.Name,
        Hash = record.Hash,
        Payload = record.PayloadJson is null ? null : JsonNode.Parse(record.PayloadJson),
        WorkflowInstanceId = record.WorkflowInstanceId,
        CorrelationId = record.CorrelationId,
        ActivityId = record.ActivityId,
        ActivityInstanceId = record.ActivityInstanceId,
        CallbackMethodName = record.CallbackMethodName,
        DueAt = record.DueAt,
        CreatedAt = record.CreatedAt,
    };

    private JournalRecord ToRecord(JournalEntry entry) => new()
    {
        TenantId = tenantId,
        WorkflowInstanceId = entry.WorkflowInstanceId,
        Sequence = entry.Sequence,
        Timestamp = entry.Timestamp,
        ActivityId = entry.ActivityId,
        ActivityType = entry.ActivityType,
        Event = entry.Event,
        Outcome = entry.Outcome,
        Actor = entry.Actor,
        Message = entry.Message,
    };

    private IncidentRecord ToRecord(Incident incident, string instanceId) => new()
    {
        TenantId = tenantId,
        WorkflowInstanceId = instanceId,
        Kind = incident.Kind,
        ActivityId = incident.ActivityId,
        ActivityType = incident.ActivityType,
        ExceptionType = incident.ExceptionType,
        Message = incident.Message,
        At = incident.At,
    };

    private OutboxRecord ToRecord(OutboxMessage message) => new()
    {
        Id = message.Id,
        TenantId = tenantId,
        Type = message.Type,
        PayloadJson = message.Payload?.ToJsonString(),
        DeduplicationKey = message.DeduplicationKey,
        WorkflowInstanceId = message.WorkflowInstanceId,
        CorrelationId = message.CorrelationId,
        CreatedAt = message.CreatedAt,
    };

    internal static WorkflowTrigger ToTrigger(TriggerRecord record) => new()
    {
        Id = record.Id,
        TenantId = record.TenantId,
        DefinitionId = record.DefinitionId,
        DefinitionVersion = record.DefinitionVersion,
        ActivityId = record.ActivityId,
        Kind = Enum.Parse<TriggerKind>(record.Kind),
        Name = record.Name,
        Hash = record.Hash,
        Schedule = record.Schedule,
        DueAt = record.DueAt,
    };
}
