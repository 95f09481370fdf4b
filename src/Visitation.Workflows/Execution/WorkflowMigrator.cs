using Visitation.Workflows.Bookmarks;
using Visitation.Workflows.Definitions;

namespace Visitation.Workflows.Execution;

/// <summary>The outcome of migrating (or dry-running the migration of) one instance to another definition version.</summary>
/// <param name="Problems">Why the instance cannot move; empty when it can.</param>
/// <param name="Step">The migrated state with its bookmark changes, to save like any step; null for a dry run or when there are problems.</param>
/// <param name="Warnings">Things that move but deserve a look (e.g. variables the new version no longer declares).</param>
public sealed record MigrationResult(IReadOnlyList<string> Problems, IReadOnlyList<string> Warnings, WorkflowStep? Step)
{
    public bool CanMigrate => Problems.Count == 0;
}

/// <summary>Moves a running instance to another version of its definition, with an explicit activity mapping.</summary>
/// <remarks>
/// Every activity the instance is at (waiting on a bookmark, scheduled, faulted, or holding a join) must map
/// to an activity of the same type in the target version: through <c>activityMap</c> (old id → new id) or,
/// when not mapped, by the same id. Bookmarks keep their ids and hashes, so stimuli still find them; their
/// rows are rewritten (removed and created in the step). Variables keep their values; variables new in the
/// target get their initial values. Nothing is executed. A dry run reports without changing anything.
/// </remarks>
public static class WorkflowMigrator
{
    public static MigrationResult Migrate(WorkflowDefinition source, WorkflowState state, WorkflowDefinition target, IReadOnlyDictionary<string, string>? activityMap = null,
        bool dryRun = false, TimeProvider? clock = null)
    {
        var problems = new List<string>();
        var warnings = new List<string>();
        if (state.Status == WorkflowStatus.Finished) problems.Add($"Instance {state.Id} has finished.");
        if (target.DefinitionId != state.DefinitionId) problems.Add($"Version {target.Version} belongs to '{target.DefinitionId}', not '{state.DefinitionId}'.");

        var graph = WorkflowGraph.For(target);
        var before = WorkflowGraph.For(source);
        string Map(string id) => activityMap?.GetValueOrDefault(id) ?? id;
        var live = state.Bookmarks.Select(b => (b.ActivityId, Why: $"waits on bookmark '{b.Name}'"))
            .Concat(state.Scheduled.Select(w => (w.ActivityId, Why: "is scheduled")))
            .Concat(state.Joins.Keys.Select(id => (ActivityId: id, Why: "holds a join")))
            .Concat(state.Activities.Where(a => a.Value.Status is ActivityStatus.Waiting or ActivityStatus.Faulted or ActivityStatus.Running)
                .Select(a => (ActivityId: a.Key, Why: $"is {a.Value.Status.ToString().ToLowerInvariant()}")))
            .DistinctBy(x => x.ActivityId);
        foreach (var (id, why) in live)
        {
            var counterpart = graph.Find(Map(id));
            if (counterpart is null)
                problems.Add($"Activity '{id}' {why} and has no counterpart '{Map(id)}' in version {target.Version}.");
            else if (before.Find(id) is { } old && old.Type != counterpart.Type)
                problems.Add($"Activity '{id}' ({old.Type}) {why} but its counterpart '{counterpart.Id}' is a {counterpart.Type}.");
        }
        var declared = ExecutionSession.InitialVariables(target);
        foreach (var name in state.Variables.Keys.Where(n => !declared.ContainsKey(n)))
            warnings.Add($"Variable '{name}' is not declared in version {target.Version}; its value is kept.");
        if (problems.Count > 0 || dryRun) return new MigrationResult(problems, warnings, null);

        var migrated = state.Clone();
        var step = new WorkflowStep { State = migrated };
        migrated.DefinitionVersion = target.Version;
        foreach (var (name, value) in declared) migrated.Variables.TryAdd(name, value);
        migrated.Activities = migrated.Activities.GroupBy(a => Map(a.Key)).ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal);
        migrated.Scheduled = migrated.Scheduled.Select(w => w with { ActivityId = Map(w.ActivityId), Bookmark = w.Bookmark is null ? null : Remap(w.Bookmark, Map) }).ToList();
        migrated.Joins = migrated.Joins.ToDictionary(j => Map(j.Key), j => new JoinState
        {
            Fired = j.Value.Fired,
            Inbound = j.Value.Inbound.ToDictionary(i => MapKey(i.Key, Map), i => i.Value, StringComparer.Ordinal),
        }, StringComparer.Ordinal);
        foreach (var bookmark in migrated.Bookmarks.Where(b => Map(b.ActivityId) != b.ActivityId).ToList())
        {
            var moved = Remap(bookmark, Map);
            migrated.Bookmarks[migrated.Bookmarks.IndexOf(bookmark)] = moved;
            step.BookmarksRemoved.Add(bookmark);
            step.BookmarksCreated.Add(moved);
        }
        migrated.UpdatedAt = (clock ?? TimeProvider.System).GetUtcNow();
        step.Journal.Add(new JournalEntry
        {
            WorkflowInstanceId = migrated.Id,
            Sequence = ++migrated.JournalSequence,
            Timestamp = migrated.UpdatedAt,
            Event = JournalEvent.Migrated,
            Message = $"Migrated from version {state.DefinitionVersion} to {target.Version}.",
        });
        return new MigrationResult(problems, warnings, step);
    }

    static Bookmark Remap(Bookmark bookmark, Func<string, string> map) => bookmark with { ActivityId = map(bookmark.ActivityId) };

    static string MapKey(string key, Func<string, string> map)
    {
        var colon = key.LastIndexOf(':');
        return colon < 0 ? map(key) : map(key[..colon]) + key[colon..];
    }
}
