using System.Text.Json;
using System.Text.Json.Serialization;

namespace Visitation.Host.Infrastructure.Errors;

/// <summary>A text in a request body with a control character no one types. Carries the JSON path, never the text.</summary>
public sealed class ControlCharacterException() : JsonException("Text with a control character.");

/// <summary>
/// Reads every string of a request body and refuses control characters other than tab and line breaks. PostgreSQL
/// cannot store a NUL character at all, and the others are never typed by a person, so refusing them at the door
/// gives the same clear 400 on both databases instead of a failed write.
/// </summary>
public sealed class StoredTextJsonConverter : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String) throw new JsonException("Expected a string.");
        var text = reader.GetString()!;
        if (HasControlCharacter(text)) throw new ControlCharacterException();
        return text;
    }

    public static bool HasControlCharacter(string text)
    {
        foreach (var character in text)
            if (char.IsControl(character) && character is not ('\t' or '\n' or '\r'))
                return true;
        return false;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
