using System.Text.Json.Nodes;
using Mediator;
using Visitation.Host.Features.Audit;
using Visitation.Host.Features.Bevillinger;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;
using Visitation.Host.Infrastructure.Workflows;
using Visitation.Workflows.Hosting;

namespace Visitation.Host.Features.Bestillinger;

/// <summary>
/// The provider accepts or declines one of its own orders (a decline needs a reason), which resumes the case's flow
/// in the same transaction through the order's port <c>accepteret</c> or <c>afvist</c>. The answer the flow gets,
/// <c>{ accepted, reason, loeser }</c>, names the municipality's neutral resolver as task candidates, so the task
/// after a decline goes to them. An order already answered is 409 and nothing changes.
/// </summary>
public static class AnswerOrder
{
    public const int MaxReasonLength = 2000;

    public sealed record Command(Guid Id, bool Accept, string? Reason) : ICommand<ProviderOrderView>, IValidatable
    {
        public IEnumerable<ProblemError> Validate() => FieldRules.Text("/reason", Reason, MaxReasonLength, required: !Accept);
    }

    public sealed class Handler(VisitationDbContext db, CurrentUser currentUser, AuditTrail audit, WorkflowTenants workflows, TimeProvider clock)
        : ICommandHandler<Command, ProviderOrderView>
    {
        public async ValueTask<ProviderOrderView> Handle(Command command, CancellationToken cancellationToken) =>
            await AnswerAsync(command, cancellationToken);

        async Task<ProviderOrderView> AnswerAsync(Command command, CancellationToken cancellationToken)
        {
            var order = await ProviderOrders.FindAsync(db, currentUser, command.Id, cancellationToken);
            if (order.Status != BestillingStatus.Afventer) throw new ConflictException(ErrorMessages.Error("", "bestilling.answered"));
            var reason = string.IsNullOrWhiteSpace(command.Reason) ? null : command.Reason.Trim();
            order.Status = command.Accept ? BestillingStatus.Accepteret : BestillingStatus.Afvist;
            order.Begrundelse = reason;
            order.BesvaretAt = clock.GetUtcNow();
            order.BesvaretAf = currentUser.Actor;
            audit.Write(order.KommuneId, order.SagId, command.Accept ? "bestilling.accept" : "bestilling.decline");
            await db.SaveChangesAsync(cancellationToken);

            var settings = await BevillingNotice.SettingsAsync(db, order.KommuneId, cancellationToken);
            var answer = new JsonObject
            {
                ["accepted"] = command.Accept,
                ["reason"] = reason,
                ["loeser"] = new JsonArray(new JsonObject { ["kind"] = settings.ResolverKind, ["id"] = settings.ResolverId }),
            };
            var tenant = workflows.For(currentUser.RequireTenantId());
            await tenant.Runtime.ResumeAsync(order.WorkflowInstanceId, order.BookmarkId, answer, currentUser.Actor, cancellationToken);
            var children = await ProviderOrders.ChildrenAsync(db, [order.SagId], cancellationToken);
            return ProviderOrderView.From(order, children[order.SagId]);
        }
    }
}
