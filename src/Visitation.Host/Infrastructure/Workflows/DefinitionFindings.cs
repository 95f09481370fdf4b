using System.Globalization;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Workflows.Definitions.Validation;

namespace Visitation.Host.Infrastructure.Workflows;

/// <summary>Validation findings of a definition, in the caller's language and the D14 error shape.</summary>
public static class DefinitionFindings
{
    public sealed record Report(bool Valid, IReadOnlyList<ProblemError> Errors, IReadOnlyList<ProblemError> Warnings);

    public static Report ToReport(ValidationResult result) =>
        new(result.Valid, result.Errors.Select(ToError).ToList(), result.Warnings.Select(ToError).ToList());

    public static ProblemError ToError(ValidationFinding finding) => new(finding.Path, finding.Code, finding.Message.For(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName))
    {
        ActivityId = finding.ActivityId,
        Source = finding.Connection?.Source,
        SourcePort = finding.Connection?.SourcePort,
        Target = finding.Connection?.Target,
        TargetPort = finding.Connection?.TargetPort,
    };
}
