using System.Text.Json;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Audit;
using Visitation.Host.Features.Frister;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Undersoegelser;

public sealed record SectionInput(string? Key, bool NotRelevant, string? Text, IReadOnlyList<Guid>? DocumentIds);

public sealed record UndersoegelseView(Guid CaseId, DateTimeOffset AwareAt, DateTimeOffset DueAt, bool Late, IReadOnlyList<SectionInput> Sections,
    DateTimeOffset UpdatedAt, string UpdatedBy);

/// <summary>
/// Saves the undersøgelse's sections (the first save starts it and fixes its deadline from the case's earliest
/// underretning). Every section is optional; "not relevant" needs no text; documents already on the case are
/// referenced instead of re-typed.
/// </summary>
public static class SaveUndersoegelse
{
    public static readonly IReadOnlyList<string> SectionKeys =
        ["barnets-udvikling", "familieforhold", "skoleforhold", "sundhedsforhold", "fritid-og-venskaber", "barnets-perspektiv", "samlet-vurdering"];

    public sealed record Command(Guid SagId, IReadOnlyList<SectionInput>? Sections) : ICommand<UndersoegelseView>, IValidatable
    {
        public IEnumerable<ProblemError> Validate()
        {
            var sections = Sections ?? [];
            for (var i = 0; i < sections.Count; i++)
            {
                foreach (var error in FieldRules.OneOf($"/sections/{i}/key", sections[i]?.Key, SectionKeys)) yield return error;
                foreach (var error in FieldRules.Text($"/sections/{i}/text", sections[i]?.Text, 20_000, required: false)) yield return error;
                if (sections.Take(i).Any(s => s?.Key == sections[i]?.Key)) yield return ErrorMessages.Error($"/sections/{i}/key", "undersoegelse.duplicateSection");
            }
        }
    }

    public sealed record Query(Guid SagId) : IQuery<UndersoegelseView>;

    public sealed class Handler(VisitationDbContext db, CurrentUser currentUser, FristResolver frister, AuditTrail audit, TimeProvider clock)
        : ICommandHandler<Command, UndersoegelseView>, IQueryHandler<Query, UndersoegelseView>
    {
        public async ValueTask<UndersoegelseView> Handle(Command command, CancellationToken cancellationToken)
        {
            var sag = await db.Sager.SingleOrDefaultAsync(s => s.Id == command.SagId, cancellationToken) ?? throw new ResourceNotFoundException("Sagen");
            var sections = command.Sections ?? [];
            var documents = await db.SagDokumenter.Where(d => d.SagId == sag.Id).Select(d => d.Id).ToListAsync(cancellationToken);
            var unknown = sections.SelectMany((s, i) => (s.DocumentIds ?? []).Select((d, j) => (d, Path: $"/sections/{i}/documentIds/{j}")))
                .Where(x => !documents.Contains(x.d)).Select(x => ErrorMessages.Error(x.Path, "undersoegelse.unknownDocument")).ToList();
            if (unknown.Count > 0) throw new UnprocessableException(unknown);

            var now = clock.GetUtcNow();
            var undersoegelse = await db.Undersoegelser.SingleOrDefaultAsync(u => u.SagId == sag.Id, cancellationToken);
            if (undersoegelse is null)
            {
                var aware = await db.Underretninger.Where(u => u.SagId == sag.Id).OrderBy(u => u.BekendtAt).Select(u => (DateTimeOffset?)u.BekendtAt)
                    .FirstOrDefaultAsync(cancellationToken) ?? now;
                var (_, due) = await frister.DueAtAsync(sag.KommuneId, FristRules.Undersoegelse.Id, aware, cancellationToken);
                undersoegelse = new Undersoegelse { Id = Guid.NewGuid(), KommuneId = sag.KommuneId, SagId = sag.Id, BekendtAt = aware, FristAt = due, SektionerJson = "[]", OpdateretAf = "" };
                db.Undersoegelser.Add(undersoegelse);
            }
            undersoegelse.SektionerJson = JsonSerializer.Serialize(sections.Select(s => new SectionInput(s.Key, s.NotRelevant,
                s.NotRelevant ? null : s.Text?.Trim(), s.DocumentIds ?? [])), JsonSerializerOptions.Web);
            undersoegelse.OpdateretAt = now;
            undersoegelse.OpdateretAf = currentUser.Actor;
            audit.Write(sag.KommuneId, sag.Id, "undersoegelse.save");
            return View(undersoegelse, now);
        }

        public async ValueTask<UndersoegelseView> Handle(Query query, CancellationToken cancellationToken)
        {
            var undersoegelse = await db.Undersoegelser.AsNoTracking().SingleOrDefaultAsync(u => u.SagId == query.SagId, cancellationToken)
                                ?? throw new ResourceNotFoundException("Undersøgelsen");
            await audit.ReadAsync(undersoegelse.KommuneId, [undersoegelse.SagId], "undersoegelse.read", cancellationToken);
            return View(undersoegelse, clock.GetUtcNow());
        }

        private static UndersoegelseView View(Undersoegelse u, DateTimeOffset now) => new(u.SagId, u.BekendtAt, u.FristAt, now > u.FristAt,
            JsonSerializer.Deserialize<List<SectionInput>>(u.SektionerJson, JsonSerializerOptions.Web) ?? [], u.OpdateretAt, u.OpdateretAf);
    }
}
