using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Frister;
using Visitation.Host.Features.Opgaver;
using Visitation.Host.Features.Underretninger;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Features.Noegletal;

/// <summary>
/// Computes the nøgletal of one period and scope from the work itself: underretninger, tasks (by the flows' activity
/// ids), undersøgelser, cases, grants, follow-ups, agenda items and decisions. Counts and groupings run in SQL; the
/// deadline rules that need the Danish calendar or month arithmetic in the municipality's time zone are applied to
/// narrow rows of the period only (a few columns per underretning or task), never to the whole history.
/// </summary>
/// <remarks>The activity ids are those of the shipped flows (workflows/visitation-standard.json and visitation-opfoelgning.json).</remarks>
public sealed partial class NoegletalCalculator(VisitationDbContext db, DanishCalendar calendar, TimeProvider clock)
{
    public const string VurderingTask = "vurdering";
    public const string KvitteringTask = "kvittering";
    public const string UndersoegelseTask = "undersoegelse";
    public const string OpfoelgningTask = "opfoelgning";
    public const string OpstartsmoedeTask = "opstartsmoede";

    /// <summary>How long after the period a task for an underretning received in it may have been created (late registration).</summary>
    private static readonly TimeSpan RegistrationSlack = TimeSpan.FromDays(31);

    private sealed record Window(DateTimeOffset From, DateTimeOffset To, DateTimeOffset Now, TimeZoneInfo Zone)
    {
        /// <summary>The end of the period, or now when the period has not ended yet.</summary>
        public DateTimeOffset End => To < Now ? To : Now;
    }

    public async Task<IReadOnlyList<NoegletalResult>> ComputeAsync(NoegletalPeriod period, ScopedCases scope, Guid kommuneId,
        IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(await db.Kommuner.AsNoTracking().Where(k => k.Id == kommuneId).Select(k => k.TimeZone).SingleAsync(cancellationToken));
        var window = new Window(ZonedTime.FromLocal(period.From.ToDateTime(TimeOnly.MinValue), zone).ToUniversalTime(),
            ZonedTime.FromLocal(period.To.ToDateTime(TimeOnly.MinValue), zone).ToUniversalTime(), clock.GetUtcNow(), zone);
        var results = new List<NoegletalResult>();
        bool Wants(params string[] any) => any.Any(ids.Contains);

        if (Wants(NoegletalDefinitions.UnderretningerModtaget, NoegletalDefinitions.Vurderet24Timer, NoegletalDefinitions.Kvitteret6Hverdage))
            results.AddRange(await UnderretningerAsync(window, scope, cancellationToken));
        if (Wants(NoegletalDefinitions.UndersoegelserAabne, NoegletalDefinitions.Undersoegelser4Maaneder))
            results.AddRange(await UndersoegelserAsync(window, scope, cancellationToken));
        if (Wants(NoegletalDefinitions.AktiveSager, NoegletalDefinitions.Sagsbyrde))
            results.AddRange(await CaseloadAsync(scope, kommuneId, cancellationToken));
        if (Wants(NoegletalDefinitions.Indsatser, NoegletalDefinitions.Anbringelser, NoegletalDefinitions.InterneLeverandoerer, NoegletalDefinitions.Plejefamilier))
            results.AddRange(await MeasuresAsync(period, scope, cancellationToken));
        if (Wants(NoegletalDefinitions.FoersteOpfoelgningRettidig, NoegletalDefinitions.OpfoelgningerOverskredet))
            results.AddRange(await FollowUpsAsync(window, scope, cancellationToken));
        if (Wants(NoegletalDefinitions.TidIFaser))
            results.Add(await StagesAsync(window, scope, cancellationToken));
        if (Wants(NoegletalDefinitions.Tilbagesendt))
            results.Add(await ForumDecisionsAsync(window, scope, cancellationToken));
        return [.. results.Where(r => ids.Contains(r.Id))];
    }

    private async Task<IEnumerable<NoegletalResult>> UnderretningerAsync(Window w, ScopedCases scope, CancellationToken cancellationToken)
    {
        var received = await scope.Filter(db.Underretninger.AsNoTracking(), u => u.SagId)
            .Where(u => u.ModtagetAt >= w.From && u.ModtagetAt < w.To)
            .Select(u => new { u.SagId, u.ModtagetAt, u.Genvurdering, u.UnderretterType })
            .ToListAsync(cancellationToken);
        var latestCreated = w.To + RegistrationSlack;
        var tasks = (await scope.FilterKeys(db.WorkItems.AsNoTracking(), t => t.CaseId)
                .Where(t => (t.ActivityId == VurderingTask || t.ActivityId == KvitteringTask) && t.CreatedAt >= w.From && t.CreatedAt < latestCreated)
                .Select(t => new { t.CaseId, t.ActivityId, t.Status, t.CreatedAt, t.CompletedAt })
                .ToListAsync(cancellationToken))
            .GroupBy(t => (t.CaseId, t.ActivityId))
            .ToDictionary(g => g.Key, g => g.OrderBy(t => t.CreatedAt).First());

        var count = new NoegletalResult(NoegletalDefinitions.UnderretningerModtaget);
        foreach (var u in received) count.NumeratorCases.Add(u.SagId);
        count.Value = received.Count;
        count.NumeratorCount = received.Count;
        foreach (var month in received.GroupBy(u => ZonedTime.LocalDate(u.ModtagetAt, w.Zone) is var d ? $"{d.Year:D4}-{d.Month:D2}" : "").OrderBy(g => g.Key))
            count.Breakdown.Add(new(month.Key, month.Key, month.Count(), month.Count()));

        var assessed = new NoegletalResult(NoegletalDefinitions.Vurderet24Timer);
        var receipted = new NoegletalResult(NoegletalDefinitions.Kvitteret6Hverdage);
        int assessedOnTime = 0, assessedDue = 0, receiptedOnTime = 0, receiptDue = 0;
        foreach (var u in received.Where(u => !u.Genvurdering))
        {
            var key = u.SagId.ToString();
            var vurdering = tasks.GetValueOrDefault((key, VurderingTask));
            var deadline = u.ModtagetAt.AddHours(24);
            var done = vurdering is { Status: WorkItemStatus.Completed, CompletedAt: { } at } ? at : (DateTimeOffset?)null;
            if (done is not null || deadline <= w.Now)
            {
                assessedDue++;
                assessed.DenominatorCases.Add(u.SagId);
                if (done <= deadline) { assessedOnTime++; assessed.NumeratorCases.Add(u.SagId); }
            }
            if (u.UnderretterType == UnderretterType.Anonymous) continue;
            var kvittering = tasks.GetValueOrDefault((key, KvitteringTask));
            var receiptDeadline = calendar.EndOfWorkingDaysAfter(u.ModtagetAt, 6, w.Zone);
            var sent = kvittering is { Status: WorkItemStatus.Completed, CompletedAt: { } sentAt } ? sentAt : (DateTimeOffset?)null;
            if (sent is null && receiptDeadline > w.Now) continue;
            receiptDue++;
            receipted.DenominatorCases.Add(u.SagId);
            if (sent <= receiptDeadline) { receiptedOnTime++; receipted.NumeratorCases.Add(u.SagId); }
        }
        assessed.SetShare(assessedOnTime, assessedDue);
        receipted.SetShare(receiptedOnTime, receiptDue);
        return [count, assessed, receipted];
    }

    private async Task<IEnumerable<NoegletalResult>> UndersoegelserAsync(Window w, ScopedCases scope, CancellationToken cancellationToken)
    {
        var open = new NoegletalResult(NoegletalDefinitions.UndersoegelserAabne);
        var end = w.End;
        // Two index-friendly halves (open now; completed after the end) instead of one OR over the whole history.
        var openKeys = await scope.FilterKeys(db.WorkItems.AsNoTracking(), t => t.CaseId)
            .Where(t => t.ActivityId == UndersoegelseTask && t.CreatedAt < end
                && (t.Status == WorkItemStatus.Open || t.Status == WorkItemStatus.Claimed || t.Status == WorkItemStatus.Assigned))
            .Select(t => t.CaseId).ToListAsync(cancellationToken);
        openKeys.AddRange(await scope.FilterKeys(db.WorkItems.AsNoTracking(), t => t.CaseId)
            .Where(t => t.ActivityId == UndersoegelseTask && t.CompletedAt >= end && t.CreatedAt < end && t.Status == WorkItemStatus.Completed)
            .Select(t => t.CaseId).ToListAsync(cancellationToken));
        foreach (var key in openKeys) if (Guid.TryParse(key, out var id)) open.NumeratorCases.Add(id);
        open.Value = open.NumeratorCases.Count;

        // Every case's first undersøgelse task that ended in the period or had not ended before it.
        var openTasks = await scope.FilterKeys(db.WorkItems.AsNoTracking(), t => t.CaseId)
            .Where(t => t.ActivityId == UndersoegelseTask && t.CreatedAt < w.To
                && (t.Status == WorkItemStatus.Open || t.Status == WorkItemStatus.Claimed || t.Status == WorkItemStatus.Assigned))
            .Select(t => new { t.CaseId, t.CreatedAt, t.CompletedAt }).ToListAsync(cancellationToken);
        var finishedTasks = await scope.FilterKeys(db.WorkItems.AsNoTracking(), t => t.CaseId)
            .Where(t => t.ActivityId == UndersoegelseTask && t.CompletedAt >= w.From && t.CreatedAt < w.To && t.Status == WorkItemStatus.Completed)
            .Select(t => new { t.CaseId, t.CreatedAt, t.CompletedAt }).ToListAsync(cancellationToken);
        var tasks = openTasks.Concat(finishedTasks)
            .Where(t => Guid.TryParse(t.CaseId, out _))
            .GroupBy(t => Guid.Parse(t.CaseId!)).Select(g => g.OrderBy(t => t.CreatedAt).First()).ToList();
        var caseIds = tasks.Select(t => Guid.Parse(t.CaseId!)).ToList();
        var aware = await db.Undersoegelser.AsNoTracking().Where(u => caseIds.Contains(u.SagId))
            .Select(u => new { u.SagId, u.BekendtAt }).ToDictionaryAsync(u => u.SagId, u => u.BekendtAt, cancellationToken);
        var firstAware = (await db.Underretninger.AsNoTracking().Where(u => caseIds.Contains(u.SagId))
                .Select(u => new { u.SagId, u.BekendtAt }).ToListAsync(cancellationToken))
            .GroupBy(u => u.SagId).ToDictionary(g => g.Key, g => g.Min(u => u.BekendtAt));

        var share = new NoegletalResult(NoegletalDefinitions.Undersoegelser4Maaneder);
        int onTime = 0, counted = 0;
        foreach (var t in tasks)
        {
            var sagId = Guid.Parse(t.CaseId!);
            if (!aware.TryGetValue(sagId, out var awareAt) && !firstAware.TryGetValue(sagId, out awareAt)) awareAt = t.CreatedAt;
            var deadline = EndOfDay(DanishCalendar.AddMonths(ZonedTime.LocalDate(awareAt, w.Zone), 4), w.Zone);
            var finishedInPeriod = t.CompletedAt is { } f && f >= w.From && f < w.To;
            var lateAndOpen = (t.CompletedAt is null || t.CompletedAt >= w.To) && deadline >= w.From && deadline < w.To && deadline < w.Now;
            if (!finishedInPeriod && !lateAndOpen) continue;
            counted++;
            share.DenominatorCases.Add(sagId);
            if (finishedInPeriod && t.CompletedAt <= deadline) { onTime++; share.NumeratorCases.Add(sagId); }
        }
        share.SetShare(onTime, counted);
        return [open, share];
    }

    /// <summary>The last instant of a local day (23:59:59.9999999 there).</summary>
    private static DateTimeOffset EndOfDay(DateOnly day, TimeZoneInfo zone) =>
        ZonedTime.FromLocal(day.AddDays(1).ToDateTime(TimeOnly.MinValue), zone).AddTicks(-1);
}
