using System.Text.Json.Nodes;
using Visitation.Workflows.Persistence.Records;

namespace Visitation.Host.Features.WorkflowDefinitions;

/// <summary>One version of a flow: where it stands, and its Elsa 3 JSON.</summary>
public sealed record DefinitionDocument(
    string DefinitionId,
    int Version,
    string Name,
    DefinitionVersionState State,
    string? PublishNote,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? PublishedAt,
    JsonNode Definition)
{
    public static DefinitionDocument From(WorkflowDefinitionRecord record)
    {
        var json = JsonNode.Parse(record.Json)!;
        json["isPublished"] = record.State == DefinitionVersionState.Published;
        return new(record.DefinitionId, record.Version, record.Name, record.State, record.PublishNote, record.UpdatedAt, record.PublishedAt, json);
    }
}
