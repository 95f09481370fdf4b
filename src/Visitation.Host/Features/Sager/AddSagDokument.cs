using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Audit;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Sager;

/// <summary>Attaches a document to a case (content as base64 in the body), so reports are attached instead of re-typed.</summary>
public static class AddSagDokument
{
    public sealed record DocumentInput(string? Title, string? FileName, string? ContentType, byte[]? Content)
    {
        public IEnumerable<ProblemError> Validate(string path)
        {
            foreach (var error in FieldRules.Text($"{path}/title", Title, 200, required: false)) yield return error;
            foreach (var error in FieldRules.Text($"{path}/fileName", FileName, 200)) yield return error;
            foreach (var error in FieldRules.OneOf($"{path}/contentType", ContentType, [.. SagDokument.AllowedContentTypes])) yield return error;
            if (Content is null || Content.Length == 0) yield return ErrorMessages.Error($"{path}/content", "field.required");
            else if (Content.Length > SagDokument.MaxBytes) yield return ErrorMessages.Error($"{path}/content", "document.tooLarge", SagDokument.MaxBytes / (1024 * 1024));
            else if (ContentType is not null && SagDokument.AllowedContentTypes.Contains(ContentType) && !DocumentContent.Matches(ContentType, Content))
                yield return ErrorMessages.Error($"{path}/content", "document.contentMismatch", ContentType);
        }

        public SagDokument ToDokument(Sag sag, Guid? underretningId, DateTimeOffset at, string by) => new()
        {
            Id = Guid.NewGuid(),
            KommuneId = sag.KommuneId,
            SagId = sag.Id,
            UnderretningId = underretningId,
            Titel = string.IsNullOrWhiteSpace(Title) ? FileName!.Trim() : Title.Trim(),
            FilNavn = FileName!.Trim(),
            ContentType = ContentType!,
            Stoerrelse = Content!.Length,
            Indhold = Content,
            TilfoejetAt = at,
            TilfoejetAf = by,
        };
    }

    public sealed record Command(Guid SagId, DocumentInput Document) : ICommand<DocumentView>, IValidatable
    {
        public IEnumerable<ProblemError> Validate() => Document.Validate("");
    }

    public sealed class Handler(VisitationDbContext db, CurrentUser currentUser, AuditTrail audit, TimeProvider clock) : ICommandHandler<Command, DocumentView>
    {
        public async ValueTask<DocumentView> Handle(Command command, CancellationToken cancellationToken)
        {
            var sag = await db.Sager.SingleOrDefaultAsync(s => s.Id == command.SagId, cancellationToken) ?? throw new ResourceNotFoundException("Sagen");
            var document = command.Document.ToDokument(sag, null, clock.GetUtcNow(), currentUser.Actor);
            db.SagDokumenter.Add(document);
            audit.Write(sag.KommuneId, sag.Id, "dokument.add");
            return DocumentView.From(document);
        }
    }
}
