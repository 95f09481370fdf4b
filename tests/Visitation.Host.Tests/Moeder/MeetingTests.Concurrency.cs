using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Visitation.Host.Features.Moeder;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Tests.Infrastructure;
using Visitation.Host.Tests.Opgaver;

namespace Visitation.Host.Tests.Moeder;

/// <summary>
/// Queueing, closing and deciding really at the same moment: what the users see afterwards must be as if they had
/// come one after the other.
/// </summary>
public abstract partial class MeetingTests
{
    const int Rounds = 3;

    [Fact]
    public async Task Should_put_every_indstilling_queued_while_its_meeting_opens_and_closes_on_exactly_one_meeting_still_to_be_held()
    {
        await using var people = await StartAsync();
        var forum = await ForumAsync(people.Chair);
        // The agenda closes at 08:30 on the meeting's day, so that an item can still be queued on the morning the meeting is opened.
        (await SetForumAsync(people.Chair, forum.Id, capacity: 4, asyncApproval: "Off", cutoffDaysBefore: 0, cutoffTime: "08:30")).EnsureSuccessStatusCode();
        var queued = new List<Guid>();
        var refused = new List<Guid>();
        var responses = new List<HttpResponseMessage>();

        for (var round = 0; round < Rounds; round++)
        {
            // The meeting about to be held has one item that is decided at it and one that is left undecided (and so moves on).
            var decided = await QueuedCaseAsync(people);
            var undecided = await QueuedCaseAsync(people);
            var meeting = await MeetingOfAsync(people.Caseworker, decided.CaseId);
            var meetingPath = $"/api/forums/{meeting.ForumId}/meetings/{meeting.MeetingId}";
            var waiting = new List<(Guid CaseId, TaskApi.WorkItem Hearing)>();
            for (var i = 0; i < 3; i++)
            {
                var c = await CaseAtHearingAsync(people);
                waiting.Add((c.CaseId, c.Hearing));
            }

            // The meeting's morning, before the agenda closes: it may be opened, and the waiting items may still be queued on it.
            await people.MoveClockAsync(meeting.StartsAt.AddHours(-2));

            async Task<List<HttpResponseMessage>> HoldMeetingAsync()
            {
                var open = await people.Chair.PostAsync(meetingPath + "/open", null);
                var decision = await DecideAsync(people.Chair, meeting, new { outcome = "Afslaaet", rationale = "Behovet dækkes af skolens støtte." });
                var close = await people.Chair.PostAsync(meetingPath + "/close", null);
                return [open, decision, close];
            }
            var hearings = waiting.Select(w => people.Caseworker.CompleteAsync(w.Hearing.Id,
                new { action = "gennemfoert", data = new { begrundelse = "Forældrene er enige i indstillingen." } })).ToList();
            var held = HoldMeetingAsync();
            await Task.WhenAll([held, .. hearings]);

            responses.AddRange(await held);
            responses.AddRange(await Task.WhenAll(hearings));
            refused.Add(decided.CaseId);
            queued.Add(undecided.CaseId);
            queued.AddRange(waiting.Select(w => w.CaseId));
        }

        foreach (var response in responses)
            Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {response.RequestMessage?.RequestUri}: {await response.Content.ReadAsStringAsync()}");
        foreach (var caseId in refused)
            Assert.Equal("Afslaaet", Assert.Single((await DecisionsAsync(people.Caseworker, caseId)).Decisions).Outcome);
        foreach (var caseId in queued)
        {
            var shown = await DecisionsAsync(people.Caseworker, caseId);
            Assert.Empty(shown.Decisions);
            Assert.Equal(("Planned", "Queued"), (shown.Indstillinger.Single().Meeting!.Status, shown.Indstillinger.Single().Meeting!.ItemStatus));
        }

        using var scope = people.Scenario.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<VisitationDbContext>();
        var items = await db.AgendaItems.IgnoreQueryFilters().Where(i => i.KommuneId == db.Forums.IgnoreQueryFilters().Single(f => f.Id == forum.Id).KommuneId)
            .Join(db.Meetings.IgnoreQueryFilters(), i => i.MeetingId, m => m.Id, (i, m) => new { i.CaseId, i.Status, i.Position, i.MeetingId, Meeting = m.Status })
            .ToListAsync();
        foreach (var caseId in queued)
        {
            var waitingOn = Assert.Single(items, i => i.CaseId == caseId && i.Status == AgendaItemStatus.Queued);
            Assert.Equal(MeetingStatus.Planned, waitingOn.Meeting);
        }
        Assert.DoesNotContain(items, i => i.Status == AgendaItemStatus.Queued && i.Meeting == MeetingStatus.Closed);
        Assert.All(items.Where(i => i.Meeting == MeetingStatus.Planned).GroupBy(i => i.MeetingId),
            g => Assert.True(g.Count(i => i.Status is AgendaItemStatus.Queued or AgendaItemStatus.Decided) <= 4, "A meeting holds more items than its capacity."));
    }

    [Fact]
    public async Task Should_count_only_one_of_two_decisions_made_on_the_same_item_at_the_same_moment()
    {
        await using var people = await StartAsync();
        (await SetForumAsync(people.Chair, (await ForumAsync(people.Chair)).Id, asyncApproval: "ChairAlone")).EnsureSuccessStatusCode();

        for (var round = 0; round < Rounds; round++)
        {
            var c = await QueuedCaseAsync(people);
            var m = await MeetingOfAsync(people.Caseworker, c.CaseId);

            var grant = DecideAsync(people.Chair, m, new { outcome = "Bevilget", rationale = "Indsatsen er nødvendig.", followUpCadence = "P3M" });
            var refusal = DecideAsync(people.Chair, m, new { outcome = "Afslaaet", rationale = "Behovet dækkes af skolens støtte." });
            var both = await Task.WhenAll(grant, refusal);

            var (won, lost) = both[0].IsSuccessStatusCode ? (both[0], both[1]) : (both[1], both[0]);
            var item = await people.Chair.ReadAsync<Item>(won);
            await Problem.AssertAsync(lost, HttpStatusCode.Conflict, "meeting.itemNotOpen");
            var decision = Assert.Single((await DecisionsAsync(people.Caseworker, c.CaseId)).Decisions);
            Assert.Equal((item.Outcome, item.DecisionId), (decision.Outcome, (Guid?)decision.Id));
        }
    }
}
