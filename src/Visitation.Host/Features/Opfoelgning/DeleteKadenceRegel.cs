using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Features.Opfoelgning;

/// <summary>Removes a municipality's cadence rule; the next rule in the order of precedence then applies.</summary>
public static class DeleteKadenceRegel
{
    public sealed record Command(string Omfang, string Noegle) : ICommand;

    public sealed class Handler(VisitationDbContext db) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var omfang = SaveKadenceRegel.Parse(command.Omfang) ?? throw new ResourceNotFoundException("Kadencereglen");
            var rule = await db.KadenceRegler.SingleOrDefaultAsync(r => r.Omfang == omfang && r.Noegle == command.Noegle, cancellationToken)
                       ?? throw new ResourceNotFoundException("Kadencereglen");
            db.KadenceRegler.Remove(rule);
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
