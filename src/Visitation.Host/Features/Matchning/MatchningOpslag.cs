using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Visitation.Activities.Matchning;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Features.Matchning;

/// <summary>
/// Lets a flow's matching steps find a choice or acceptance made before they waited, in a scope of its own and for the
/// tenant's municipality only. It reads committed rows, so a choice the flow has already received is never offered
/// again: a step that loops back after a rejection in the same transaction would otherwise see the rejected choice.
/// </summary>
public sealed class MatchningOpslag(IServiceScopeFactory scopes) : IMatchningOpslag
{
    public async Task<JsonObject?> ValgAsync(string tenantId, string sagId, string indstillingId, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(tenantId, out var kommuneId) || !Guid.TryParse(sagId, out var sag) || !Guid.TryParse(indstillingId, out var indstilling)) return null;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VisitationDbContext>();
        // Cross-caller: the matching activity asks this during a step in a scope of its own, which has no caller; the municipality is named.
        var chosen = await db.Matchninger.IgnoreQueryFilters().AsNoTracking()
            .SingleOrDefaultAsync(m => m.KommuneId == kommuneId && m.SagId == sag && m.IndstillingId == indstilling && m.Status == MatchningStatus.Valgt
                                      && !m.ValgModtagetAfForloeb, cancellationToken);
        return chosen is not null && MatchningViewBuilder.ValgOf(chosen) is { } valg ? MatchningEvents.ValgJson(valg) : null;
    }

    public async Task<bool> AccepteretAsync(string tenantId, string matchningId, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(tenantId, out var kommuneId) || !Guid.TryParse(matchningId, out var id)) return false;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VisitationDbContext>();
        // Cross-caller: the matching activity asks this during a step in a scope of its own, which has no caller; the municipality is named.
        return await db.Matchninger.IgnoreQueryFilters().AnyAsync(m => m.KommuneId == kommuneId && m.Id == id && m.Status == MatchningStatus.Accepteret, cancellationToken);
    }
}
