using System.Net;
using Visitation.Host.Tests.Infrastructure;

namespace Visitation.Host.Tests.Moeder;

public abstract partial class MeetingTests
{
    public sealed record MyMeeting(Guid Id, DateOnly Date, DateTimeOffset CutoffAt, string Status, int Items, int Capacity);

    public sealed record MyForum(Guid Id, string Name, List<string> Seats, int Capacity, string AsyncApproval, List<MyMeeting> Meetings);

    public sealed record Awaiting(Guid ForumId, Guid MeetingId, Guid ItemId, string CaseNumber, string Outcome, string? DecidedBy, string MeasureType,
        decimal CostThisYear, decimal AnnualCost, List<string> ApprovedBy);

    public sealed record Mine(List<MyForum> Forums, List<Awaiting> AwaitingApproval);

    public sealed record Routing(string? Rule, string? LevelCode, string? Level, int? PlanVersion);

    public sealed record ChildEntry(string CaseNumber, string Child, string? Cpr, Routing Routing);

    public sealed record ChildAgenda(List<ChildEntry> Items);

    [Fact]
    public async Task Should_show_each_person_the_forums_they_sit_in_the_coming_meetings_and_what_waits_for_their_approval()
    {
        await using var people = await StartAsync();
        var queued = await QueuedCaseAsync(people);
        var meeting = await MeetingOfAsync(people.Caseworker, queued.CaseId);

        var chairBefore = await people.Chair.ReadAsync<Mine>(await people.Chair.GetAsync("/api/meetings/mine"));
        // The member records a grant between meetings; the forum lets the chair alone carry it.
        await people.Member.ReadAsync<Item>(await DecideAsync(people.Member, meeting, new { outcome = "Bevilget", rationale = "Barnets behov er belyst." }));
        var chairAfter = await people.Chair.ReadAsync<Mine>(await people.Chair.GetAsync("/api/meetings/mine"));
        var memberAfter = await people.Member.ReadAsync<Mine>(await people.Member.GetAsync("/api/meetings/mine"));
        var caseworker = await people.Caseworker.ReadAsync<Mine>(await people.Caseworker.GetAsync("/api/meetings/mine"));
        var agenda = await people.Chair.ReadAsync<ChildAgenda>(
            await people.Chair.GetAsync($"/api/forums/{meeting.ForumId}/meetings/{meeting.MeetingId}/agenda"));
        (await people.Chair.PostAsync(ItemPath(meeting) + "/approve", null)).EnsureSuccessStatusCode();
        var chairDone = await people.Chair.ReadAsync<Mine>(await people.Chair.GetAsync("/api/meetings/mine"));
        var anonymous = await people.Scenario.Factory.CreateClient().GetAsync("/api/meetings/mine");

        // Hvidovre's chair also chairs the Børne- og ungeudvalget, which meets every fourth week.
        Assert.Equal(2, chairBefore.Forums.Count);
        var forum = chairBefore.Forums.Single(f => f.Id == meeting.ForumId);
        Assert.Equal((meeting.Forum, "ChairAlone", 8), (forum.Name, forum.AsyncApproval, forum.Capacity));
        Assert.Equal(["Chair", "Member"], forum.Seats);
        // Thursday 4 March 2027: Tuesdays from 9 March for eight weeks, each with its cut-off on the Saturday before at 12:00 in Copenhagen.
        Assert.Equal(new DateOnly(2027, 3, 9), forum.Meetings[0].Date);
        Assert.Equal(new DateTimeOffset(2027, 3, 6, 11, 0, 0, TimeSpan.Zero), forum.Meetings[0].CutoffAt);
        Assert.Equal(8, forum.Meetings.Count);
        Assert.Equal([1, 0], forum.Meetings.Take(2).Select(m => m.Items));
        Assert.All(forum.Meetings, m => Assert.Equal(("Planned", 8), (m.Status, m.Capacity)));
        Assert.Empty(chairBefore.AwaitingApproval);

        var waiting = Assert.Single(chairAfter.AwaitingApproval);
        Assert.Equal((meeting.MeetingId, meeting.ItemId, "Bevilget", "familiebehandling"), (waiting.MeetingId, waiting.ItemId, waiting.Outcome, waiting.MeasureType));
        // 6 hours × 850.50 kr. a month, April to September 2027.
        Assert.Equal((30618.00m, 30618.00m), (waiting.CostThisYear, waiting.AnnualCost));
        Assert.Equal(["oekonomi@0167"], waiting.ApprovedBy);
        Assert.Empty(memberAfter.AwaitingApproval);
        Assert.Equal(["Member"], memberAfter.Forums.Single(f => f.Id == meeting.ForumId).Seats);
        Assert.Empty(caseworker.Forums);
        Assert.Empty(chairDone.AwaitingApproval);

        var entry = Assert.Single(agenda.Items);
        Assert.Equal("Ida Holm", entry.Child);
        Assert.Matches("^[0-9]{6}-XXXX$", entry.Cpr);
        Assert.Equal("visitationsudvalg", entry.Routing.LevelCode);
        Assert.False(string.IsNullOrEmpty(entry.Routing.Rule));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    public sealed record DecidedTotals(int Items, decimal NewAnnualCost, int Decided, int Granted, decimal GrantedCostThisYear, decimal GrantedCostTotal,
        decimal GrantedAnnualCost);

    public sealed record TotalsOnly(DecidedTotals Totals);

    [Fact]
    public async Task Should_total_what_the_items_decided_so_far_grant_at_their_changed_scope()
    {
        await using var people = await StartAsync();
        var changed = await MeetingOfAsync(people.Caseworker, (await QueuedCaseAsync(people)).CaseId);
        var refused = await MeetingOfAsync(people.Caseworker, (await QueuedCaseAsync(people)).CaseId);
        var path = $"/api/forums/{changed.ForumId}/meetings/{changed.MeetingId}";
        await people.MeetingDayAsync(changed);
        (await people.Chair.PostAsync(path + "/open", null)).EnsureSuccessStatusCode();

        var before = await people.Chair.ReadAsync<TotalsOnly>(await people.Chair.GetAsync(path + "/agenda"));
        await people.Member.ReadAsync<Item>(await DecideAsync(people.Member, changed,
            new { outcome = "BevilgetMedAendring", rationale = "Behovet er mindre.", change = "Halvt omfang", changedQuantity = 3 }));
        await people.Chair.ReadAsync<Item>(await DecideAsync(people.Chair, refused, new { outcome = "Afslaaet", rationale = "Behovet er dækket." }));
        var after = await people.Chair.ReadAsync<TotalsOnly>(await people.Chair.GetAsync(path + "/agenda"));

        Assert.Equal(new DecidedTotals(2, 61236.00m, 0, 0, 0, 0, 0), before.Totals);
        // 3 hours × 850.50 kr. a month, April to September 2027, instead of 6.
        Assert.Equal(new DecidedTotals(2, 61236.00m, 2, 1, 15309.00m, 15309.00m, 15309.00m), after.Totals);
    }
}
