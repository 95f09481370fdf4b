using Mediator;
using Visitation.Host.Features.Audit;
using Visitation.Host.Features.Breve;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Features.Indstillinger;

/// <summary>The afgørelse letter as PDF: the same content as the HTML letter (<see cref="GetAfgoerelseLetter"/>), for Digital Post and printing.</summary>
public static class GetAfgoerelseLetterPdf
{
    public sealed record Result(byte[] Pdf, string FileName);

    public sealed record Query(Guid SagId, Guid DecisionId) : IQuery<Result>;

    public sealed class Handler(VisitationDbContext db, AuditTrail audit) : IQueryHandler<Query, Result>
    {
        public async ValueTask<Result> Handle(Query query, CancellationToken cancellationToken)
        {
            var (letter, signedBy) = await GetAfgoerelseLetter.ComposeAsync(db, audit, query.SagId, query.DecisionId, "afgoerelse.letter.pdf", cancellationToken);
            // The file name carries the case number only, never the child's name or CPR number.
            return new Result(LetterPdf.Render(letter, signedBy), letter.Title.Replace(' ', '-') + ".pdf");
        }
    }
}
