using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Visitation.Workflows.Hosting;
using Visitation.Workflows.Persistence;
using Visitation.Workflows.Persistence.Records;

namespace Visitation.Workflows.Jobs;

/// <summary>
/// Puts versions published "from a date" into effect when the date comes: the previous version is
/// superseded and the new version's triggers replace its triggers. New instances already start on the new
/// version from its effective date, whether or not this job has run.
/// </summary>
public sealed class VersionActivationJob : IRecurringJob
{
    public string Name => "workflow-version-activation";

    public string Cron => "*/30 * * * * *";

    public async Task<string> RunAsync(IServiceProvider services, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<WorkflowDbContext>();
        var tenants = await db.Definitions
            .Where(d => d.State == DefinitionVersionState.Published && d.ActivatedAt == null && d.EffectiveFrom <= now)
            .Select(d => d.TenantId).Distinct().ToListAsync(cancellationToken);
        var activated = 0;
        foreach (var tenantId in tenants)
            activated += await services.GetRequiredService<WorkflowTenants>().For(tenantId).Definitions.ActivateDueVersionsAsync(cancellationToken);
        return $"Activated {activated} versions.";
    }
}
