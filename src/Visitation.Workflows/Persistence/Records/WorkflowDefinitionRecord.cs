namespace Visitation.Workflows.Persistence.Records;

/// <summary>Where a definition version stands in its life: draft → published → superseded, or retracted.</summary>
public enum DefinitionVersionState
{
    /// <summary>Editable; at most one per definition, always the latest version.</summary>
    Draft,

    /// <summary>Immutable; new instances start on it; at most one per definition.</summary>
    Published,

    /// <summary>A newer version was published; instances that started on this one stay on it.</summary>
    Superseded,

    /// <summary>Taken out of use: starts no instances, its triggers are removed; running instances continue.</summary>
    Retracted,

    /// <summary>Shown, never stored: published with an effective date still to come.</summary>
    Scheduled,
}

/// <summary>One stored version of a workflow definition, its Elsa 3 JSON and its place in the lifecycle.</summary>
public sealed class WorkflowDefinitionRecord
{
    /// <summary>The version's own id (Elsa's <c>id</c>), new for every version.</summary>
    public required string Id { get; set; }

    /// <summary>The owner (a municipality, for the host); definitions of one tenant are invisible to others.</summary>
    public required string TenantId { get; set; }

    /// <summary>Stable identity of the definition across versions; unique per tenant.</summary>
    public required string DefinitionId { get; set; }

    public int Version { get; set; }

    public required string Name { get; set; }

    public DefinitionVersionState State { get; set; }

    /// <summary>The definition in the Elsa 3 shape, as the writer produces it.</summary>
    public required string Json { get; set; }

    public string? PublishNote { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    /// <summary>New instances start on the published version with the latest effective date that has come.</summary>
    public DateTimeOffset EffectiveFrom { get; set; }

    /// <summary>When this version's triggers went live (null while its effective date is to come).</summary>
    public DateTimeOffset? ActivatedAt { get; set; }

    public string? CreatedBy { get; set; }

    public string? PublishedBy { get; set; }
}
