using System.Text.Json.Nodes;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Audit;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;
using Visitation.Host.Infrastructure.Workflows;
using Visitation.Workflows.Execution;
using Visitation.Workflows.Hosting;

namespace Visitation.Host.Features.Sager;

/// <summary>
/// An administrator moves an open case onto another published flow, e.g. after a flow was corrected: the case's
/// running flow is cancelled and the named one starts as the case's own, with the given input. Only the case's own
/// flow changes the case (<see cref="CaseFlowOwnership"/>), so this audited operation, with its reason, is the one way
/// to let another flow act on a case.
/// </summary>
public static class ReplaceSagFlow
{
    public sealed record Command(Guid SagId, string? DefinitionId, JsonObject? Input, string? Reason) : ICommand<Result>, IValidatable
    {
        public IEnumerable<ProblemError> Validate() =>
            FieldRules.Text("/definitionId", DefinitionId, 128).Concat(FieldRules.Text("/reason", Reason, 500));
    }

    public sealed record Result(Guid CaseId, string InstanceId, WorkflowStatus Status, WorkflowSubStatus SubStatus, string? ReplacedInstanceId);

    public sealed class Handler(VisitationDbContext db, WorkflowTenants workflows, CurrentUser user, SagFlow flow, AuditTrail audit)
        : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            var sag = await db.Sager.SingleOrDefaultAsync(s => s.Id == command.SagId, cancellationToken) ?? throw new ResourceNotFoundException("Sagen");
            if (sag.Status != SagStatus.Aaben) throw new ConflictException(ErrorMessages.Error("", "sag.closed"));
            var tenant = workflows.For(user.RequireTenantId());
            if (await tenant.Store.LoadDefinitionAsync(tenant.TenantId, command.DefinitionId!, null, cancellationToken) is null)
                throw new UnprocessableException([ErrorMessages.Error("/definitionId", "sag.flowNotPublished", command.DefinitionId!)]);
            var replaced = sag.WorkflowInstanceId;
            if (replaced is not null && await tenant.Store.LoadInstanceAsync(replaced, cancellationToken) is { Status: WorkflowStatus.Running })
                await tenant.Runtime.CancelAsync(replaced, user.Actor, cancellationToken);
            audit.Write(sag.KommuneId, sag.Id, "sag.flow.replace", command.Reason!.Trim());
            var state = await flow.StartOwnAsync(tenant, sag, command.DefinitionId!, command.Input ?? [], cancellationToken);
            return new Result(sag.Id, state.Id, state.Status, state.SubStatus, replaced);
        }
    }
}
