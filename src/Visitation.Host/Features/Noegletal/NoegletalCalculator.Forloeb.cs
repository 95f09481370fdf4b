using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Moeder;
using Visitation.Host.Features.Opgaver;

namespace Visitation.Host.Features.Noegletal;

public sealed partial class NoegletalCalculator
{
    private async Task<IEnumerable<NoegletalResult>> FollowUpsAsync(Window w, ScopedCases scope, CancellationToken cancellationToken)
    {
        var candidates = await scope.FilterKeys(db.WorkItems.AsNoTracking(), t => t.CaseId)
            .Where(t => t.ActivityId == OpfoelgningTask && t.Status == WorkItemStatus.Completed && t.CompletedAt >= w.From && t.CompletedAt < w.To)
            .Select(t => new { t.CaseId, t.InstanceId, t.CreatedAt, t.DueAt, t.CompletedAt })
            .ToListAsync(cancellationToken);
        candidates.AddRange(await scope.FilterKeys(db.WorkItems.AsNoTracking(), t => t.CaseId)
            .Where(t => t.ActivityId == OpfoelgningTask && t.CompletedAt == null && t.DueAt >= w.From && t.DueAt < w.To
                && (t.Status == WorkItemStatus.Open || t.Status == WorkItemStatus.Claimed || t.Status == WorkItemStatus.Assigned))
            .Select(t => new { t.CaseId, t.InstanceId, t.CreatedAt, t.DueAt, t.CompletedAt })
            .ToListAsync(cancellationToken));
        // A follow-up is the first when no earlier follow-up task belongs to its flow instance (looked up by instance id).
        var instanceIds = candidates.Select(t => t.InstanceId).Distinct().ToList();
        var firstCreated = await db.WorkItems.AsNoTracking()
            .Where(o => instanceIds.Contains(o.InstanceId) && o.ActivityId == OpfoelgningTask)
            .GroupBy(o => o.InstanceId).Select(g => new { InstanceId = g.Key, First = g.Min(o => o.CreatedAt) })
            .ToDictionaryAsync(g => g.InstanceId, g => g.First, cancellationToken);
        var firsts = candidates.Where(t => firstCreated.TryGetValue(t.InstanceId, out var at) && at == t.CreatedAt).ToList();
        var first = new NoegletalResult(NoegletalDefinitions.FoersteOpfoelgningRettidig);
        int onTime = 0, counted = 0;
        foreach (var t in firsts)
        {
            if (!Guid.TryParse(t.CaseId, out var sagId)) continue;
            if (t.CompletedAt is null && (t.DueAt is null || t.DueAt >= w.Now)) continue;
            counted++;
            first.DenominatorCases.Add(sagId);
            if (t.CompletedAt is { } done && (t.DueAt is null || done <= t.DueAt)) { onTime++; first.NumeratorCases.Add(sagId); }
        }
        first.SetShare(onTime, counted);

        var open = await scope.FilterKeys(db.WorkItems.AsNoTracking(), t => t.CaseId)
            .Where(t => t.ActivityId == OpfoelgningTask
                && (t.Status == WorkItemStatus.Open || t.Status == WorkItemStatus.Claimed || t.Status == WorkItemStatus.Assigned))
            .Select(t => new { t.CaseId, t.DueAt })
            .ToListAsync(cancellationToken);
        var overdue = new NoegletalResult(NoegletalDefinitions.OpfoelgningerOverskredet);
        foreach (var t in open)
        {
            if (!Guid.TryParse(t.CaseId, out var sagId)) continue;
            overdue.DenominatorCases.Add(sagId);
            if (t.DueAt < w.Now) overdue.NumeratorCases.Add(sagId);
        }
        var late = open.Count(t => t.DueAt < w.Now);
        overdue.Value = late;
        overdue.NumeratorCount = late;
        overdue.Denominator = open.Count;
        return [first, overdue];
    }

    private async Task<NoegletalResult> StagesAsync(Window w, ScopedCases scope, CancellationToken cancellationToken)
    {
        var result = new NoegletalResult(NoegletalDefinitions.TidIFaser);
        var stages = new List<(string Key, string Label, List<(Guid SagId, TimeSpan Took)> Spans)>();

        async Task TaskStageAsync(string activityId, string label)
        {
            var rows = await scope.FilterKeys(db.WorkItems.AsNoTracking(), t => t.CaseId)
                .Where(t => t.ActivityId == activityId && t.Status == WorkItemStatus.Completed && t.CompletedAt >= w.From && t.CompletedAt < w.To)
                .Select(t => new { t.CaseId, t.CreatedAt, t.CompletedAt }).ToListAsync(cancellationToken);
            stages.Add((activityId, label, [.. rows.Where(r => Guid.TryParse(r.CaseId, out _)).Select(r => (Guid.Parse(r.CaseId!), r.CompletedAt!.Value - r.CreatedAt))]));
        }

        await TaskStageAsync(VurderingTask, "Vurdering");
        await TaskStageAsync(UndersoegelseTask, "Undersøgelse");
        var decisions = await scope.Filter(db.Afgoerelser.AsNoTracking(), a => a.SagId)
            .Where(a => a.AfgjortAt >= w.From && a.AfgjortAt < w.To)
            .Select(a => new { a.SagId, a.AfgjortAt, Submitted = db.Indstillinger.Where(i => i.Id == a.IndstillingId).Select(i => i.IndsendtAt).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        stages.Add(("indstilling", "Indstilling til afgørelse", [.. decisions.Where(d => d.Submitted != null).Select(d => (d.SagId, d.AfgjortAt - d.Submitted!.Value))]));
        var waits = await scope.Filter(db.AgendaItems.AsNoTracking(), i => i.CaseId)
            .Where(i => i.Status == AgendaItemStatus.Decided && i.DecidedAt >= w.From && i.DecidedAt < w.To)
            .Select(i => new { i.CaseId, i.AddedAt, i.DecidedAt }).ToListAsync(cancellationToken);
        stages.Add(("moede", "Heraf venter på møde", [.. waits.Select(i => (i.CaseId, i.DecidedAt!.Value - i.AddedAt))]));
        await TaskStageAsync(OpstartsmoedeTask, "Iværksættelse");

        var averages = new List<decimal>();
        foreach (var (key, label, spans) in stages)
        {
            decimal? days = spans.Count == 0 ? null : Math.Round((decimal)spans.Average(s => s.Took.TotalDays), 1, MidpointRounding.AwayFromZero);
            if (days is { } d) averages.Add(d);
            result.Breakdown.Add(new(key, label, days, spans.Count));
            foreach (var (sagId, _) in spans) result.NumeratorCases.Add(sagId);
        }
        result.Value = averages.Count == 0 ? null : Math.Round(averages.Average(), 1, MidpointRounding.AwayFromZero);
        return result;
    }

    private async Task<NoegletalResult> ForumDecisionsAsync(Window w, ScopedCases scope, CancellationToken cancellationToken)
    {
        var decided = await scope.Filter(db.AgendaItems.AsNoTracking(), i => i.CaseId)
            .Where(i => i.Status == AgendaItemStatus.Decided && i.DecidedAt >= w.From && i.DecidedAt < w.To && i.Outcome != null)
            .Select(i => new { i.CaseId, i.Outcome }).ToListAsync(cancellationToken);
        var result = new NoegletalResult(NoegletalDefinitions.Tilbagesendt);
        foreach (var i in decided) result.DenominatorCases.Add(i.CaseId);
        foreach (var i in decided.Where(i => i.Outcome == MeetingOutcome.Tilbagesendt)) result.NumeratorCases.Add(i.CaseId);
        result.SetShare(decided.Count(i => i.Outcome == MeetingOutcome.Tilbagesendt), decided.Count);
        foreach (var outcome in Enum.GetValues<MeetingOutcome>())
        {
            var n = decided.Count(i => i.Outcome == outcome);
            if (n > 0) result.Breakdown.Add(new(outcome.ToString(), outcome.ToString(), n, n));
        }
        return result;
    }
}
