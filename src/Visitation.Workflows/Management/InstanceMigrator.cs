using Microsoft.EntityFrameworkCore;
using Visitation.Workflows.Definitions;
using Visitation.Workflows.Execution;

namespace Visitation.Workflows.Management;

/// <summary>
/// Moves running instances to another version of their definition (Elsa's "alterations", done properly):
/// every activity that is waiting, running, faulted, scheduled or part of a pending join must map to an
/// activity of the same type in the new version; then its state, bookmarks (same ids, same payload, so a
/// human task keeps its assignee and due date), scheduled work and join counters move with it. Nothing runs
/// again from the start. A dry run reports per instance what would move where and what cannot be mapped.
/// </summary>
public sealed class InstanceMigrator(IWorkflowStore store, Persistence.WorkflowDbContext db, string tenantId, TimeProvider clock)
{
    public async Task<InstanceMigrationResult> MigrateAsync(InstanceMigrationRequest request, string? actor, CancellationToken cancellationToken = default)
    {
        var from = await store.LoadDefinitionAsync(request.DefinitionId, request.FromVersion, cancellationToken)
            ?? throw new WorkflowNotFoundException($"Workflow definition '{request.DefinitionId}' version {request.FromVersion} was not found.");
        var to = await store.LoadDefinitionAsync(request.DefinitionId, request.ToVersion, cancellationToken)
            ?? throw new WorkflowNotFoundException($"Workflow definition '{request.DefinitionId}' version {request.ToVersion} was not found.");

        var query = db.Instances.AsNoTracking().Where(i => i.TenantId == tenantId && i.DefinitionId == request.DefinitionId
            && i.DefinitionVersion == request.FromVersion && i.Status == WorkflowStatus.Running);
        if (request.InstanceIds is { } ids) query = query.Where(i => ids.Contains(i.Id));
        var instanceIds = await query.OrderBy(i => i.CreatedAt).Select(i => i.Id).ToListAsync(cancellationToken);
        if (request.InstanceIds is { } asked && asked.Except(instanceIds).FirstOrDefault() is { } missing)
            throw new WorkflowNotFoundException($"Instance '{missing}' is not a running instance of version {request.FromVersion}.");

        var reports = new List<InstanceMigrationReport>();
        foreach (var instanceId in instanceIds)
        {
            var state = await store.LoadInstanceAsync(instanceId, cancellationToken);
            if (state is null) continue;
            var plan = Plan(state, from, to, request.Mapping);
            if (request.DryRun || plan.Problems.Count > 0)
            {
                reports.Add(plan);
                continue;
            }
            var step = Apply(state, to, request.Mapping, plan, actor);
            await store.SaveStepAsync(step, state.Version, cancellationToken);
            reports.Add(plan with { Migrated = true });
        }
        return new InstanceMigrationResult(request.DefinitionId, request.FromVersion, request.ToVersion, request.DryRun, reports);
    }

    private static InstanceMigrationReport Plan(WorkflowState state, WorkflowDefinition from, WorkflowDefinition to, IReadOnlyDictionary<string, string> mapping)
    {
        var moves = new List<ActivityMove>();
        var dropped = new List<string>();
        var problems = new List<MigrationProblem>();
        var active = ActiveActivityIds(state);

        foreach (var (activityId, activity) in state.Activities.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            var target = Target(activityId, to, mapping);
            var isActive = active.Contains(activityId);
            if (target is null)
            {
                if (isActive)
                    problems.Add(new(activityId, "migration.unmapped",
                        $"Activity '{activityId}' is {activity.Status} and has no counterpart in version {to.Version}: map it to an activity of the same type."));
                else dropped.Add(activityId);
                continue;
            }
            var sourceType = from.FindActivity(activityId)?.Type;
            var targetType = to.FindActivity(target)?.Type;
            if (isActive && sourceType != targetType)
            {
                problems.Add(new(activityId, "migration.typeChanged",
                    $"Activity '{activityId}' ({sourceType}) would move to '{target}' ({targetType}); a waiting activity can only move to one of the same type."));
                continue;
            }
            moves.Add(new(activityId, target, activity.Status.ToString()));
        }
        foreach (var orphan in active.Where(id => !state.Activities.ContainsKey(id) && Target(id, to, mapping) is null))
            problems.Add(new(orphan, "migration.unmapped", $"Activity '{orphan}' has pending work and no counterpart in version {to.Version}."));

        return new InstanceMigrationReport(state.Id, problems.Count == 0, false, moves, dropped, problems);
    }

    private WorkflowStep Apply(WorkflowState state, WorkflowDefinition to, IReadOnlyDictionary<string, string> mapping, InstanceMigrationReport plan, string? actor)
    {
        var migrated = state.Clone();
        var map = plan.Moves.ToDictionary(m => m.From, m => m.To, StringComparer.Ordinal);
        string Remap(string id) => map.TryGetValue(id, out var target) ? target : Target(id, to, mapping) ?? id;

        var fromVersion = migrated.DefinitionVersion;
        migrated.DefinitionVersion = to.Version;
        migrated.Activities = migrated.Activities.Where(a => map.ContainsKey(a.Key))
            .ToDictionary(a => map[a.Key], a => a.Value, StringComparer.Ordinal);
        migrated.Scheduled = migrated.Scheduled.Select(w => w with { ActivityId = Remap(w.ActivityId) }).ToList();
        migrated.Joins = migrated.Joins.Where(j => Target(j.Key, to, mapping) is not null || map.ContainsKey(j.Key)).ToDictionary(
            j => Remap(j.Key),
            j => new JoinState
            {
                Fired = j.Value.Fired,
                Inbound = j.Value.Inbound.ToDictionary(i => RemapInbound(i.Key, Remap), i => i.Value, StringComparer.Ordinal),
            }, StringComparer.Ordinal);
        var oldBookmarks = migrated.Bookmarks;
        migrated.Bookmarks = oldBookmarks.Select(b => b with { ActivityId = Remap(b.ActivityId) }).ToList();
        migrated.UpdatedAt = clock.GetUtcNow();

        var step = new WorkflowStep { State = migrated };
        step.BookmarksRemoved.AddRange(oldBookmarks);
        step.BookmarksCreated.AddRange(migrated.Bookmarks);
        step.Journal.Add(new JournalEntry
        {
            WorkflowInstanceId = migrated.Id,
            Timestamp = migrated.UpdatedAt,
            Event = JournalEvent.Migrated,
            Actor = actor,
            Message = $"Migrated from version {fromVersion} to {to.Version}: "
                + string.Join(", ", plan.Moves.Where(m => m.From != m.To).Select(m => $"{m.From} → {m.To}")),
        });
        return step;
    }

    private static string RemapInbound(string key, Func<string, string> remap)
    {
        var separator = key.LastIndexOf(':');
        return separator < 0 ? remap(key) : remap(key[..separator]) + key[separator..];
    }

    /// <summary>Activities whose state the instance still depends on: waiting, running, faulted, scheduled, or in a pending join.</summary>
    private static HashSet<string> ActiveActivityIds(WorkflowState state)
    {
        var active = new HashSet<string>(state.Activities
            .Where(a => a.Value.Status is ActivityStatus.Waiting or ActivityStatus.Running or ActivityStatus.Faulted)
            .Select(a => a.Key), StringComparer.Ordinal);
        active.UnionWith(state.Bookmarks.Select(b => b.ActivityId));
        active.UnionWith(state.Scheduled.Select(w => w.ActivityId));
        active.UnionWith(state.Joins.Where(j => j.Value.Inbound.Values.Any(v => v != InboundState.Pending)).Select(j => j.Key));
        return active;
    }

    private static string? Target(string activityId, WorkflowDefinition to, IReadOnlyDictionary<string, string> mapping)
    {
        var target = mapping.TryGetValue(activityId, out var mapped) ? mapped : activityId;
        return to.FindActivity(target) is null ? null : target;
    }
}
