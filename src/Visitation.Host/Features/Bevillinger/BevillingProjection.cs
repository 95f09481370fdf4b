using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Visitation.Activities.Bevillinger;
using Visitation.Host.Features.Audit;
using Visitation.Host.Features.Indstillinger;
using Visitation.Host.Features.Oekonomi;
using Visitation.Host.Features.Reference;
using Visitation.Host.Features.Sager;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Workflows.Persistence;

namespace Visitation.Host.Features.Bevillinger;

/// <summary>
/// Writes the grants a case's flow makes and ends inside the transaction of the step that did it
/// (<c>Visitation.Bevilg</c>, <c>Visitation.AfslutBevilling</c>), so a grant and its commitment line exist exactly when
/// the flow has moved past the step. A grant names what the flow gave it or faults the step: an indstilling that is not
/// on the case, an offer that is not in the catalogue, or a municipality code that is not one of the 98.
/// </summary>
public sealed class BevillingProjection(ILogger<BevillingProjection> logger, DatabaseOptions database) : IStepCommitObserver
{
    public async ValueTask OnStepWrittenAsync(StepCommit commit, CancellationToken cancellationToken)
    {
        var step = commit.Step;
        var messages = step.Outbox.Where(m => m.Type is Bevilg.MessageType or AfslutBevilling.MessageType).ToList();
        if (messages.Count == 0 || !Guid.TryParse(commit.TenantId, out var kommuneId) || !Guid.TryParse(step.State.CorrelationId, out var sagId)) return;

        await using var db = SharedConnectionContexts.Create(database.Provider, commit.Connection);
        await db.Database.UseTransactionAsync(commit.Transaction, cancellationToken);
        // Only the case's own flow changes the case (a designer's run correlated to it does not).
        if (!await CaseFlowOwnership.IsOwnAsync(db, commit, kommuneId, sagId, logger, cancellationToken)) return;
        var now = step.State.UpdatedAt;
        foreach (var message in messages)
        {
            var payload = message.Payload!;
            var actor = payload["actor"]?.GetValue<string>() ?? "system";
            if (message.Type == Bevilg.MessageType)
                await GrantAsync(db, kommuneId, sagId, step.State.Id, payload, actor, now, cancellationToken);
            else
                await EndAsync(db, kommuneId, sagId, payload, now, cancellationToken);
            db.AuditEntries.Add(new AuditEntry
            {
                KommuneId = kommuneId,
                SagId = sagId,
                At = now,
                UserName = actor,
                Action = message.Type == Bevilg.MessageType ? "bevilling.grant" : "bevilling.end",
                IsRead = false,
            });
            // Written per message: a step that ends a grant and grants its replacement (a change of provider in the
            // BUM flow) must let the new grant see the ended one to start the day after it.
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    static async Task GrantAsync(VisitationDbContext db, Guid kommuneId, Guid sagId, string instanceId, JsonNode payload, string actor, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var bevillingId = Guid.Parse(payload["bevillingId"]!.GetValue<string>());
        if (await db.Bevillinger.IgnoreQueryFilters().AnyAsync(b => b.Id == bevillingId, cancellationToken)) return;
        var indstillingId = Guid.Parse(payload["indstillingId"]!.GetValue<string>());
        var indstilling = await db.Indstillinger.IgnoreQueryFilters().AsNoTracking()
                              .SingleOrDefaultAsync(i => i.KommuneId == kommuneId && i.SagId == sagId && i.Id == indstillingId, cancellationToken)
                          ?? throw new InvalidOperationException("The granted indstilling is not on the flow's case.");
        Afgoerelse? afgoerelse;
        if (Guid.TryParse(payload["afgoerelseId"]?.GetValue<string>(), out var afgoerelseId))
            afgoerelse = await db.Afgoerelser.IgnoreQueryFilters().AsNoTracking()
                             .SingleOrDefaultAsync(a => a.KommuneId == kommuneId && a.SagId == sagId && a.Id == afgoerelseId, cancellationToken)
                         ?? throw new InvalidOperationException("The decision is not on the flow's case.");
        else afgoerelse = await GrantingDecisionAsync(db, kommuneId, indstilling.Id, cancellationToken);
        var own = await db.Kommuner.AsNoTracking().Where(k => k.Id == kommuneId).Select(k => k.Code).SingleAsync(cancellationToken);

        var limit = payload["tidsbegraensning"]?.GetValue<string>() is { } text ? DateOnly.ParseExact(text, "yyyy-MM-dd") : (DateOnly?)null;
        var end = Earliest(indstilling.ForventetSlut, limit);
        // A grant that replaces an ended one for the same indstilling (a change of provider) starts the day after it
        // ended, so the commitment never counts a month twice.
        var previousEnd = await db.Bevillinger.IgnoreQueryFilters().AsNoTracking()
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
        var decisions = await db.Afgoerelser.IgnoreQueryFilters().AsNoTracking()
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
        var provider = await db.Providers.IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(p => p.KommuneId == kommuneId && p.Id == providerId, cancellationToken)
                       ?? throw new InvalidOperationException("The chosen provider is not in the municipality's catalogue.");
        bevilling.ProviderId = provider.Id;
        bevilling.LeverandoerNavn = provider.Name;
        if (Guid.TryParse(valg["offerId"]?.ToString(), out var offerId))
        {
            var offer = await db.Offers.IgnoreQueryFilters().AsNoTracking()
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
            var decided = await db.Afgoerelser.IgnoreQueryFilters().AsNoTracking()
                .Where(a => a.KommuneId == kommuneId && a.Id == decisionId && a.AendretOmfang != null)
                .Join(db.Indstillinger.IgnoreQueryFilters(), a => a.IndstillingId, i => i.Id, (a, i) => new { Quantity = a.AendretOmfang!.Value, Unit = i.Enhed })
                .SingleOrDefaultAsync(cancellationToken);
            if (decided is not null && decided.Unit == bevilling.Enhed) bevilling.Omfang = decided.Quantity;
        }
    }

    static async Task EndAsync(VisitationDbContext db, Guid kommuneId, Guid sagId, JsonNode payload, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var bevillingId = Guid.Parse(payload["bevillingId"]!.GetValue<string>());
        var bevilling = await db.Bevillinger.IgnoreQueryFilters().SingleOrDefaultAsync(b => b.KommuneId == kommuneId && b.SagId == sagId && b.Id == bevillingId, cancellationToken)
                        ?? throw new InvalidOperationException("The grant to end is not on the flow's case.");
        var end = DateOnly.ParseExact(payload["slut"]!.GetValue<string>(), "yyyy-MM-dd");
        // A line ends on the given day, but never before it starts (then it costs nothing: it ends the day before).
        bevilling.Slut = end < bevilling.Start ? bevilling.Start.AddDays(-1) : Earliest(bevilling.Slut, end);
        bevilling.Status = BevillingStatus.Afsluttet;
        bevilling.AfslutningsAarsag = payload["aarsag"]?.GetValue<string>();
        bevilling.AfsluttetAt = now;
    }

    /// <summary>The frame of a grant with no provider yet: its annual amount (the first twelve months, less when it ends sooner), <see cref="ExpectedAmounts"/>.</summary>
    static long FramePerYear(Bevilling bevilling) => (long)(ExpectedAmounts.AnnualOf(bevilling.Line.Scope) * 100m);

    static string MunicipalityCode(JsonNode? given, string own)
    {
        var code = given?.GetValue<string>()?.Trim();
        if (string.IsNullOrEmpty(code)) return own;
        return Municipalities.Find(code)?.Code ?? throw new InvalidOperationException($"'{code}' is not the code of a Danish municipality.");
    }

    static DateOnly? Earliest(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a < b ? a : b;
}
