using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Visitation.Workflows.Definitions;
using Visitation.Workflows.Definitions.Serialization;

namespace Visitation.Workflows.Persistence;

/// <summary>
/// Parsed definition versions shared by every step of the process, so a resume does not parse its definition's
/// JSON again. Bounded: when full, the oldest entries give way.
/// </summary>
/// <remarks>
/// <para>An entry is used only when the JSON just read from the database is the JSON it was parsed from, so a
/// version whose row changed (a draft saved again) is parsed afresh; nothing can go stale.</para>
/// <para>The runner treats a definition as read-only and copies what it takes from it into the state. A shared
/// definition is read by several steps at once, so every JSON node of it is built before it is shared: a node
/// parsed from text builds its children lazily on first read, which two threads must not do together.</para>
/// </remarks>
internal static class DefinitionCache
{
    const int Capacity = 512;

    sealed record Entry(string Json, WorkflowDefinition Definition, long Order);

    static readonly ConcurrentDictionary<(string Tenant, string DefinitionId, int Version), Entry> Entries = new();
    static long order;

    /// <summary>The definition parsed from <paramref name="json"/>, from the cache when that version was parsed from the same text.</summary>
    public static WorkflowDefinition Get(string tenantId, string definitionId, int version, string json)
    {
        var key = (tenantId, definitionId, version);
        if (Entries.TryGetValue(key, out var entry) && string.Equals(entry.Json, json, StringComparison.Ordinal))
            return entry.Definition;
        var definition = Parse(json);
        if (Entries.Count >= Capacity) Trim();
        Entries[key] = new Entry(json, definition, Interlocked.Increment(ref order));
        return definition;
    }

    static WorkflowDefinition Parse(string json)
    {
        var node = JsonNode.Parse(json);
        if (node is not JsonObject root) return DefinitionSerializer.Read(json); // let the serializer report it
        Build(root);
        return Elsa3Reader.Read(root);
    }

    static void Build(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var member in obj) Build(member.Value);
                break;
            case JsonArray array:
                foreach (var item in array) Build(item);
                break;
        }
    }

    /// <summary>Drops the older half of the entries.</summary>
    static void Trim()
    {
        var cut = Entries.Values.Select(e => e.Order).OrderBy(o => o).ElementAtOrDefault(Entries.Count / 2);
        foreach (var (key, entry) in Entries)
            if (entry.Order <= cut) Entries.TryRemove(key, out _);
    }
}
