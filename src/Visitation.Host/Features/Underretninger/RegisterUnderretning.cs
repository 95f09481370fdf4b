using System.Text.Json.Nodes;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Audit;
using Visitation.Host.Features.Sager;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;
using Visitation.Host.Infrastructure.Workflows;

namespace Visitation.Host.Features.Underretninger;

/// <summary>
/// Registers an underretning with as few fields as possible. Each child named gets a case (siblings' new cases
/// are linked); a child with an open case has the underretning added to it. A new case starts the flow
/// <c>visitation-standard</c> (assessment within 24 hours, receipt within 6 working days for an identified
/// notifier, informing the parents); an open case's flow gets the event <c>underretning-modtaget</c> and asks
/// for a reassessment. Case data and flow steps commit together.
/// </summary>
public static class RegisterUnderretning
{
    /// <summary>How far a receipt time may lie ahead of the host's clock: the sender's clock may run a little fast.</summary>
    public static readonly TimeSpan ClockSkewTolerance = TimeSpan.FromMinutes(5);

    public sealed record NotifierInput(string? Name, string? Organisation, string? Contact);

    public sealed record ChildEntry(Guid? CaseId, ChildInput? Child, IReadOnlyList<CustodyHolderInput>? CustodyHolders);

    public sealed record Command(UnderretterType? NotifierType, NotifierInput? Notifier, DateTimeOffset? ReceivedAt, DateTimeOffset? AwareAt,
        string? Content, IReadOnlyList<AddSagDokument.DocumentInput>? Attachments, IReadOnlyList<ChildEntry>? Children, string? Tovholder)
        : ICommand<UnderretningRegisteredView>, IValidatable
    {
        public const int MaxContentLength = 20_000;

        public IEnumerable<ProblemError> Validate()
        {
            if (NotifierType is null) yield return ErrorMessages.Error("/notifierType", "field.required");
            if (NotifierType is UnderretterType.Professional or UnderretterType.Private && string.IsNullOrWhiteSpace(Notifier?.Name))
                yield return ErrorMessages.Error("/notifier/name", "underretning.notifierRequired");
            if (NotifierType is UnderretterType.Anonymous && Notifier is not null && !string.IsNullOrWhiteSpace(Notifier.Name))
                yield return ErrorMessages.Error("/notifier/name", "underretning.anonymousWithName");
            foreach (var error in FieldRules.Text("/notifier/name", Notifier?.Name, 200, required: false)) yield return error;
            foreach (var error in FieldRules.Text("/notifier/organisation", Notifier?.Organisation, 200, required: false)) yield return error;
            foreach (var error in FieldRules.Text("/notifier/contact", Notifier?.Contact, 200, required: false)) yield return error;
            if (ReceivedAt is null) yield return ErrorMessages.Error("/receivedAt", "field.required");
            if (AwareAt is { } aware && ReceivedAt is { } received && aware > received) yield return ErrorMessages.Error("/awareAt", "underretning.awareAfterReceipt");
            foreach (var error in FieldRules.Text("/content", Content, MaxContentLength)) yield return error;
            for (var i = 0; i < (Attachments?.Count ?? 0); i++)
                foreach (var error in Attachments![i]?.Validate($"/attachments/{i}") ?? [ErrorMessages.Error($"/attachments/{i}", "field.required")])
                    yield return error;
            if (Children is null || Children.Count == 0) { yield return ErrorMessages.Error("/children", "underretning.noChildren"); yield break; }
            if (Children.Count > 12) yield return ErrorMessages.Error("/children", "field.outOfRange", 1, 12);
            for (var i = 0; i < Children.Count; i++)
            {
                var entry = Children[i];
                if (entry is null || (entry.CaseId is null && entry.Child is null)) { yield return ErrorMessages.Error($"/children/{i}/child", "field.required"); continue; }
                if (entry.CaseId is null)
                    foreach (var error in entry.Child!.Validate($"/children/{i}/child").Concat(SagInputRules.CustodyHolders($"/children/{i}/custodyHolders", entry.CustodyHolders)))
                        yield return error;
            }
        }
    }

    public sealed class Handler(VisitationDbContext db, CurrentUser currentUser, SagRegistrar registrar, SagFlow flow, AuditTrail audit,
        TimeProvider clock) : ICommandHandler<Command, UnderretningRegisteredView>
    {
        public async ValueTask<UnderretningRegisteredView> Handle(Command command, CancellationToken cancellationToken)
        {
            // Deadlines run from the receipt, so a receipt in the future would move them all later.
            if (command.ReceivedAt > clock.GetUtcNow() + ClockSkewTolerance)
                throw new RequestValidationException(ErrorMessages.Error("/receivedAt", "underretning.receivedInFuture", (int)ClockSkewTolerance.TotalMinutes));
            return await RegisterAsync(command, cancellationToken);
        }

        private async Task<UnderretningRegisteredView> RegisterAsync(Command command, CancellationToken cancellationToken)
        {
            var receiptId = Guid.NewGuid();
            var now = clock.GetUtcNow();
            var tovholder = await registrar.ResolveTovholderAsync(command.Tovholder, "/tovholder", cancellationToken);
            var tovholderName = await db.Users.AsNoTracking().Where(u => u.Id == tovholder).Select(u => u.UserName).SingleAsync(cancellationToken);
            var cases = new List<(Sag Sag, bool IsNew)>();
            Guid? siblingGroup = command.Children!.Count(c => c.CaseId is null) > 1 ? Guid.NewGuid() : null;
            for (var i = 0; i < command.Children!.Count; i++)
                cases.Add(await FindOrCreateAsync(command.Children[i], i, tovholder, siblingGroup, cancellationToken));

            var views = new List<UnderretningCaseView>();
            foreach (var (sag, isNew) in cases)
            {
                var underretning = NewUnderretning(command, sag, receiptId, reassessment: !isNew && sag.WorkflowInstanceId is not null, now);
                db.Underretninger.Add(underretning);
                foreach (var attachment in command.Attachments ?? [])
                    db.SagDokumenter.Add(attachment.ToDokument(sag, underretning.Id, now, currentUser.Actor));
                audit.Write(sag.KommuneId, sag.Id, "underretning.register");
                await db.SaveChangesAsync(cancellationToken);

                var flowInput = new JsonObject
                {
                    ["caseId"] = sag.Id.ToString(),
                    ["underretningId"] = underretning.Id.ToString(),
                    ["receivedAt"] = underretning.ModtagetAt,
                    ["awareAt"] = underretning.BekendtAt,
                    ["notifierIdentified"] = underretning.UnderretterType != UnderretterType.Anonymous,
                    ["tovholder"] = sag.TovholderId == tovholder ? tovholderName : await db.Users.Where(u => u.Id == sag.TovholderId).Select(u => u.UserName).SingleAsync(cancellationToken),
                };
                if (underretning.Genvurdering) await flow.SignalAsync(sag, SagFlow.UnderretningModtagetEvent, flowInput, cancellationToken);
                else await flow.StartAsync(sag, flowInput, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                views.Add(new UnderretningCaseView(sag.Id, sag.Sagsnummer, sag.BarnNavn, SagSummaryView.Mask(sag.Cpr), isNew, underretning.Id, sag.WorkflowInstanceId));
            }
            return new UnderretningRegisteredView(receiptId, views);
        }

        private async Task<(Sag, bool)> FindOrCreateAsync(ChildEntry entry, int index, Guid tovholder, Guid? siblingGroup, CancellationToken cancellationToken)
        {
            if (entry.CaseId is { } caseId)
            {
                var existing = await db.Sager.SingleOrDefaultAsync(s => s.Id == caseId, cancellationToken)
                               ?? throw new ResourceNotFoundException("Sagen");
                if (existing.Status != SagStatus.Aaben) throw new UnprocessableException([ErrorMessages.Error($"/children/{index}/caseId", "underretning.caseClosed")]);
                return (existing, false);
            }
            var cpr = entry.Child!.Cpr?.Reveal();
            if (cpr is not null && await db.Sager.SingleOrDefaultAsync(s => s.Cpr == cpr && s.Status == SagStatus.Aaben, cancellationToken) is { } open)
                return (open, false);
            return (await registrar.AddAsync(entry.Child, entry.CustodyHolders, tovholder, siblingGroup, $"/children/{index}/child", cancellationToken), true);
        }

        private Underretning NewUnderretning(Command command, Sag sag, Guid receiptId, bool reassessment, DateTimeOffset now)
        {
            var anonymous = command.NotifierType == UnderretterType.Anonymous;
            return new Underretning
            {
                Id = Guid.NewGuid(),
                KommuneId = sag.KommuneId,
                SagId = sag.Id,
                ModtagelsesId = receiptId,
                UnderretterType = command.NotifierType!.Value,
                UnderretterNavn = anonymous ? null : command.Notifier?.Name?.Trim(),
                UnderretterOrganisation = anonymous ? null : command.Notifier?.Organisation?.Trim(),
                UnderretterKontakt = anonymous ? null : command.Notifier?.Contact?.Trim(),
                ModtagetAt = command.ReceivedAt!.Value.ToUniversalTime(),
                BekendtAt = (command.AwareAt ?? command.ReceivedAt!.Value).ToUniversalTime(),
                Indhold = command.Content!.Trim(),
                Genvurdering = reassessment,
                RegistreretAt = now,
                RegistreretAf = currentUser.Actor,
            };
        }
    }
}
