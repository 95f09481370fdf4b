using System.Text.Json.Nodes;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Opgaver;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Features.Indstillinger;

/// <summary>
/// A holder of the routed level (or the substitute of an absent holder; the submitter when it is within their
/// own competence) decides: bevilget, bevilget med ændring (what changed and why), afslået (why) or
/// tilbagesendt (what to investigate; the caseworker revises and submits again). The decision stores the plan
/// version and rule that routed it. A forum's indstilling waits for its meeting and cannot be decided here.
/// The decision is the completion of the flow's decision task (<c>afgoerelse</c>): this endpoint translates the
/// outcome to the task's action and completes it through the work list, exactly as
/// <c>POST /api/tasks/{id}/complete</c> does, and the flow records the decision (<see cref="RecordAfgoerelse"/>).
/// Who may decide is therefore who may complete the task (403 or 404 for anyone else).
/// </summary>
public static class DecideIndstilling
{
    public sealed record Command(Guid SagId, Guid Id, AfgoerelseUdfald? Outcome, string? Rationale, string? Change, decimal? ChangedQuantity, string? Investigate)
        : ICommand<DecisionView>, IValidatable
    {
        public IEnumerable<ProblemError> Validate()
        {
            if (Outcome is null) yield return ErrorMessages.Error("/outcome", "field.required");
            foreach (var error in FieldRules.Text("/rationale", Rationale, 8000)) yield return error;
            if (Outcome == AfgoerelseUdfald.BevilgetMedAendring)
                foreach (var error in FieldRules.Text("/change", Change, 4000)) yield return error;
            if (Outcome == AfgoerelseUdfald.Tilbagesendt)
                foreach (var error in FieldRules.Text("/investigate", Investigate, 4000)) yield return error;
            if (ChangedQuantity is < 0) yield return ErrorMessages.Error("/changedQuantity", "field.outOfRange", 0, "∞");
        }
    }

    /// <summary>The id of the decision task in the shipped flows.</summary>
    public const string DecisionTaskActivityId = "afgoerelse";

    public sealed class Handler(VisitationDbContext db, ISender sender) : ICommandHandler<Command, DecisionView>
    {
        public async ValueTask<DecisionView> Handle(Command command, CancellationToken cancellationToken)
        {
            var indstilling = await db.Indstillinger.AsNoTracking().SingleOrDefaultAsync(i => i.Id == command.Id && i.SagId == command.SagId, cancellationToken)
                              ?? throw new ResourceNotFoundException("Indstillingen");
            if (indstilling.Status == IndstillingStatus.ParkeretTilMoede) throw new ConflictException(ErrorMessages.Error("", "indstilling.awaitsMeeting"));
            if (indstilling.Status != IndstillingStatus.AfventerAfgoerelse) throw new ConflictException(ErrorMessages.Error("", "indstilling.notAwaitingDecision"));
            var caseId = command.SagId.ToString();
            var task = await db.WorkItems.AsNoTracking()
                           .Where(w => w.CaseId == caseId && w.ActivityId == DecisionTaskActivityId
                                       && (w.Status == WorkItemStatus.Open || w.Status == WorkItemStatus.Claimed || w.Status == WorkItemStatus.Assigned))
                           .Select(w => w.Id).FirstOrDefaultAsync(cancellationToken)
                       ?? throw new ConflictException(ErrorMessages.Error("", "indstilling.notAwaitingDecision"));

            var data = new JsonObject { ["begrundelse"] = command.Rationale!.Trim() };
            if (command.Outcome == AfgoerelseUdfald.BevilgetMedAendring)
            {
                data["aendring"] = command.Change!.Trim();
                if (command.ChangedQuantity is { } quantity) data["aendretOmfang"] = quantity;
            }
            if (command.Outcome == AfgoerelseUdfald.Tilbagesendt) data["undersoeg"] = command.Investigate!.Trim();
            await sender.Send(new CompleteWorkItem.Command(task, AfgoerelseUdfaldCodes.Of(command.Outcome!.Value), data, null), cancellationToken);

            var afgoerelse = await db.Afgoerelser.AsNoTracking().Where(a => a.IndstillingId == indstilling.Id)
                .OrderByDescending(a => a.AfgjortAt).ThenByDescending(a => a.Id).FirstAsync(cancellationToken);
            return DecisionView.From(afgoerelse);
        }
    }
}
