using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Organisation;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Opfoelgning;

/// <summary>
/// A leader or administrator sets the municipality's follow-up cadence for a measure type, a track (a flow id)
/// or a team, replacing the one before. A team must exist in the municipality (422).
/// </summary>
public static class SaveKadenceRegel
{
    public static readonly IReadOnlyList<string> Omfang = [nameof(KadenceOmfang.IndsatsType), nameof(KadenceOmfang.Spor), nameof(KadenceOmfang.Team)];

    public sealed record Command(string Omfang, string Noegle, KadenceInput Kadence) : ICommand<KadenceRegelView>, IValidatable
    {
        public IEnumerable<ProblemError> Validate() =>
            FieldRules.OneOf("/omfang", Parse(Omfang)?.ToString(), SaveKadenceRegel.Omfang)
                .Concat(OrganisationRules.Code("/noegle", Noegle))
                .Concat(KadenceRules.Validate("/trin", Kadence.Trin))
                .Concat(KadenceRules.Reason("/begrundelse", Kadence.Begrundelse));
    }

    public static KadenceOmfang? Parse(string? omfang) =>
        Enum.TryParse<KadenceOmfang>(omfang, ignoreCase: true, out var parsed) && parsed != KadenceOmfang.Sag && !int.TryParse(omfang, out _) ? parsed : null;

    public sealed class Handler(VisitationDbContext db, CurrentUser currentUser, TimeProvider clock) : ICommandHandler<Command, KadenceRegelView>
    {
        public async ValueTask<KadenceRegelView> Handle(Command command, CancellationToken cancellationToken)
        {
            var kommuneId = currentUser.RequireKommuneId();
            var omfang = Parse(command.Omfang)!.Value;
            if (omfang == KadenceOmfang.Team && !await db.Teams.AnyAsync(t => t.Code == command.Noegle, cancellationToken))
                throw new UnprocessableException([ErrorMessages.Error("/noegle", "organisation.unknownTeam", command.Noegle)]);
            var rule = await db.KadenceRegler.SingleOrDefaultAsync(r => r.Omfang == omfang && r.Noegle == command.Noegle, cancellationToken);
            if (rule is null)
            {
                rule = new KadenceRegel { Id = Guid.NewGuid(), KommuneId = kommuneId, Omfang = omfang, Noegle = command.Noegle, TrinJson = "", AendretAf = "" };
                db.KadenceRegler.Add(rule);
            }
            KadenceWriter.Apply(rule, command.Kadence, clock.GetUtcNow(), currentUser.Actor);
            await KadenceWriter.SaveAsync(db, cancellationToken);
            return KadenceRegelView.From(rule);
        }
    }
}
