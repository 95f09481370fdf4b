using System.Text.Json;
using System.Text.Json.Nodes;
using Visitation.Activities.Matchning;

namespace Visitation.Host.Features.Matchning;

/// <summary>What a matching tells the case's flow, correlated by the case id; a flow that does not wait for it is not disturbed.</summary>
public static class MatchningEvents
{
    public const string Valgt = MatchTilbud.EventName;

    public const string Besluttet = BeslutTilbud.EventName;

    public static JsonObject ValgtPayload(Guid indstillingId, Valg valg) => new()
    {
        ["indstillingId"] = indstillingId.ToString(),
        ["valg"] = ValgJson(valg),
    };

    public static JsonObject BesluttetPayload(Guid matchningId, bool accepteret, string? begrundelse) => new()
    {
        ["matchningId"] = matchningId.ToString(),
        ["udfald"] = accepteret ? BeslutTilbud.Accepteret : BeslutTilbud.Afvist,
        ["begrundelse"] = begrundelse,
    };

    /// <summary>The choice in the contract's shape: camelCase names, ids as strings, kroner as numbers.</summary>
    public static JsonObject ValgJson(Valg valg) => JsonSerializer.SerializeToNode(valg, JsonSerializerOptions.Web)!.AsObject();
}
