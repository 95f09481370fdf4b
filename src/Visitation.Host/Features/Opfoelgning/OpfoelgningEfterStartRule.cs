using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Frister;
using Visitation.Host.Features.Opgaver;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Features.Opfoelgning;

/// <summary>
/// A follow-up follows up on help that has started: the follow-up task of a running follow-up plan (<see cref="OpfoelgningPlan"/>, by the
/// task's flow instance) cannot be completed before the day the help starts in the municipality's time zone; it is 400
/// <c>opfoelgning.foerHjaelpenStarter</c> and nothing is recorded.
/// </summary>
public sealed class OpfoelgningEfterStartRule(VisitationDbContext db, FristResolver frister, TimeProvider clock) : IWorkItemCompletionRule
{
    public const string ActivityId = "opfoelgning";

    public async ValueTask<IReadOnlyList<ProblemError>> ValidateAsync(WorkItem item, string? action, JsonObject data, CancellationToken cancellationToken)
    {
        if (item.ActivityId != ActivityId) return [];
        var plan = await db.Set<OpfoelgningPlan>().AsNoTracking().SingleOrDefaultAsync(p => p.InstanceId == item.InstanceId, cancellationToken);
        if (plan is null) return [];
        var today = ZonedTime.LocalDate(clock.GetUtcNow(), await frister.TimeZoneOfAsync(item.KommuneId, cancellationToken));
        return today < plan.Start
            ? [ErrorMessages.Error("", "opfoelgning.foerHjaelpenStarter", plan.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))]
            : [];
    }
}
