using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Audit;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Opfoelgning;

/// <summary>
/// A caseworker or leader sets the case's own follow-up cadence, which wins over every other rule (from the next
/// follow-up the flow computes), or clears it.
/// </summary>
public static class SetSagKadence
{
    public sealed record Command(Guid SagId, KadenceInput Kadence) : ICommand<KadenceRegelView>, IValidatable
    {
        public IEnumerable<ProblemError> Validate() =>
            KadenceRules.Validate("/trin", Kadence.Trin).Concat(KadenceRules.Reason("/begrundelse", Kadence.Begrundelse));
    }

    public sealed record Clear(Guid SagId) : ICommand;

    public sealed class Handler(VisitationDbContext db, CurrentUser currentUser, AuditTrail audit, TimeProvider clock)
        : ICommandHandler<Command, KadenceRegelView>, ICommandHandler<Clear>
    {
        public async ValueTask<KadenceRegelView> Handle(Command command, CancellationToken cancellationToken)
        {
            var sag = await db.Sager.SingleOrDefaultAsync(s => s.Id == command.SagId, cancellationToken) ?? throw new ResourceNotFoundException("Sagen");
            var key = sag.Id.ToString();
            var rule = await db.KadenceRegler.SingleOrDefaultAsync(r => r.Omfang == KadenceOmfang.Sag && r.Noegle == key, cancellationToken);
            if (rule is null)
            {
                rule = new KadenceRegel { Id = Guid.NewGuid(), KommuneId = sag.KommuneId, Omfang = KadenceOmfang.Sag, Noegle = key, TrinJson = "", AendretAf = "" };
                db.KadenceRegler.Add(rule);
            }
            KadenceWriter.Apply(rule, command.Kadence, clock.GetUtcNow(), currentUser.Actor);
            audit.Write(sag.KommuneId, sag.Id, "opfoelgning.kadence.set");
            await KadenceWriter.SaveAsync(db, cancellationToken);
            return KadenceRegelView.From(rule);
        }

        public async ValueTask<Unit> Handle(Clear command, CancellationToken cancellationToken)
        {
            var sag = await db.Sager.SingleOrDefaultAsync(s => s.Id == command.SagId, cancellationToken) ?? throw new ResourceNotFoundException("Sagen");
            var key = sag.Id.ToString();
            var rule = await db.KadenceRegler.SingleOrDefaultAsync(r => r.Omfang == KadenceOmfang.Sag && r.Noegle == key, cancellationToken)
                       ?? throw new ResourceNotFoundException("Sagens kadence");
            db.KadenceRegler.Remove(rule);
            audit.Write(sag.KommuneId, sag.Id, "opfoelgning.kadence.clear");
            return Unit.Value;
        }
    }
}
