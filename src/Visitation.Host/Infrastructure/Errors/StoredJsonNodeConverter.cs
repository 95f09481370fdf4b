using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Visitation.Host.Infrastructure.Errors;

/// <summary>
/// Free-form JSON in a request body (a task's form data, an event's payload, a flow's input) reaches text columns
/// through the flows, so its texts and names follow the same rule as <see cref="StoredTextJsonConverter"/>.
/// </summary>
public sealed class StoredJsonNodeConverter : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeof(JsonNode).IsAssignableFrom(typeToConvert);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(NodeConverter<>).MakeGenericType(typeToConvert))!;

    private sealed class NodeConverter<TNode> : JsonConverter<TNode> where TNode : JsonNode
    {
        public override TNode? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var node = JsonNode.Parse(ref reader, new JsonNodeOptions { PropertyNameCaseInsensitive = options.PropertyNameCaseInsensitive });
            Check(node);
            return node as TNode ?? throw new JsonException($"Expected {typeof(TNode).Name}.");
        }

        public override void Write(Utf8JsonWriter writer, TNode value, JsonSerializerOptions options) => value.WriteTo(writer, options);
    }

    private static void Check(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject value:
                foreach (var (name, child) in value)
                {
                    CheckText(name);
                    Check(child);
                }
                break;
            case JsonArray list:
                foreach (var child in list) Check(child);
                break;
            case JsonValue value when value.TryGetValue<string>(out var text):
                CheckText(text);
                break;
        }
    }

    private static void CheckText(string text)
    {
        if (StoredTextJsonConverter.HasControlCharacter(text)) throw new ControlCharacterException();
    }
}
