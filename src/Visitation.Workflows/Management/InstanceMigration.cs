namespace Visitation.Workflows.Management;

/// <summary>
/// What to migrate: running instances of one version to another. <c>Mapping</c> maps old activity ids to new
/// ones; an activity not named keeps its id when the new version has it. <c>InstanceIds</c> limits the
/// migration to those instances (all running instances of <c>FromVersion</c> when null).
/// </summary>
public sealed record InstanceMigrationRequest(
    string DefinitionId,
    int FromVersion,
    int ToVersion,
    IReadOnlyDictionary<string, string> Mapping,
    IReadOnlyList<string>? InstanceIds,
    bool DryRun);

/// <summary>One activity's state moving to the new version.</summary>
public sealed record ActivityMove(string From, string To, string Status);

/// <summary>The plan (dry run) or result for one instance: what moves where, and why it cannot move.</summary>
public sealed record InstanceMigrationReport(
    string InstanceId,
    bool CanMigrate,
    bool Migrated,
    IReadOnlyList<ActivityMove> Moves,
    IReadOnlyList<string> Problems,
    IReadOnlyList<string> Warnings);

public sealed record InstanceMigrationResult(string DefinitionId, int FromVersion, int ToVersion, bool DryRun, IReadOnlyList<InstanceMigrationReport> Instances);
