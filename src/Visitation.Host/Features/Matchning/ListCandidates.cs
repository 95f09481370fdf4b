using Mediator;
using Visitation.Host.Features.Audit;
using Visitation.Host.Infrastructure.Errors;

namespace Visitation.Host.Features.Matchning;

/// <summary>
/// The offers that fit the matching's need, least intrusive first and the municipality's own first, then those of the neighbouring
/// steps of the indsatstrappe in the same order (see <see cref="Kandidater"/>); audited as a case read.
/// </summary>
public static class ListCandidates
{
    public sealed record Query(Guid SagId, Guid MatchningId) : IQuery<IReadOnlyList<CandidateView>>;

    public sealed class Handler(MatchningViewBuilder views, Kandidater kandidater, AuditTrail audit) : IQueryHandler<Query, IReadOnlyList<CandidateView>>
    {
        public async ValueTask<IReadOnlyList<CandidateView>> Handle(Query query, CancellationToken cancellationToken)
        {
            var matchning = await views.FindAsync(query.SagId, query.MatchningId, cancellationToken);
            if (matchning.Status == MatchningStatus.AfventerBehov) throw new ConflictException(ErrorMessages.Error("", "matchning.needMissing"));
            await audit.ReadAsync(matchning.KommuneId, [matchning.SagId], "matchning.read", cancellationToken);
            return [.. (await kandidater.WithAdjacentStepsAsync(matchning, cancellationToken)).Select(CandidateView.From)];
        }
    }
}
