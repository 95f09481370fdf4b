using System.Text.Json;
using System.Text.Json.Serialization;

namespace Visitation.Host.Features.Sager;

/// <summary>An invalid CPR number in a request body. Carries the JSON path, never the value.</summary>
public sealed class CprFormatException() : JsonException("Invalid CPR number.");

/// <summary>
/// Reads a CPR number from a JSON string (<c>"0101901234"</c> or <c>"010190-1234"</c>) and writes it masked.
/// A response that must show the full number (the case page) carries <see cref="Cpr.Reveal"/> as a string.
/// </summary>
public sealed class CprJsonConverter : JsonConverter<Cpr>
{
    public override Cpr Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String && Cpr.TryParse(reader.GetString(), out var cpr)) return cpr!;
        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray) reader.Skip();
        throw new CprFormatException();
    }

    public override void Write(Utf8JsonWriter writer, Cpr value, JsonSerializerOptions options) => writer.WriteStringValue(value.Masked);
}
