using NJsonSchema;
using NJsonSchema.References;

namespace Visitation.Workflows.Activities.BuiltIn;

/// <summary>
/// Reads a task form's JSON Schema with its own definitions (<c>#/definitions/...</c>) only. A reference to a file or
/// an address is refused before anything is opened or fetched: a flow must not make the server read its disk or call
/// other machines.
/// </summary>
public static class LocalJsonSchema
{
    public static async Task<JsonSchema> FromJsonAsync(string json)
    {
        try
        {
            return await JsonSchema.FromJsonAsync(json, null, schema => new LocalReferencesOnly(schema));
        }
        catch (Exception wrapped) when (wrapped is not ExternalSchemaReferenceException && RefusedWithin(wrapped))
        {
            // NJsonSchema wraps the resolver's refusal in its own exceptions.
            throw new ExternalSchemaReferenceException();
        }
    }

    private static bool RefusedWithin(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
            if (exception is ExternalSchemaReferenceException) return true;
        return false;
    }

    private sealed class LocalReferencesOnly(JsonSchema schema)
        : JsonReferenceResolver(new JsonSchemaAppender(schema, new DefaultTypeNameGenerator()))
    {
        public override Task<IJsonReference> ResolveFileReferenceAsync(string filePath, CancellationToken cancellationToken = default) =>
            throw new ExternalSchemaReferenceException();

        public override Task<IJsonReference> ResolveUrlReferenceAsync(string url, CancellationToken cancellationToken = default) =>
            throw new ExternalSchemaReferenceException();
    }
}

/// <summary>A form schema referred to a file or an address; its text is not repeated, as it came from the flow.</summary>
public sealed class ExternalSchemaReferenceException() : Exception("The form schema refers to a schema outside itself; only its own definitions may be referred to.");
