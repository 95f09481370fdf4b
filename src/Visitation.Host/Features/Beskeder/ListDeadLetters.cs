using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Features.Beskeder;

/// <summary>
/// A message the dispatcher gave up on, as an administrator sees it: who it was for and why it failed, not its text (a
/// message about a case is for its recipient; the administrator needs the failure, not the content).
/// </summary>
public sealed record DeadLetterView(Guid Id, MessageKind Kind, MessageChannel Channel, string Recipient, string Subject, int Attempts, string? LastError,
    DateTimeOffset CreatedAt, Guid? CaseId);

/// <summary>The municipality's dead letters, newest first.</summary>
public static class ListDeadLetters
{
    public const int Limit = 200;

    public sealed record Query : IQuery<IReadOnlyList<DeadLetterView>>;

    public sealed class Handler(VisitationDbContext db) : IQueryHandler<Query, IReadOnlyList<DeadLetterView>>
    {
        public async ValueTask<IReadOnlyList<DeadLetterView>> Handle(Query query, CancellationToken cancellationToken)
        {
            var rows = await db.OutboundMessages.AsNoTracking().Where(m => m.Status == MessageStatus.DeadLetter)
                .OrderByDescending(m => m.CreatedAt).ThenBy(m => m.Id).Take(Limit)
                .Select(m => new { m.Id, m.Kind, m.Channel, m.RecipientUserId, m.RecipientAddress, m.Subject, m.Attempts, m.LastError, m.CreatedAt, m.SagId })
                .ToListAsync(cancellationToken);
            var userIds = rows.Select(r => r.RecipientUserId).OfType<Guid>().Distinct().ToList();
            var names = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
            return rows.Select(r => new DeadLetterView(r.Id, r.Kind, r.Channel,
                r.Channel == MessageChannel.DigitalPost ? "Digital Post" : r.RecipientUserId is { } user ? names.GetValueOrDefault(user, "?") : r.RecipientAddress ?? "?",
                r.Subject, r.Attempts, r.LastError, r.CreatedAt, r.SagId)).ToList();
        }
    }
}
