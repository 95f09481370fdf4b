using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;

namespace Visitation.Host.Features.Sager;

/// <summary>The child of a new case: a name and either a CPR number or a (expected) date of birth.</summary>
public sealed record ChildInput(string? Name, Cpr? Cpr, DateOnly? DateOfBirth, bool? Unborn)
{
    public IEnumerable<ProblemError> Validate(string path)
    {
        foreach (var error in FieldRules.Text($"{path}/name", Name, 200)) yield return error;
        if (Cpr is null && DateOfBirth is null) yield return ErrorMessages.Error($"{path}/dateOfBirth", "sag.cprOrDateOfBirth");
        if (Cpr is not null && DateOfBirth is { } date && date != Cpr.DateOfBirth)
            yield return ErrorMessages.Error($"{path}/dateOfBirth", "sag.dateOfBirthMismatch");
        if (Cpr is not null && Unborn == true) yield return ErrorMessages.Error($"{path}/unborn", "sag.unbornWithCpr");
    }
}

public sealed record CustodyHolderInput(string? Name, string? Relation, string? Contact)
{
    public IEnumerable<ProblemError> Validate(string path) =>
        FieldRules.Text($"{path}/name", Name, 200)
            .Concat(FieldRules.Text($"{path}/relation", Relation, 100, required: false))
            .Concat(FieldRules.Text($"{path}/contact", Contact, 200, required: false));
}

public static class SagInputRules
{
    public static IEnumerable<ProblemError> CustodyHolders(string path, IReadOnlyList<CustodyHolderInput>? holders)
    {
        if (holders is null) yield break;
        if (holders.Count > 4) yield return ErrorMessages.Error(path, "field.outOfRange", 0, 4);
        for (var i = 0; i < holders.Count; i++)
            foreach (var error in holders[i]?.Validate($"{path}/{i}") ?? [ErrorMessages.Error($"{path}/{i}", "field.required")])
                yield return error;
    }
}
