using Visitation.Host.Infrastructure.Errors;

namespace Visitation.Host.Infrastructure.Behaviors;

/// <summary>The field checks every validator needs, each answering with a located error.</summary>
public static class FieldRules
{
    public static IEnumerable<ProblemError> Text(string path, string? value, int maxLength, bool required = true)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required) yield return ErrorMessages.Error(path, "field.required");
            yield break;
        }
        if (value.Length > maxLength) yield return ErrorMessages.Error(path, "field.tooLong", maxLength);
    }

    public static IEnumerable<ProblemError> OneOf(string path, string? value, IReadOnlyCollection<string> allowed)
    {
        if (value is null || !allowed.Contains(value))
            yield return ErrorMessages.Error(path, "field.unknownValue", string.Join(", ", allowed));
    }
}
