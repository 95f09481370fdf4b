using System.Net;
using Visitation.Host.Tests.Infrastructure;
using static Visitation.Host.Tests.Sager.CaseApi;
using static Visitation.Host.Tests.Sager.UnderretningApi;

namespace Visitation.Host.Tests.Moeder;

/// <summary>
/// The forum's meeting secretary (mødesekretær): a caseworker by role who reads the agenda, keeps the attendance, orders
/// the agenda, moves items to a later meeting before the meeting, and opens and closes it, but decides nothing.
/// </summary>
public abstract partial class MeetingTests
{
    public sealed record ForumWithSecretaries(Guid Id, string Chair, List<string> Members, List<string> Secretaries);

    static string AgendaPath(ScheduledMeeting m) => $"/api/forums/{m.ForumId}/meetings/{m.MeetingId}/agenda";

    static Task<HttpResponseMessage> OrderAsync(ApiClient client, ScheduledMeeting m, params Guid[] itemIds) =>
        client.SendAsync(HttpMethod.Put, AgendaPath(m) + "/order", new { itemIds });

    static Task<HttpResponseMessage> MoveAsync(ApiClient client, ScheduledMeeting m, Guid itemId, Guid toMeetingId) =>
        client.PostAsync($"/api/forums/{m.ForumId}/meetings/{m.MeetingId}/items/{itemId}/move", new { toMeetingId });

    static async Task<MeetingView> MeetingOnAsync(ApiClient client, Guid forumId, string date) =>
        (await client.ReadAsync<List<MeetingView>>(await client.GetAsync($"/api/forums/{forumId}/meetings?from={date}&to={date}"))).Single();

    static async Task<List<Guid>> AgendaItemsAsync(ApiClient client, ScheduledMeeting m) =>
        (await client.ReadAsync<Agenda>(await client.GetAsync(AgendaPath(m)))).Items.Select(i => i.Item.Id).ToList();

    [Fact]
    public async Task Should_let_the_secretary_order_the_agenda_move_items_keep_the_attendance_and_open_and_close_the_meeting_without_deciding()
    {
        await using var people = await StartAsync();
        var (secretaryName, secretary) = await people.Scenario.NewColleagueAsync(people.Admin, "sekretaer-", Kommune, "Raadgiver");
        var (outsiderName, outsider) = await people.Scenario.NewColleagueAsync(people.Admin, "raadgiver-", Kommune, "Raadgiver");
        using var other = await people.Scenario.SignInAsync("leder@0621");
        var forum = await ForumAsync(people.Chair);
        (await SetForumAsync(people.Chair, forum.Id, capacity: 3, asyncApproval: "ChairAlone", secretaries: [secretaryName])).EnsureSuccessStatusCode();
        var a = await QueuedCaseAsync(people);
        var b = await QueuedCaseAsync(people);
        var c = await QueuedCaseAsync(people);
        var spilled = await QueuedCaseAsync(people);
        var m = await MeetingOfAsync(people.Caseworker, a.CaseId);
        var (ma, mb, mc, mSpilled) = (m, await MeetingOfAsync(people.Caseworker, b.CaseId), await MeetingOfAsync(people.Caseworker, c.CaseId),
            await MeetingOfAsync(people.Caseworker, spilled.CaseId));
        var meetingPath = $"/api/forums/{m.ForumId}/meetings/{m.MeetingId}";
        var saved = await people.Chair.ReadAsync<ForumWithSecretaries>(await people.Chair.GetAsync($"/api/forums/{forum.Id}"));

        // The secretary reads the agenda and puts the third item first; the presenters' slots follow.
        var before = await secretary.ReadAsync<Agenda>(await secretary.GetAsync(AgendaPath(m)));
        var ordered = await secretary.ReadAsync<List<Item>>(await OrderAsync(secretary, m, mc.ItemId, ma.ItemId, mb.ItemId));
        var after = await secretary.ReadAsync<Agenda>(await secretary.GetAsync(AgendaPath(m)));

        Assert.Equal([secretaryName], saved.Secretaries);
        Assert.Equal([ma.ItemId, mb.ItemId, mc.ItemId], before.Items.Select(i => i.Item.Id));
        Assert.Equal([mc.ItemId, ma.ItemId, mb.ItemId], ordered.Select(i => i.Id));
        Assert.Equal([mc.ItemId, ma.ItemId, mb.ItemId], after.Items.Select(i => i.Item.Id));
        Assert.Equal([m.StartsAt, m.StartsAt.AddMinutes(15), m.StartsAt.AddMinutes(30)], after.Items.Select(i => i.PresenterSlotStart));
        Assert.Equal(1, (await MeetingOfAsync(people.Caseworker, c.CaseId)).Position);

        // Lists that are not exactly the waiting items change nothing.
        await Problem.AssertAsync(await OrderAsync(secretary, m, mc.ItemId, ma.ItemId), HttpStatusCode.BadRequest, "meeting.orderMismatch", "/itemIds");
        await Problem.AssertAsync(await OrderAsync(secretary, m, mc.ItemId, ma.ItemId, mSpilled.ItemId), HttpStatusCode.BadRequest, "meeting.orderMismatch", "/itemIds");
        await Problem.AssertAsync(await OrderAsync(secretary, m, mc.ItemId, ma.ItemId, ma.ItemId), HttpStatusCode.BadRequest, "meeting.orderMismatch", "/itemIds");
        await Problem.AssertAsync(await secretary.SendAsync(HttpMethod.Put, AgendaPath(m) + "/order", new { }), HttpStatusCode.BadRequest, "field.required", "/itemIds");
        // Nobody else of the municipality keeps the agenda; another municipality does not find it.
        await Problem.AssertAsync(await OrderAsync(outsider, m, ma.ItemId, mb.ItemId, mc.ItemId), HttpStatusCode.Forbidden, "meeting.notSecretary");
        await Problem.AssertAsync(await OrderAsync(people.Member, m, ma.ItemId, mb.ItemId, mc.ItemId), HttpStatusCode.Forbidden, "meeting.notSecretary");
        await Problem.AssertAsync(await OrderAsync(other, m, ma.ItemId, mb.ItemId, mc.ItemId), HttpStatusCode.NotFound, "resource.notFound");
        Assert.Equal([mc.ItemId, ma.ItemId, mb.ItemId], await AgendaItemsAsync(secretary, m));

        // Moving: not to the meeting before, the same meeting, a full one or another forum's; only to a later planned one with room.
        var earlier = await MeetingOnAsync(people.Chair, m.ForumId, "2027-03-02");
        var otherForum = await people.Chair.ReadAsync<ForumWithSecretaries>(await people.Chair.PostAsync("/api/forums", new
        {
            name = "Sagskonference", kind = "Sagskonference", chair = Chair, members = new[] { Chair },
            schedule = new { everyWeeks = 1, weekday = "Tuesday", time = "09:00", startsOn = "2026-01-06" },
            cutoff = new { daysBefore = 3, time = "12:00" }, capacity = 8, asyncApproval = "Off",
        }), HttpStatusCode.Created);
        var otherForumsMeeting = await MeetingOnAsync(people.Chair, otherForum.Id, "2027-03-23");
        // Lowering the capacity to one fills the meeting of 16 March with the item that spilled onto it.
        (await SetForumAsync(people.Chair, forum.Id, capacity: 1, asyncApproval: "ChairAlone", secretaries: [secretaryName])).EnsureSuccessStatusCode();
        var toEarlier = await MoveAsync(secretary, m, mc.ItemId, earlier.Id);
        var toSame = await MoveAsync(secretary, m, mc.ItemId, m.MeetingId);
        var toFull = await MoveAsync(secretary, m, mc.ItemId, mSpilled.MeetingId);
        var toOtherForum = await MoveAsync(secretary, m, mc.ItemId, otherForumsMeeting.Id);
        var byOutsider = await MoveAsync(outsider, m, mc.ItemId, mSpilled.MeetingId);
        var byOtherMunicipality = await MoveAsync(other, m, mc.ItemId, mSpilled.MeetingId);
        await Problem.AssertAsync(toEarlier, HttpStatusCode.UnprocessableEntity, "meeting.invalidMoveTarget", "/toMeetingId");
        await Problem.AssertAsync(toSame, HttpStatusCode.UnprocessableEntity, "meeting.invalidMoveTarget", "/toMeetingId");
        await Problem.AssertAsync(toFull, HttpStatusCode.UnprocessableEntity, "meeting.moveTargetFull", "/toMeetingId");
        await Problem.AssertAsync(toOtherForum, HttpStatusCode.UnprocessableEntity, "meeting.invalidMoveTarget", "/toMeetingId");
        await Problem.AssertAsync(byOutsider, HttpStatusCode.Forbidden, "meeting.notSecretary");
        await Problem.AssertAsync(byOtherMunicipality, HttpStatusCode.NotFound, "resource.notFound");
        Assert.Equal([mc.ItemId, ma.ItemId, mb.ItemId], await AgendaItemsAsync(secretary, m));
        Assert.Equal(new DateOnly(2027, 3, 9), (await MeetingOfAsync(people.Caseworker, c.CaseId)).Date);

        var later = await MeetingOnAsync(people.Chair, m.ForumId, "2027-03-23");
        var moved = await secretary.ReadAsync<Item>(await MoveAsync(secretary, m, mc.ItemId, later.Id));
        var shown = await MeetingOfAsync(people.Caseworker, c.CaseId);
        var laterAgenda = await secretary.ReadAsync<Agenda>(await secretary.GetAsync($"/api/forums/{m.ForumId}/meetings/{later.Id}/agenda"));
        var trail = await people.Chair.ReadAsync<List<AuditEntry>>(await people.Chair.GetAsync($"/api/cases/{c.CaseId}/audit"));

        Assert.Equal((later.Id, "Queued", 1), (moved.MeetingId, moved.Status, moved.Position));
        Assert.Equal([ma.ItemId, mb.ItemId], await AgendaItemsAsync(secretary, m));
        Assert.Equal([c.IndstillingId], laterAgenda.Items.Select(i => i.Item.IndstillingId));
        Assert.Equal((new DateOnly(2027, 3, 23), later.Id, "Queued"), (shown.Date, shown.MeetingId, shown.ItemStatus));
        Assert.Equal("ParkeretTilMoede", (await DecisionsAsync(people.Caseworker, c.CaseId)).Indstillinger.Single().Status);
        Assert.Contains((await FlowAsync(people.Admin, c.FlowId)).Bookmarks, bookmark => bookmark.ActivityId == "afvent-moede");
        Assert.Contains(trail, e => e.Action == "moede.flyttet" && e.User == secretaryName && !e.IsRead);

        // The secretary keeps the attendance but is no member: never on the list, and refused every decision.
        var recorded = await secretary.ReadAsync<Attendance>(await AttendanceAsync(secretary, ma, [Chair, Member]));
        var attendanceByOutsider = await AttendanceAsync(outsider, ma, [Chair]);
        var grant = new { outcome = "Bevilget", rationale = "Indsatsen er nødvendig.", followUpCadence = "P3M" };
        var decidedBetween = await DecideAsync(secretary, ma, grant);
        await people.Member.ReadAsync<Item>(await DecideAsync(people.Member, mb, grant));
        var approvedBetween = await secretary.PostAsync(ItemPath(mb) + "/approve", null);
        var disqualified = await secretary.PostAsync(ItemPath(ma) + "/disqualify", null);
        var movedWithProposal = await MoveAsync(secretary, m, mb.ItemId, later.Id);

        Assert.Equal((true, secretaryName, true), (recorded.Recorded, recorded.RecordedBy, recorded.Quorate));
        Assert.Equal([Chair, Member], recorded.Present);
        Assert.DoesNotContain(secretaryName, recorded.Absent);
        await Problem.AssertAsync(attendanceByOutsider, HttpStatusCode.Forbidden, "attendance.notChair");
        await Problem.AssertAsync(decidedBetween, HttpStatusCode.Forbidden, "meeting.notMember");
        await Problem.AssertAsync(approvedBetween, HttpStatusCode.Forbidden, "meeting.notMember");
        await Problem.AssertAsync(disqualified, HttpStatusCode.Forbidden, "meeting.notMember");
        await Problem.AssertAsync(movedWithProposal, HttpStatusCode.Conflict, "meeting.moveProposed");

        // On the meeting's day the secretary opens the meeting; the agenda may still be ordered, but an item is now postponed by the forum, not moved.
        await people.MeetingDayAsync(m);
        secretary.Dispose();
        outsider.Dispose();
        secretary = await people.Scenario.SignInAsync(secretaryName, Opgaver.TaskApi.Password);
        outsider = await people.Scenario.SignInAsync(outsiderName, Opgaver.TaskApi.Password);
        using var _ = secretary;
        using var __ = outsider;
        await Problem.AssertAsync(await outsider.PostAsync(meetingPath + "/open", null), HttpStatusCode.Forbidden, "auth.forbidden");
        var opened = await secretary.ReadAsync<MeetingView>(await secretary.PostAsync(meetingPath + "/open", null));
        await secretary.ReadAsync<List<Item>>(await OrderAsync(secretary, m, mb.ItemId, ma.ItemId));
        var movedAtMeeting = await MoveAsync(secretary, m, ma.ItemId, later.Id);
        var decidedAtMeeting = await DecideAsync(secretary, ma, grant);
        await people.Chair.ReadAsync<Item>(await DecideAsync(people.Chair, ma, new { outcome = "Afslaaet", rationale = "Behovet dækkes af skolens støtte." }));
        await Problem.AssertAsync(await outsider.PostAsync(meetingPath + "/close", null), HttpStatusCode.Forbidden, "auth.forbidden");
        var closed = await secretary.ReadAsync<MeetingView>(await secretary.PostAsync(meetingPath + "/close", null));
        var orderAfterClose = await OrderAsync(secretary, m, mb.ItemId);
        var moveAfterClose = await MoveAsync(secretary, m, mb.ItemId, later.Id);
        var minutes = await secretary.GetAsync(meetingPath + "/minutes");
        var approveMinutes = await secretary.PostAsync(meetingPath + "/minutes/approve", null);

        Assert.Equal(("Open", "Closed"), (opened.Status, closed.Status));
        await Problem.AssertAsync(movedAtMeeting, HttpStatusCode.Conflict, "meeting.moveBeforeMeeting");
        await Problem.AssertAsync(decidedAtMeeting, HttpStatusCode.Forbidden, "meeting.notMember");
        Assert.Equal("Afslaaet", Assert.Single((await DecisionsAsync(people.Caseworker, a.CaseId)).Decisions).Outcome);
        await Problem.AssertAsync(orderAfterClose, HttpStatusCode.Conflict, "meeting.agendaClosed");
        await Problem.AssertAsync(moveAfterClose, HttpStatusCode.Conflict, "meeting.agendaClosed");
        Assert.Equal(HttpStatusCode.OK, minutes.StatusCode);
        Assert.DoesNotContain(secretaryName, await minutes.Content.ReadAsStringAsync());
        await Problem.AssertAsync(approveMinutes, HttpStatusCode.Forbidden, "meeting.notChair");
    }

    [Fact]
    public async Task Should_keep_secretaries_out_of_the_quorum_and_refuse_unknown_or_foreign_secretaries()
    {
        await using var people = await StartAsync();
        var (secretaryName, secretary) = await people.Scenario.NewColleagueAsync(people.Admin, "sekretaer-", Kommune, "Raadgiver");
        using var _ = secretary;
        var forum = await ForumAsync(people.Chair);

        var refused = await SetForumAsync(people.Chair, forum.Id, secretaries: [secretaryName, "ukendt@0167", "leder@0621"]);
        var unchanged = await people.Chair.ReadAsync<ForumWithSecretaries>(await people.Chair.GetAsync($"/api/forums/{forum.Id}"));
        // The chair alone is the forum's only voter: a majority of one. Were the secretary counted, the chair's decision would wait for a second approval.
        (await SetForumAsync(people.Chair, forum.Id, asyncApproval: "MajorityOfMembers", members: [Chair], secretaries: [secretaryName])).EnsureSuccessStatusCode();
        var c = await QueuedCaseAsync(people);
        var m = await MeetingOfAsync(people.Caseworker, c.CaseId);
        var decided = await people.Chair.ReadAsync<Item>(await DecideAsync(people.Chair, m,
            new { outcome = "Bevilget", rationale = "Indsatsen er nødvendig.", followUpCadence = "P3M" }));

        var errors = await Problem.AssertAsync(refused, HttpStatusCode.UnprocessableEntity, "organisation.unknownUser", "/secretaries/1");
        Assert.Contains(errors, e => e.Path == "/secretaries/2" && e.Code == "organisation.unknownUser");
        Assert.DoesNotContain(errors, e => e.Path == "/secretaries/0");
        Assert.Empty(unchanged.Secretaries);
        Assert.Equal("Decided", decided.Status);
        Assert.Equal("Afgjort", (await DecisionsAsync(people.Caseworker, c.CaseId)).Indstillinger.Single().Status);
    }
}
