using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;

namespace Visitation.Host.Features.Tilbud;

/// <summary>Field checks of a provider, shared by the API and the CSV import.</summary>
public static class ProviderRules
{
    public static IEnumerable<ProblemError> Validate(string namePath, string? name, string cvrPath, string? cvr)
    {
        foreach (var error in FieldRules.Text(namePath, name, 200)) yield return error;
        if (!string.IsNullOrWhiteSpace(cvr) && !(cvr.Trim().Length == 8 && cvr.Trim().All(char.IsAsciiDigit)))
            yield return ErrorMessages.Error(cvrPath, "provider.invalidCvr");
    }

    public static string? CleanCvr(string? cvr) => string.IsNullOrWhiteSpace(cvr) ? null : cvr.Trim();
}
