using Visitation.Host.Features.Kompetenceplaner;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;

namespace Visitation.Host.Features.Organisation;

/// <summary>Field checks shared by the organisation's use cases.</summary>
public static class OrganisationRules
{
    public static IEnumerable<ProblemError> Code(string path, string? code)
    {
        if (string.IsNullOrEmpty(code)) yield return ErrorMessages.Error(path, "field.required");
        else if (!MeasureCatalogue.IsCode(code)) yield return ErrorMessages.Error(path, "organisation.invalidCode");
    }

    public static IEnumerable<ProblemError> Name(string path, string? name) => FieldRules.Text(path, name, 100);
}
