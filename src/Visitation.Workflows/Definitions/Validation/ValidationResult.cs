using System.Text.Json.Serialization;
using Visitation.Workflows.Descriptors;

namespace Visitation.Workflows.Definitions.Validation;

public enum ValidationSeverity
{
    Error,
    Warning,
}

/// <summary>The connection a finding concerns, as in D14: <c>source</c>, <c>sourcePort</c>, <c>target</c>, <c>targetPort</c>.</summary>
public sealed record ConnectionReference(string Source, string SourcePort, string Target, string TargetPort)
{
    public static ConnectionReference From(Connection c) => new(c.Source.Activity, c.Source.Port, c.Target.Activity, c.Target.Port);
}

/// <summary>One validation finding.</summary>
/// <remarks>
/// <see cref="Path"/> is a JSON Pointer into the definition as the writer exports it (Elsa 3 shape:
/// inputs are members of the activity, connections nested), e.g. <c>/root/activities/3/text</c> or
/// <c>/root/connections/0/source/port</c>. <see cref="Message"/> holds Danish and English text from
/// <see cref="ValidationMessages"/>; the API picks one by Accept-Language.
/// </remarks>
public sealed record ValidationFinding
{
    /// <summary>Stable code, e.g. <c>activity.unknownType</c>; see <see cref="ValidationCodes"/>.</summary>
    public required string Code { get; init; }

    public required LocalizedText Message { get; init; }

    [JsonConverter(typeof(JsonStringEnumConverter<ValidationSeverity>))]
    public required ValidationSeverity Severity { get; init; }

    public required string Path { get; init; }

    public string? ActivityId { get; init; }

    public ConnectionReference? Connection { get; init; }

    public override string ToString() => $"{Severity} {Code} at {Path}: {Message.En}";
}

/// <summary>The outcome of validating a definition: errors block publishing, warnings do not.</summary>
public sealed record ValidationResult(IReadOnlyList<ValidationFinding> Errors, IReadOnlyList<ValidationFinding> Warnings)
{
    public bool Valid => Errors.Count == 0;
}
