using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NJsonSchema;
using NJsonSchema.Validation;
using Visitation.Host.Infrastructure.Errors;

namespace Visitation.Host.Features.Opgaver;

/// <summary>
/// Checks a completion (<c>{ "action", "data" }</c>) against the task's actions and form schema, and locates each
/// problem in the request body (<c>/action</c>, <c>/data/reason</c>), as the flow would refuse the same input.
/// </summary>
public static partial class FormDataRules
{
    public static async Task<IReadOnlyList<ProblemError>> ValidateAsync(WorkItem item, string? action, JsonNode? data)
    {
        var errors = new List<ProblemError>();
        if (item.Actions.Count > 0 && (action is null || !item.Actions.Contains(action)))
            errors.Add(ErrorMessages.Error("/action", action is null ? "field.required" : "field.unknownValue", string.Join(", ", item.Actions)));
        if (item.FormSchema is null) return errors;

        JsonSchema schema;
        try
        {
            schema = await Visitation.Workflows.Activities.BuiltIn.LocalJsonSchema.FromJsonAsync(item.FormSchema);
        }
        catch (Visitation.Workflows.Activities.BuiltIn.ExternalSchemaReferenceException)
        {
            // The flow's form is at fault, not the data: nothing the user sends can complete this task.
            throw new UnprocessableException([ErrorMessages.Error("/data", "tasks.formExternalReference")]);
        }
        foreach (var error in Flatten(schema.Validate((data ?? new JsonObject()).ToJsonString())))
            errors.Add(ToProblem(error));
        return errors.DistinctBy(e => (e.Path, e.Code)).ToList();
    }

    static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors)
    {
        foreach (var error in errors)
        {
            if (error is ChildSchemaValidationError child && child.Errors.Count > 0)
                foreach (var inner in Flatten(child.Errors.SelectMany(e => e.Value))) yield return inner;
            else yield return error;
        }
    }

    static ProblemError ToProblem(ValidationError error)
    {
        var path = "/data" + Pointer(error.Path);
        var kind = error.Kind.ToString();
        return error.Kind switch
        {
            ValidationErrorKind.PropertyRequired => ErrorMessages.Error(path, "field.required"),
            ValidationErrorKind.NoAdditionalPropertiesAllowed => ErrorMessages.Error(path, "tasks.formUnknownField"),
            ValidationErrorKind.NotInEnumeration => ErrorMessages.Error(path, "tasks.formNotAllowed"),
            _ when kind.EndsWith("Expected", StringComparison.Ordinal) => ErrorMessages.Error(path, "tasks.formWrongType", kind[..^"Expected".Length]),
            ValidationErrorKind.StringTooLong or ValidationErrorKind.StringTooShort or ValidationErrorKind.NumberTooBig or ValidationErrorKind.NumberTooSmall
                or ValidationErrorKind.TooManyItems or ValidationErrorKind.TooFewItems => ErrorMessages.Error(path, "tasks.formOutOfRange", kind),
            _ => ErrorMessages.Error(path, "tasks.formInvalid", kind),
        };
    }

    /// <summary>NJsonSchema's <c>#/child/list[0]</c> as a JSON Pointer <c>/child/list/0</c>.</summary>
    static string Pointer(string? path)
    {
        var trimmed = (path ?? "").TrimStart('#');
        trimmed = ArrayIndex().Replace(trimmed, "/$1");
        return trimmed.Length == 0 || trimmed.StartsWith('/') ? trimmed : "/" + trimmed;
    }

    [GeneratedRegex(@"\[(\d+)\]")]
    private static partial Regex ArrayIndex();
}
