using System.Text.Json;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Audit;
using Visitation.Host.Features.Frister;
using Visitation.Host.Features.Kompetenceplaner;
using Visitation.Host.Features.Sager;
using Visitation.Host.Features.Undersoegelser;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Features.Indstillinger;

public sealed record DraftSectionView(string Key, string Text);

/// <summary>
/// A pre-filled indstilling to start from (docs/domain.md § 6, "enter data once"): the child (CPR masked), the needs
/// taken from the undersøgelse, its written sections and referenced documents, the suggested measure fields for a
/// measure type and the legal default follow-up cadence. Nothing is stored until the caseworker saves it.
/// </summary>
public sealed record IndstillingDraftView(Guid CaseId, string CaseNumber, string ChildName, string? Cpr, DateOnly? DateOfBirth, string Needs,
    IReadOnlyList<DraftSectionView> Sections, IReadOnlyList<DocumentView> Documents, MeasureFields Measure, ScopeFields Scope, string FollowUpCadence);

public static class DraftIndstilling
{
    /// <summary>The section that holds the conclusion; when it is not written the other written sections make up the needs.</summary>
    public const string ConclusionSection = "samlet-vurdering";

    public sealed record Query(Guid SagId, string? MeasureType) : IQuery<IndstillingDraftView>, IValidatable
    {
        public IEnumerable<ProblemError> Validate() =>
            MeasureType is null ? [] : FieldRules.OneOf("/measureType", MeasureType, MeasureCatalogue.MeasureTypes);
    }

    public sealed class Handler(VisitationDbContext db, AuditTrail audit) : IQueryHandler<Query, IndstillingDraftView>
    {
        public async ValueTask<IndstillingDraftView> Handle(Query query, CancellationToken cancellationToken)
        {
            var sag = await db.Sager.AsNoTracking().SingleOrDefaultAsync(s => s.Id == query.SagId, cancellationToken) ?? throw new ResourceNotFoundException("Sagen");
            var json = await db.Undersoegelser.AsNoTracking().Where(u => u.SagId == sag.Id).Select(u => u.SektionerJson).SingleOrDefaultAsync(cancellationToken);
            var relevant = (json is null ? [] : JsonSerializer.Deserialize<List<SectionInput>>(json, JsonSerializerOptions.Web) ?? [])
                .Where(s => !s.NotRelevant && s.Key is not null).ToList();
            var written = relevant.Where(s => !string.IsNullOrWhiteSpace(s.Text)).Select(s => new DraftSectionView(s.Key!, s.Text!.Trim())).ToList();
            var conclusion = written.FirstOrDefault(s => s.Key == ConclusionSection);
            var needs = conclusion?.Text ?? string.Join("\n\n", written.Select(s => s.Text));

            var documentIds = relevant.SelectMany(s => s.DocumentIds ?? []).Distinct().ToList();
            var documents = await db.SagDokumenter.AsNoTracking().Where(d => d.SagId == sag.Id && documentIds.Contains(d.Id)).ToListAsync(cancellationToken);

            var suggestion = SuggestedMeasureFields.For(query.MeasureType);
            await audit.ReadAsync(sag.KommuneId, [sag.Id], "indstilling.draft.read", cancellationToken);
            return new IndstillingDraftView(sag.Id, sag.Sagsnummer, sag.BarnNavn, SagSummaryView.Mask(sag.Cpr), sag.Foedselsdato, needs, written,
                [.. documents.OrderBy(d => documentIds.IndexOf(d.Id)).Select(DocumentView.From)],
                new MeasureFields(query.MeasureType, null, suggestion?.LegalBasis, null, null, null),
                new ScopeFields(null, suggestion?.Unit, null),
                FristRules.FoersteOpfoelgning.Default.ToString());
        }
    }
}
