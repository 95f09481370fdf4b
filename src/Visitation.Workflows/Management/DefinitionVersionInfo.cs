using Visitation.Workflows.Persistence.Records;

namespace Visitation.Workflows.Management;

/// <summary>One version of a definition, without its body.</summary>
public sealed record DefinitionVersionInfo(
    string DefinitionId,
    string Id,
    int Version,
    string Name,
    DefinitionVersionState State,
    string? PublishNote,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? PublishedAt,
    DateTimeOffset? EffectiveFrom,
    string? CreatedBy,
    string? PublishedBy)
{
    /// <summary>The version as of <paramref name="now"/>: a published version whose date is to come shows as Scheduled.</summary>
    public static DefinitionVersionInfo From(WorkflowDefinitionRecord record, DateTimeOffset now) => new(
        record.DefinitionId, record.Id, record.Version, record.Name,
        record.State == DefinitionVersionState.Published && record.EffectiveFrom > now ? DefinitionVersionState.Scheduled : record.State,
        record.PublishNote, record.CreatedAt, record.UpdatedAt, record.PublishedAt,
        record.State is DefinitionVersionState.Draft ? null : record.EffectiveFrom, record.CreatedBy, record.PublishedBy);
}

/// <summary>A definition as listed: its latest version and the one new instances start on.</summary>
public sealed record DefinitionSummary(string DefinitionId, string Name, int LatestVersion, int? PublishedVersion, DateTimeOffset UpdatedAt);
