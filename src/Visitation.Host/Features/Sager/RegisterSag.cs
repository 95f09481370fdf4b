using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Features.Sager;

/// <summary>
/// A caseworker registers a case for a child (after the person search); a sibling's case is linked with
/// <c>siblingOf</c>. A second open case for the same CPR number is refused (409) without repeating the number.
/// </summary>
public static class RegisterSag
{
    public sealed record Command(ChildInput? Child, IReadOnlyList<CustodyHolderInput>? CustodyHolders, string? Tovholder, Guid? SiblingOf)
        : ICommand<SagSummaryView>, IValidatable
    {
        public IEnumerable<ProblemError> Validate() =>
            (Child?.Validate("/child") ?? [ErrorMessages.Error("/child", "field.required")])
            .Concat(SagInputRules.CustodyHolders("/custodyHolders", CustodyHolders));
    }

    public sealed class Handler(VisitationDbContext db, SagRegistrar registrar, UserNames userNames) : ICommandHandler<Command, SagSummaryView>
    {
        public async ValueTask<SagSummaryView> Handle(Command command, CancellationToken cancellationToken)
        {
            Guid? group = null;
            if (command.SiblingOf is { } siblingId)
            {
                var sibling = await db.Sager.SingleOrDefaultAsync(s => s.Id == siblingId, cancellationToken)
                              ?? throw new UnprocessableException([ErrorMessages.Error("/siblingOf", "sag.unknownSibling")]);
                sibling.SoeskendeGruppeId ??= Guid.NewGuid();
                group = sibling.SoeskendeGruppeId;
            }
            var tovholder = await registrar.ResolveTovholderAsync(command.Tovholder, "/tovholder", cancellationToken);
            var sag = await registrar.AddAsync(command.Child!, command.CustodyHolders, tovholder, group, "/child", cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return SagSummaryView.From(sag, await userNames.ForAsync([sag.TovholderId], cancellationToken));
        }
    }
}
