using System.Text.Json.Nodes;

namespace Visitation.Activities.Matchning;

/// <summary>
/// What a flow may already find when it reaches a matching step: a choice or a decision made through the API
/// before the flow waited for it. The host implements it; the activities only read.
/// </summary>
public interface IMatchningOpslag
{
    /// <summary>The choice (<c>Valg</c>) of the indstilling's matching when an offer is chosen and not yet decided on, otherwise null.</summary>
    Task<JsonObject?> ValgAsync(string tenantId, string sagId, string indstillingId, CancellationToken cancellationToken);

    /// <summary>True when the matching's chosen offer has been accepted.</summary>
    Task<bool> AccepteretAsync(string tenantId, string matchningId, CancellationToken cancellationToken);
}
