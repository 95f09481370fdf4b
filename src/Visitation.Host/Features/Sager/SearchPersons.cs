using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Audit;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Sager;

/// <summary>
/// Person search and duplicate check before registering: by CPR number (in the body, never the URL), or by
/// name and date of birth for children without one. Answers the matching cases, CPR masked.
/// </summary>
public static class SearchPersons
{
    public sealed record Query(Cpr? Cpr, string? Name, DateOnly? DateOfBirth) : IQuery<IReadOnlyList<SagSummaryView>>, IValidatable
    {
        public IEnumerable<ProblemError> Validate()
        {
            if (Cpr is null && string.IsNullOrWhiteSpace(Name) && DateOfBirth is null)
                yield return ErrorMessages.Error("/cpr", "sag.searchCriteria");
            foreach (var error in FieldRules.Text("/name", Name, 200, required: false)) yield return error;
        }
    }

    public sealed class Handler(VisitationDbContext db, CurrentUser currentUser, UserNames userNames, AuditTrail audit)
        : IQueryHandler<Query, IReadOnlyList<SagSummaryView>>
    {
        public async ValueTask<IReadOnlyList<SagSummaryView>> Handle(Query query, CancellationToken cancellationToken)
        {
            var sager = db.Sager.AsNoTracking();
            if (query.Cpr is not null)
            {
                var cpr = query.Cpr.Reveal();
                sager = sager.Where(s => s.Cpr == cpr);
            }
            if (query.DateOfBirth is { } date) sager = sager.Where(s => s.Foedselsdato == date);
            if (!string.IsNullOrWhiteSpace(query.Name))
            {
                var name = query.Name.Trim().ToLower();
                sager = sager.Where(s => s.BarnNavn.ToLower().Contains(name));
            }
            var list = await sager.OrderByDescending(s => s.OprettetAt).Take(50).ToListAsync(cancellationToken);
            var names = await userNames.ForAsync(list, cancellationToken);
            await audit.ReadAsync(currentUser.RequireKommuneId(), list.Select(s => s.Id), "sag.search", cancellationToken);
            return [.. list.Select(s => SagSummaryView.From(s, names))];
        }
    }
}
