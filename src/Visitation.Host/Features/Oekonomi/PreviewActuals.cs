using Mediator;
using Visitation.Host.Features.Audit;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Oekonomi;

/// <summary>
/// Checks a file of actuals without storing anything: what it would import month by month, what it would replace, and every
/// wrong line with its line number, column and reason. Matching a child to a case is a read of the case, and audited.
/// </summary>
public static class PreviewActuals
{
    public sealed record Query(string? FileName, string? Content) : IQuery<ActualsPreviewView>, IActualsFileRequest
    {
        public IEnumerable<ProblemError> Validate() => ActualsFile.Validate(this);
    }

    public sealed class Handler(VisitationDbContext db, CurrentUser currentUser, AuditTrail audit) : IQueryHandler<Query, ActualsPreviewView>
    {
        public async ValueTask<ActualsPreviewView> Handle(Query query, CancellationToken cancellationToken)
        {
            var matched = await ActualsFile.MatchAsync(db, query.Content!, cancellationToken);
            await audit.ReadAsync(currentUser.RequireKommuneId(), matched.Lines.Select(l => l.SagId), "actuals.preview", cancellationToken);
            return matched.Preview;
        }
    }
}
