using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Kompetenceplaner;

/// <summary>Removes a saved simulator case of the caller's municipality (another municipality's answers 404).</summary>
public static class DeleteSimulatorExample
{
    public sealed record Command(Guid Id) : ICommand<Unit>;

    public sealed class Handler(VisitationDbContext db, CurrentUser currentUser) : ICommandHandler<Command, Unit>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var kommuneId = currentUser.RequireKommuneId();
            var example = await db.SimulatorExamples.SingleOrDefaultAsync(e => e.Id == command.Id && e.KommuneId == kommuneId, cancellationToken)
                          ?? throw new ResourceNotFoundException("Eksemplet");
            db.SimulatorExamples.Remove(example);
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
