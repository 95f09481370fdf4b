using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Workflows.Jobs;

namespace Visitation.Host.Features.Opgaver;

/// <summary>
/// Every minute, on the engine's scheduler: tasks held by someone who is now absent go to their substitute or the
/// reassignment queue, then open tasks past their due date are escalated, once each, to the leaders of the team of
/// whoever has them (to every leader when nobody has them or they have no team), with a raised priority and an
/// entry in their history.
/// </summary>
public sealed class WorkItemEscalationJob : IRecurringJob
{
    const int BatchSize = 500;

    public string Name => "work-item-escalation";

    public string Cron => "0 * * * * *";

    public async Task<string> RunAsync(IServiceProvider services, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<VisitationDbContext>();
        var open = new[] { WorkItemStatus.Open, WorkItemStatus.Claimed, WorkItemStatus.Assigned };

        var absent = await db.Users.AsNoTracking()
            .Where(u => u.KommuneId != null && u.AbsentFrom != null && u.AbsentFrom <= now && (u.AbsentTo == null || u.AbsentTo > now))
            .Select(u => u.UserName).ToListAsync(cancellationToken);
        // Cross-tenant: the job escalates every municipality's tasks in one pass.
        var ofAbsent = await db.WorkItems.IgnoreQueryFilters()
            .Where(w => open.Contains(w.Status) && w.Assignee != null && absent.Contains(w.Assignee))
            .OrderBy(w => w.Id).Take(BatchSize).ToListAsync(cancellationToken);
        foreach (var item in ofAbsent) await WorkItemRouting.AwayFromAbsenceAsync(db, item, now, "scheduler", cancellationToken);

        // Cross-tenant: the job escalates every municipality's tasks in one pass.
        var overdue = await db.WorkItems.IgnoreQueryFilters()
            .Where(w => open.Contains(w.Status) && w.EscalatedAt == null && w.DueAt != null && w.DueAt < now)
            .OrderBy(w => w.DueAt).Take(BatchSize).ToListAsync(cancellationToken);
        var assignees = overdue.Select(w => w.Assignee).OfType<string>().Distinct().ToList();
        var teams = await db.Users.AsNoTracking().Where(u => assignees.Contains(u.UserName))
            .ToDictionaryAsync(u => u.UserName, u => u.TeamId, cancellationToken);
        // Cross-tenant: the job escalates every municipality's tasks in one pass.
        var teamCodes = await db.Teams.IgnoreQueryFilters().AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Code, cancellationToken);
        foreach (var item in overdue)
        {
            item.EscalatedAt = now;
            item.EscalatedToTeamId = item.Assignee is { } assignee ? teams.GetValueOrDefault(assignee) : null;
            item.Priority = WorkItemPriority.High;
            item.Version++;
            var to = item.EscalatedToTeamId is { } team ? teamCodes.GetValueOrDefault(team) : null;
            db.WorkItemEvents.Add(WorkItemRouting.NewEvent(item, WorkItemEventKind.Escalated, now, "scheduler",
                reason: to is null ? "Overskredet frist: alle ledere" : $"Overskredet frist: ledere i team {to}"));
        }
        await db.SaveChangesAsync(cancellationToken);
        return $"Moved {ofAbsent.Count(w => w.Version > 0)} tasks of absent users; escalated {overdue.Count} overdue tasks.";
    }
}
