using System.Text.Json.Serialization;

namespace Visitation.Host.Infrastructure.Errors;

/// <summary>
/// One thing wrong with a request (D14): <see cref="Path"/> is a JSON Pointer into the request body
/// (empty for the request as a whole), <see cref="Code"/> is stable for clients, and the message follows
/// the caller's language. Findings in a workflow definition also name the activity or the connection.
/// </summary>
public sealed record ProblemError(string Path, string Code, string Message)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ActivityId { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Source { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? SourcePort { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Target { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? TargetPort { get; init; }
}
