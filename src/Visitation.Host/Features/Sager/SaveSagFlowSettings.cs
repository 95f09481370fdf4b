using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;
using Visitation.Workflows.Hosting;

namespace Visitation.Host.Features.Sager;

/// <summary>
/// A process designer or administrator names the flow that new cases start. The flow must have a version published
/// and in force in the municipality (422 at <c>/definitionId</c>), the same test a new case's start makes, so a
/// choice that is accepted can be started. Cases already open keep their running instance.
/// </summary>
public static class SaveSagFlowSettings
{
    public const int MaxDefinitionIdLength = 128;

    public sealed record Command(string? DefinitionId) : ICommand<SagFlowSettingsView>, IValidatable
    {
        public IEnumerable<ProblemError> Validate() => FieldRules.Text("/definitionId", DefinitionId, MaxDefinitionIdLength);
    }

    public sealed class Handler(VisitationDbContext db, WorkflowTenants workflows, CurrentUser currentUser, TimeProvider clock)
        : ICommandHandler<Command, SagFlowSettingsView>
    {
        public async ValueTask<SagFlowSettingsView> Handle(Command command, CancellationToken cancellationToken)
        {
            var kommuneId = currentUser.RequireKommuneId();
            var definitionId = command.DefinitionId!.Trim();
            var tenant = workflows.For(currentUser.RequireTenantId());
            if (await tenant.Store.LoadDefinitionAsync(tenant.TenantId, definitionId, null, cancellationToken) is null)
                throw new UnprocessableException([ErrorMessages.Error("/definitionId", "sag.flowNotPublished", definitionId)]);

            var settings = await db.SagFlowSettings.SingleOrDefaultAsync(cancellationToken);
            if (settings is null)
            {
                settings = new SagFlowSettings { KommuneId = kommuneId, DefinitionId = definitionId, AendretAf = currentUser.Actor };
                db.SagFlowSettings.Add(settings);
            }
            settings.DefinitionId = definitionId;
            settings.AendretAt = clock.GetUtcNow();
            settings.AendretAf = currentUser.Actor;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                throw new ConflictException(ErrorMessages.Error("", "sag.flowSettingsConcurrentChange"));
            }
            return SagFlowSettingsView.From(settings);
        }
    }
}
