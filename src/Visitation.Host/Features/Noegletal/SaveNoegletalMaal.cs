using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Noegletal;

/// <summary>Sets or clears (null) the municipality's target for one nøgletal, in the figure's unit: 0-100 for a share.</summary>
public static class SaveNoegletalMaal
{
    public sealed record Command(string Id, decimal? Target) : ICommand<NoegletalMaalView>, IValidatable
    {
        public IEnumerable<ProblemError> Validate()
        {
            var definition = NoegletalDefinitions.Find(Id);
            if (definition is null) yield break;
            if (Target is not { } target) yield break;
            var max = definition.Enhed == NoegletalEnhed.Andel ? 100m : 100000m;
            if (target < 0 || target > max) yield return ErrorMessages.Error("/target", "field.outOfRange", 0, max);
            else if (decimal.Round(target, 2) != target) yield return ErrorMessages.Error("/target", "field.invalidFormat", "0.00");
        }
    }

    public sealed class Handler(VisitationDbContext db, CurrentUser currentUser, TimeProvider clock) : ICommandHandler<Command, NoegletalMaalView>
    {
        public async ValueTask<NoegletalMaalView> Handle(Command command, CancellationToken cancellationToken)
        {
            if (NoegletalDefinitions.Find(command.Id) is null) throw new ResourceNotFoundException("Nøgletallet");
            var kommuneId = currentUser.RequireKommuneId();
            var existing = await db.NoegletalMaal.SingleOrDefaultAsync(m => m.NoegletalId == command.Id, cancellationToken);
            if (command.Target is not { } target)
            {
                if (existing is not null) db.NoegletalMaal.Remove(existing);
                await db.SaveChangesAsync(cancellationToken);
                return new NoegletalMaalView(command.Id, null, null, null);
            }
            if (existing is null)
            {
                existing = new NoegletalMaal { KommuneId = kommuneId, NoegletalId = command.Id, SatAf = currentUser.Actor };
                db.NoegletalMaal.Add(existing);
            }
            existing.Maal = target;
            existing.SatAf = currentUser.Actor;
            existing.SatAt = clock.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
            return new NoegletalMaalView(command.Id, existing.Maal, existing.SatAf, existing.SatAt);
        }
    }
}

/// <summary>Every nøgletal with the municipality's target, if set.</summary>
public static class ListNoegletalMaal
{
    public sealed record Query : IQuery<IReadOnlyList<NoegletalMaalView>>;

    public sealed class Handler(VisitationDbContext db) : IQueryHandler<Query, IReadOnlyList<NoegletalMaalView>>
    {
        public async ValueTask<IReadOnlyList<NoegletalMaalView>> Handle(Query query, CancellationToken cancellationToken)
        {
            var targets = await db.NoegletalMaal.AsNoTracking().ToDictionaryAsync(m => m.NoegletalId, cancellationToken);
            return [.. NoegletalDefinitions.Catalogue.Select(d => targets.TryGetValue(d.Id, out var m)
                ? new NoegletalMaalView(d.Id, m.Maal, m.SatAf, m.SatAt) : new NoegletalMaalView(d.Id, null, null, null))];
        }
    }
}
