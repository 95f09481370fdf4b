using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Visitation.Activities.Bevillinger;
using Visitation.Host.Features.Indstillinger;
using Visitation.Host.Features.Oekonomi;
using Visitation.Host.Features.Reference;
using Visitation.Host.Infrastructure.Outbox;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Workflows.Execution;

namespace Visitation.Host.Features.Bevillinger;

/// <summary>
/// Writes the grant a case's flow makes (<c>Visitation.Bevilg</c>) inside the transaction of the step that made it, so a
/// grant and its commitment line exist exactly when the flow has moved past the step. A grant names what the flow gave it
/// or faults the step: an indstilling that is not on the case, an offer that is not in the catalogue, or a municipality
/// code that is not one of the 98. A grant that replaces one ended in the same step (a change of provider in the BUM
/// flow) sees the ended one, as the dispatcher saves after each message.
/// </summary>
public sealed class GrantBevilling : IOutboxHandler<Bevilg>
{
    public async ValueTask HandleAsync(OutboxMessage message, StepContext step, CancellationToken cancellationToken)
    {
        if (step.SagId is not { } sagId || !await step.IsOwnFlowOfAsync(sagId, cancellationToken)) return;
        var actor = StepContext.ActorOf(message) ?? "system";
        await GrantAsync(step.Db, step.KommuneId, sagId, step.InstanceId, message.Payload!, actor, step.Now, cancellationToken);
        step.Audit(sagId, "bevilling.grant", actor);
    }

    static async Task GrantAsync(VisitationDbContext db, Guid kommuneId, Guid sagId, string instanceId, JsonNode payload, string actor, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var bevillingId = Guid.Parse(payload["bevillingId"]!.GetValue<string>());
        if (await db.Bevillinger.AnyAsync(b => b.Id == bevillingId, cancellationToken)) return;
        var indstillingId = Guid.Parse(payload["indstillingId"]!.GetValue<string>());
        var indstilling = await db.Indstillinger.AsNoTracking()
                              .SingleOrDefaultAsync(i => i.KommuneId == kommuneId && i.SagId == sagId && i.Id == indstillingId, cancellationToken)
                          ?? throw new InvalidOperationException("The granted indstilling is not on the flow's case.");
        Afgoerelse? afgoerelse;
        if (Guid.TryParse(payload["afgoerelseId"]?.GetValue<string>(), out var afgoerelseId))
            afgoerelse = await db.Afgoerelser.AsNoTracking()
                             .SingleOrDefaultAsync(a => a.KommuneId == kommuneId && a.SagId == sagId && a.Id == afgoerelseId, cancellationToken)
                         ?? throw new InvalidOperationException("The decision is not on the flow's case.");
        else afgoerelse = await GrantingDecisionAsync(db, kommuneId, indstilling.Id, cancellationToken);
        var own = await db.Kommuner.AsNoTracking().Where(k => k.Id == kommuneId).Select(k => k.Code).SingleAsync(cancellationToken);

        var limit = payload["tidsbegraensning"]?.GetValue<string>() is { } text ? DateOnly.ParseExact(text, "yyyy-MM-dd") : (DateOnly?)null;
        var end = Earliest(indstilling.ForventetSlut, limit);
        // A grant that replaces an ended one for the same indstilling (a change of provider) starts the day after it
        // ended, so the commitment never counts a month twice.
        var previousEnd = await db.Bevillinger.AsNoTracking()
            .Where(b => b.KommuneId == kommuneId && b.IndstillingId == indstilling.Id && b.Status == BevillingStatus.Afsluttet && b.Slut != null)
            .MaxAsync(b => b.Slut, cancellationToken);
        var start = previousEnd is { } ended && ended >= indstilling.Start ? ended.AddDays(1) : indstilling.Start;
        var bevilling = new Bevilling
        {
            Id = bevillingId,
            KommuneId = kommuneId,
            SagId = sagId,
            IndstillingId = indstilling.Id,
            AfgoerelseId = afgoerelse?.Id,
            WorkflowInstanceId = instanceId,
            IndsatsType = indstilling.IndsatsType,
            IndsatsUndertype = indstilling.IndsatsUndertype,
            LeverandoerNavn = indstilling.Leverandoer,
            Lovgrundlag = indstilling.Lovgrundlag,
            Omfang = afgoerelse?.AendretOmfang ?? indstilling.Omfang,
            Enhed = indstilling.Enhed,
            EnhedsprisOere = indstilling.EnhedsprisOere,
            Start = start,
            Slut = end,
            Tidsbegraensning = limit,
            HandlekommuneKode = MunicipalityCode(payload["handlekommune"], own),
            BetalingskommuneKode = MunicipalityCode(payload["betalingskommune"], own),
            BevilgetAf = actor,
            BevilgetAt = now,
        };
        if (payload["valg"] is JsonObject valg) await ChooseAsync(db, kommuneId, bevilling, valg, cancellationToken);
        else bevilling.RammePrAarOere = FramePerYear(bevilling);
        db.Bevillinger.Add(bevilling);
    }

    /// <summary>
    /// The indstilling's last decision that granted it, when the flow names none (a decision on the work list): the grant is
    /// what was decided, so its changed scope counts.
    /// </summary>
    static async Task<Afgoerelse?> GrantingDecisionAsync(VisitationDbContext db, Guid kommuneId, Guid indstillingId, CancellationToken cancellationToken)
    {
        var decisions = await db.Afgoerelser.AsNoTracking()
            .Where(a => a.KommuneId == kommuneId && a.IndstillingId == indstillingId
                        && (a.Udfald == AfgoerelseUdfald.Bevilget || a.Udfald == AfgoerelseUdfald.BevilgetMedAendring))
            .ToListAsync(cancellationToken);
        return decisions.OrderByDescending(a => a.AfgjortAt).FirstOrDefault();
    }

    /// <summary>
    /// Sets the provider, offer and price the matching chose; the catalogue must know them. The matching's quantity is taken
    /// unless the grant's decision changed the scope: what was decided is what is granted, in the unit it was decided in.
    /// </summary>
    internal static async Task ChooseAsync(VisitationDbContext db, Guid kommuneId, Bevilling bevilling, JsonObject valg, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(valg["providerId"]?.ToString(), out var providerId))
            throw new InvalidOperationException("The chosen offer names no provider.");
        var provider = await db.Providers.AsNoTracking().SingleOrDefaultAsync(p => p.KommuneId == kommuneId && p.Id == providerId, cancellationToken)
                       ?? throw new InvalidOperationException("The chosen provider is not in the municipality's catalogue.");
        bevilling.ProviderId = provider.Id;
        bevilling.LeverandoerNavn = provider.Name;
        if (Guid.TryParse(valg["offerId"]?.ToString(), out var offerId))
        {
            var offer = await db.Offers.AsNoTracking()
                            .SingleOrDefaultAsync(o => o.KommuneId == kommuneId && o.Id == offerId && o.ProviderId == provider.Id, cancellationToken)
                        ?? throw new InvalidOperationException("The chosen offer is not the provider's.");
            bevilling.OfferId = offer.Id;
            bevilling.EnhedsprisOere = offer.PriceOere;
            bevilling.Enhed = offer.PriceUnit;
        }
        if (valg["unitPrice"] is JsonValue price && price.TryGetValue<decimal>(out var unitPrice)) bevilling.EnhedsprisOere = (long)decimal.Round(unitPrice * 100m);
        if (valg["unit"] is JsonValue unit && unit.TryGetValue<string>(out var unitCode) && CostRule.Units.Contains(unitCode)) bevilling.Enhed = unitCode;
        if (valg["quantity"] is JsonValue quantity && quantity.TryGetValue<decimal>(out var amount) && amount >= 0) bevilling.Omfang = amount;
        if (bevilling.AfgoerelseId is { } decisionId)
        {
            var decided = await db.Afgoerelser.AsNoTracking()
                .Where(a => a.KommuneId == kommuneId && a.Id == decisionId && a.AendretOmfang != null)
                .Join(db.Indstillinger, a => a.IndstillingId, i => i.Id, (a, i) => new { Quantity = a.AendretOmfang!.Value, Unit = i.Enhed })
                .SingleOrDefaultAsync(cancellationToken);
            if (decided is not null && decided.Unit == bevilling.Enhed) bevilling.Omfang = decided.Quantity;
        }
    }

    /// <summary>The frame of a grant with no provider yet: its annual amount (the first twelve months, less when it ends sooner), <see cref="ExpectedAmounts"/>.</summary>
    static long FramePerYear(Bevilling bevilling) => (long)(ExpectedAmounts.AnnualOf(bevilling.Line.Scope) * 100m);

    static string MunicipalityCode(JsonNode? given, string own)
    {
        var code = given?.GetValue<string>()?.Trim();
        if (string.IsNullOrEmpty(code)) return own;
        return Municipalities.Find(code)?.Code ?? throw new InvalidOperationException($"'{code}' is not the code of a Danish municipality.");
    }

    internal static DateOnly? Earliest(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a < b ? a : b;
}
