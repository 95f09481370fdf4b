using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Features.Beskeder;

/// <summary>Sends a dead letter again: pending at once with a fresh count of attempts. Only a dead letter can be retried.</summary>
public static class RetryDeadLetter
{
    public sealed record Command(Guid Id) : ICommand;

    public sealed class Handler(VisitationDbContext db, TimeProvider clock) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var message = await db.OutboundMessages.SingleOrDefaultAsync(m => m.Id == command.Id, cancellationToken)
                          ?? throw new ResourceNotFoundException("Beskeden");
            if (message.Status != MessageStatus.DeadLetter) throw new ConflictException(ErrorMessages.Error("", "message.notDeadLetter"));
            message.Status = MessageStatus.Pending;
            message.Attempts = 0;
            message.NextAttemptAt = clock.GetUtcNow();
            message.ClaimedBy = null;
            message.ClaimedUntil = null;
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
