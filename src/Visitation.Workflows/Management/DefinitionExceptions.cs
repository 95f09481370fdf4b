using Visitation.Workflows.Definitions.Validation;

namespace Visitation.Workflows.Management;

/// <summary>Publishing was refused because the definition has errors (HTTP 422 with the findings).</summary>
public sealed class DefinitionInvalidException(ValidationResult result)
    : Exception($"The definition has {result.Errors.Count} error(s).")
{
    public ValidationResult Result { get; } = result;
}

/// <summary>The definition is not in a state that allows the operation (HTTP 409), e.g. nothing to publish.</summary>
public sealed class DefinitionStateException(string code, string message) : Exception(message)
{
    /// <summary>Stable code: <c>definition.noDraft</c>, <c>definition.notPublished</c>.</summary>
    public string Code { get; } = code;
}
