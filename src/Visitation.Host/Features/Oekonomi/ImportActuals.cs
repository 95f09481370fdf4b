using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Audit;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Oekonomi;

/// <summary>The stored result of an import.</summary>
public sealed record ActualsImportView(Guid Id, string FileName, IReadOnlyList<string> Months, int Lines, decimal Total, string ImportedBy, DateTimeOffset ImportedAt);

/// <summary>
/// Imports a file of actuals, all or nothing: a file with any wrong line is refused (422, each line reported) and changes
/// nothing; a good file replaces every month it holds, in one transaction, so importing a month again replaces it.
/// Each case that gets lines has an audit entry.
/// </summary>
public static class ImportActuals
{
    public sealed record Command(string? FileName, string? Content) : ICommand<ActualsImportView>, IActualsFileRequest
    {
        public IEnumerable<ProblemError> Validate() => ActualsFile.Validate(this);
    }

    /// <summary>At most this many line errors are returned; the count in the first message is the full one.</summary>
    public const int MaxReportedErrors = 1000;

    public sealed class Handler(VisitationDbContext db, CurrentUser currentUser, AuditTrail audit, TimeProvider clock) : ICommandHandler<Command, ActualsImportView>
    {
        public async ValueTask<ActualsImportView> Handle(Command command, CancellationToken cancellationToken)
        {
            var kommuneId = currentUser.RequireKommuneId();
            var matched = await ActualsFile.MatchAsync(db, command.Content!, cancellationToken);
            if (matched.Errors.Count > 0)
                throw new UnprocessableException([ErrorMessages.Error("/content", "actuals.rejected", matched.Errors.Count),
                    .. matched.Errors.Take(MaxReportedErrors).Select(e => new ProblemError("/content", e.Code, e.Message))]);

            var months = matched.Lines.Select(l => (l.Line.Year, l.Line.Month)).Distinct().OrderBy(m => m).ToList();
            var import = new ActualsImport
            {
                Id = Guid.NewGuid(), KommuneId = kommuneId, FilNavn = command.FileName!.Trim(),
                Maaneder = string.Join(",", months.Select(m => $"{m.Year:D4}-{m.Month:D2}")), Linjer = matched.Lines.Count,
                TotalOere = matched.Lines.Sum(l => Economy.ToOere(l.Line.Amount)), ImporteretAf = currentUser.Actor, ImporteretAt = clock.GetUtcNow(),
            };
            // One transaction (the command's): the months' old lines go only if the new ones are stored.
            foreach (var (year, month) in months)
                await db.ActualLines.Where(a => a.Aar == year && a.Maaned == month).ExecuteDeleteAsync(cancellationToken);
            db.ActualsImports.Add(import);
            db.ActualLines.AddRange(matched.Lines.Select(l => new ActualLine
            {
                KommuneId = kommuneId, ImportId = import.Id, Aar = l.Line.Year, Maaned = l.Line.Month, SagId = l.SagId, IndsatsType = l.Line.MeasureType,
                BeloebOere = Economy.ToOere(l.Line.Amount),
            }));
            foreach (var sagId in matched.Lines.Select(l => l.SagId).Distinct()) audit.Write(kommuneId, sagId, "actuals.import");
            return View(import);
        }
    }

    public static ActualsImportView View(ActualsImport i) =>
        new(i.Id, i.FilNavn, i.Maaneder.Split(',', StringSplitOptions.RemoveEmptyEntries), i.Linjer, i.TotalOere / 100m, i.ImporteretAf, i.ImporteretAt);
}

/// <summary>The municipality's imports of actuals, newest first.</summary>
public static class ListActualsImports
{
    public sealed record Query : IQuery<IReadOnlyList<ActualsImportView>>;

    public sealed class Handler(VisitationDbContext db) : IQueryHandler<Query, IReadOnlyList<ActualsImportView>>
    {
        public async ValueTask<IReadOnlyList<ActualsImportView>> Handle(Query query, CancellationToken cancellationToken)
        {
            var imports = await db.ActualsImports.AsNoTracking().OrderByDescending(i => i.ImporteretAt).Take(100).ToListAsync(cancellationToken);
            return imports.Select(ImportActuals.View).ToList();
        }
    }
}
