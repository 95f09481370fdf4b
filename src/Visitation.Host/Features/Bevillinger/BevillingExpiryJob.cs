using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Workflows.Hosting;
using Visitation.Workflows.Jobs;

namespace Visitation.Host.Features.Bevillinger;

/// <summary>
/// Every hour, on the engine's scheduler: for each active grant whose end date falls within its municipality's notice
/// (default 30 days), publishes <c>bevilling-udloeber</c> with <c>{ bevillingId, slut }</c> to the case's flow
/// (correlated by the case id), once per grant; the grant remembers when, in the same transaction as the event.
/// </summary>
public sealed class BevillingExpiryJob : IRecurringJob
{
    public const string EventName = "bevilling-udloeber";

    const int BatchSize = 500;

    public string Name => "bevilling-expiry";

    public string Cron => "0 0 * * * *";

    public async Task<string> RunAsync(IServiceProvider services, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<VisitationDbContext>();
        var workflows = services.GetRequiredService<WorkflowTenants>();
        var transaction = services.GetRequiredService<CommandTransaction>();
        var kommuner = await db.Kommuner.AsNoTracking().Select(k => new { k.Id, k.TimeZone }).ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var kommune in kommuner)
        {
            var settings = await BevillingNotice.SettingsAsync(db, kommune.Id, cancellationToken);
            var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById(kommune.TimeZone)).DateTime);
            var until = today.AddDays(settings.UdloebVarselDage);
            // Cross-tenant: the job runs for every municipality in turn; the municipality is named.
            var due = await db.Bevillinger.IgnoreQueryFilters()
                .Where(b => b.KommuneId == kommune.Id && b.Status == BevillingStatus.Aktiv && b.UdloebVarsletAt == null && b.Slut != null && b.Slut <= until)
                .OrderBy(b => b.Slut).Take(BatchSize).ToListAsync(cancellationToken);
            var tenant = workflows.For(kommune.Id.ToString());
            foreach (var grant in due)
            {
                await transaction.RunAsync(async () =>
                {
                    grant.UdloebVarsletAt = now;
                    await tenant.Runtime.TriggerEventAsync(EventName, grant.SagId.ToString(),
                        new JsonObject { ["bevillingId"] = grant.Id.ToString(), ["slut"] = grant.Slut!.Value.ToString("yyyy-MM-dd") },
                        "scheduler", tenant.TenantId, cancellationToken);
                    return true;
                }, cancellationToken);
                sent++;
            }
        }
        return $"Told the flows of {sent} grants near their end date.";
    }
}
