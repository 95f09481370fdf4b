using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Visitation.Workflows.Bookmarks;

/// <summary>Computes the stimulus hash of a bookmark: SHA-256 over name, normalised payload and correlation id.</summary>
/// <remarks>
/// The payload is normalised by sorting object members by ordinal name and writing compact JSON, so
/// <c>{"b":1,"a":2}</c> and <c>{"a":2,"b":1}</c> hash alike. The result is lower-case hex (64 characters).
/// </remarks>
public static class BookmarkHasher
{
    public static string Hash(string name, JsonNode? payload, string? correlationId)
    {
        var text = name + "\n" + Normalise(payload) + "\n" + (correlationId ?? "");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    public static string Normalise(JsonNode? node)
    {
        if (node is null) return "null";
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream)) Write(writer, node);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    static void Write(Utf8JsonWriter writer, JsonNode? node)
    {
        switch (node)
        {
            case null:
                writer.WriteNullValue();
                break;
            case JsonObject o:
                writer.WriteStartObject();
                foreach (var (key, value) in o.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(key);
                    Write(writer, value);
                }
                writer.WriteEndObject();
                break;
            case JsonArray a:
                writer.WriteStartArray();
                foreach (var item in a) Write(writer, item);
                writer.WriteEndArray();
                break;
            default:
                node.WriteTo(writer);
                break;
        }
    }
}
