using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Oekonomi;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Features.Bevillinger;

/// <summary>
/// The municipality's commitment lines per month, from the month of <c>from</c> through the month of <c>to</c>: each
/// grant's line projected by the cost rule from its start (so a month's amount is the same as in the grant's own
/// projection), ended lines up to their end date, open-ended ones up to the last asked month.
/// </summary>
public static class ListCommitments
{
    public const int MaxYears = 10;

    public sealed record Query(DateOnly? From, DateOnly? To) : IQuery<CommitmentsView>, IValidatable
    {
        public IEnumerable<ProblemError> Validate()
        {
            if (From is null) yield return ErrorMessages.Error("/from", "field.required");
            if (To is null) yield return ErrorMessages.Error("/to", "field.required");
            if (From is not { } from || To is not { } to) yield break;
            if (to < from) yield return ErrorMessages.Error("/to", "projection.endBeforeStart");
            else if (to > from.AddYears(MaxYears)) yield return ErrorMessages.Error("/to", "projection.tooLong", MaxYears);
        }
    }

    public sealed class Handler(VisitationDbContext db) : IQueryHandler<Query, CommitmentsView>
    {
        public async ValueTask<CommitmentsView> Handle(Query query, CancellationToken cancellationToken)
        {
            var first = new DateOnly(query.From!.Value.Year, query.From.Value.Month, 1);
            var last = new DateOnly(query.To!.Value.Year, query.To.Value.Month, 1).AddMonths(1).AddDays(-1);
            var grants = await db.Bevillinger.AsNoTracking()
                .Where(b => b.Start <= last && (b.Slut == null || b.Slut >= first))
                .ToListAsync(cancellationToken);
            var lines = new List<CommitmentLineView>();
            foreach (var grant in grants.OrderBy(g => g.Start).ThenBy(g => g.Id))
            {
                var line = grant.Line;
                var to = line.End is { } end && end < last ? end : last;
                var months = CommitmentProjection.Project(line with { End = to }, null).Months
                    .Where(m => new DateOnly(m.Year, m.Month, 1) >= first)
                    .Select(m => new MonthAmount(m.Year, m.Month, m.Amount)).ToList();
                lines.Add(new CommitmentLineView(grant.Id, grant.SagId, grant.IndsatsType, grant.LeverandoerNavn, MunicipalityView.Of(grant.BetalingskommuneKode),
                    grant.Status, grant.Start, grant.Slut, months, months.Sum(m => m.Amount)));
            }
            var totals = new List<MonthAmount>();
            for (var month = first; month <= last; month = month.AddMonths(1))
                totals.Add(new MonthAmount(month.Year, month.Month,
                    lines.SelectMany(l => l.Months).Where(m => m.Year == month.Year && m.Month == month.Month).Sum(m => m.Amount)));
            return new CommitmentsView(first, last, totals, lines, totals.Sum(m => m.Amount));
        }
    }
}
