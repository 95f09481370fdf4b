using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Visitation.Workflows.Bookmarks;
using Visitation.Workflows.Definitions;
using Visitation.Workflows.Definitions.Serialization;
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
public sealed class EfWorkflowStore(WorkflowDbContext db, string tenantId, TimeProvider? clock = null) : IWorkflowStore
{
    public string TenantId => tenantId;

    /// <summary>A store serves one tenant: a call naming another tenant finds nothing.</summary>
    private bool IsOwn(string? requested) => requested is null || requested == tenantId;

    public async ValueTask<WorkflowDefinition?> LoadDefinitionAsync(string? requestedTenant, string definitionId, int? version, CancellationToken cancellationToken = default)
    {
        if (!IsOwn(requestedTenant)) return null;
        var query = db.Definitions.AsNoTracking().Where(d => d.TenantId == tenantId && d.DefinitionId == definitionId);
        if (version is { } v)
        {
            query = query.Where(d => d.Version == v);
        }
        else
        {
            var now = (clock ?? TimeProvider.System).GetUtcNow();
            query = query.Where(d => d.State == DefinitionVersionState.Published && d.EffectiveFrom <= now)
                .OrderByDescending(d => d.EffectiveFrom).ThenByDescending(d => d.Version);
        }
        var json = await query.Select(d => d.Json).FirstOrDefaultAsync(cancellationToken);
        return json is null ? null : DefinitionSerializer.Read(json);
    }

    public async ValueTask<WorkflowState?> LoadInstanceAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        var row = await db.Instances.AsNoTracking()
            .Where(i => i.TenantId == tenantId && i.Id == instanceId)
            .Select(i => new { i.StateJson, i.Version })
            .FirstOrDefaultAsync(cancellationToken);
        if (row is null) return null;
        var state = WorkflowState.FromJson(row.StateJson);
        state.Version = row.Version;
        return state;
    }

    public async ValueTask SaveStepAsync(WorkflowStep step, long expectedVersion, CancellationToken cancellationToken = default)
    {
        var state = step.State;
        var nextVersion = expectedVersion + 1;
        state.TenantId = tenantId;
        state.Version = nextVersion;
        var stateJson = state.ToJson();

        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        if (expectedVersion == 0)
        {
            db.Instances.Add(new WorkflowInstanceRecord
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
            });
        }
        else
        {
            var updated = await db.Instances
                .Where(i => i.TenantId == tenantId && i.Id == state.Id && i.Version == expectedVersion)
                .ExecuteUpdateAsync(set => set
                    .SetProperty(i => i.DefinitionVersion, state.DefinitionVersion)
                    .SetProperty(i => i.Status, state.Status)
                    .SetProperty(i => i.SubStatus, state.SubStatus)
                    .SetProperty(i => i.StateJson, stateJson)
                    .SetProperty(i => i.Version, nextVersion)
                    .SetProperty(i => i.UpdatedAt, state.UpdatedAt)
                    .SetProperty(i => i.FinishedAt, state.FinishedAt), cancellationToken);
            if (updated == 0)
            {
                state.Version = expectedVersion;
                throw new WorkflowConcurrencyException(state.Id, expectedVersion);
            }
        }

        var removed = step.BookmarksRemoved.Select(b => b.Id).ToList();
        if (removed.Count > 0)
            await db.Bookmarks.Where(b => b.TenantId == tenantId && removed.Contains(b.Id)).ExecuteDeleteAsync(cancellationToken);
        // A bookmark both removed and created in one step is replaced (a migration moves it to another activity).
        db.Bookmarks.AddRange(step.BookmarksCreated.Select(ToRecord));
        db.Journal.AddRange(step.Journal.Select(ToRecord));
        db.Incidents.AddRange(step.Incidents.Select(incident => ToRecord(incident, state.Id)));
        db.Outbox.AddRange(step.Outbox.Select(ToRecord));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            if (transaction is not null) await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException) when (expectedVersion == 0)
        {
            state.Version = expectedVersion;
            throw new WorkflowConcurrencyException(state.Id, expectedVersion);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

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
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.DueAt, nextDueAt), cancellationToken) == 1;

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

    private static WorkflowTrigger ToTrigger(TriggerRecord record) => new()
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
