using System.Net;
using Visitation.Host.Tests.Infrastructure;

namespace Visitation.Host.Tests.Moeder;

/// <summary>The attendance list of a meeting: who may decide, the quorum, the minutes, and that a closed meeting keeps its list.</summary>
public abstract partial class MeetingTests
{
    public sealed record StandIn(string Substitute, string StandsInFor);

    public sealed record AdHocParticipant(string Name, string Role);

    public sealed record Attendance(bool Recorded, string? RecordedBy, List<string> Present, List<StandIn> Substitutes, List<AdHocParticipant> AdHoc, List<string> Absent,
        bool Quorate);

    public sealed record AgendaWithAttendance(Attendance Attendance);

    static string Describe(Attendance a) =>
        $"{a.Recorded}|{a.RecordedBy}|{string.Join(",", a.Present)}|{string.Join(",", a.Substitutes)}|{string.Join(",", a.AdHoc)}|{string.Join(",", a.Absent)}|{a.Quorate}";

    static Task<HttpResponseMessage> AttendanceAsync(ApiClient client, ScheduledMeeting m, string[] present, object[]? substitutes = null, object[]? adHoc = null,
        string[]? absent = null) =>
        client.SendAsync(HttpMethod.Put, $"/api/forums/{m.ForumId}/meetings/{m.MeetingId}/attendance", new { present, substitutes, adHoc, absent });

    [Fact]
    public async Task Should_let_only_present_members_and_substitutes_standing_in_decide_and_keep_the_attendance_in_the_minutes()
    {
        await using var people = await StartAsync();
        var (thirdName, third) = await people.Scenario.NewColleagueAsync(people.Admin, "medlem-", Kommune, "Leder");
        var (substituteName, substitute) = await people.Scenario.NewColleagueAsync(people.Admin, "vikar-", Kommune, "Leder");
        using var _ = third;
        using var __ = substitute;
        (await SetForumAsync(people.Chair, (await ForumAsync(people.Chair)).Id, asyncApproval: "Off", members: [Chair, Member, thirdName],
            substitutes: [substituteName])).EnsureSuccessStatusCode();
        var bySubstitute = await QueuedCaseAsync(people);
        var byChair = await QueuedCaseAsync(people);
        var byMember = await QueuedCaseAsync(people);
        var m = await MeetingOfAsync(people.Caseworker, bySubstitute.CaseId);
        var mChair = await MeetingOfAsync(people.Caseworker, byChair.CaseId);
        var mMember = await MeetingOfAsync(people.Caseworker, byMember.CaseId);
        var meetingPath = $"/api/forums/{m.ForumId}/meetings/{m.MeetingId}";
        var psychologist = new { name = "Mette Berg", role = "psykolog" };
        var afslag = new { outcome = "Afslaaet", rationale = "Behovet kan dækkes af skolens støtte." };

        // Before the meeting the chair records that the member is away and the substitute stands in for the third member.
        var recorded = await people.Chair.ReadAsync<Attendance>(await AttendanceAsync(people.Chair, m, [Chair], [new { substitute = substituteName, @for = thirdName }],
            [psychologist], [Member]));
        var byNonChair = await AttendanceAsync(people.Member, m, [Chair, Member]);
        var invalid = await AttendanceAsync(people.Chair, m, [Chair, thirdName, "ukendt@0167"], [new { substitute = substituteName, @for = thirdName }]);
        var unnamed = await AttendanceAsync(people.Chair, m, [Chair], adHoc: [new { name = "", role = "psykolog" }]);
        await people.MeetingDayAsync(m);
        third.Dispose();
        substitute.Dispose();
        third = await people.Scenario.SignInAsync(thirdName, Opgaver.TaskApi.Password);
        substitute = await people.Scenario.SignInAsync(substituteName, Opgaver.TaskApi.Password);
        using var ___ = third;
        using var ____ = substitute;
        (await people.Chair.PostAsync(meetingPath + "/open", null)).EnsureSuccessStatusCode();
        var agenda = await people.Member.ReadAsync<AgendaWithAttendance>(await people.Member.GetAsync(meetingPath + "/agenda"));
        var byAbsentMember = await DecideAsync(people.Member, m, afslag);
        var byAbsentThird = await DecideAsync(third, m, afslag);
        var standingIn = await people.Chair.ReadAsync<Item>(await DecideAsync(substitute, m, afslag));
        await people.Chair.ReadAsync<Item>(await DecideAsync(people.Chair, mChair, afslag));

        // The chair leaves: without the chair or a substitute chair the meeting decides nothing; a substitute chair restores the quorum.
        var chairGone = await people.Chair.ReadAsync<Attendance>(await AttendanceAsync(people.Chair, m, [Member], [new { substitute = substituteName, @for = thirdName }]));
        var withoutQuorum = await DecideAsync(people.Member, mMember, afslag);
        await people.Chair.ReadAsync<Attendance>(await AttendanceAsync(people.Chair, m, [Member], [new { substitute = substituteName, @for = Chair }]));
        var afterSubstituteChair = await DecideAsync(people.Member, mMember, afslag);
        // The substitute chair keeps the list now; the final list is what the minutes show.
        var final = await substitute.ReadAsync<Attendance>(await AttendanceAsync(substitute, m, [Chair], [new { substitute = substituteName, @for = thirdName }],
            [psychologist], [Member]));
        (await people.Chair.PostAsync(meetingPath + "/close", null)).EnsureSuccessStatusCode();
        var afterClose = await AttendanceAsync(people.Chair, m, [Chair, Member, thirdName]);
        var html = await (await people.Chair.GetAsync(meetingPath + "/minutes")).Content.ReadAsStringAsync();
        (await people.Chair.PostAsync(meetingPath + "/minutes/approve", null)).EnsureSuccessStatusCode();
        var afterApproval = await AttendanceAsync(people.Chair, m, [Chair, Member, thirdName]);
        var lockedHtml = await (await people.Chair.GetAsync(meetingPath + "/minutes")).Content.ReadAsStringAsync();

        Assert.Equal(Describe(new Attendance(true, Chair, [Chair], [new StandIn(substituteName, thirdName)], [new AdHocParticipant("Mette Berg", "psykolog")],
            [Member, thirdName], true)), Describe(recorded));
        await Problem.AssertAsync(byNonChair, HttpStatusCode.Forbidden, "attendance.notChair");
        var errors = await Problem.AssertAsync(invalid, HttpStatusCode.UnprocessableEntity, "organisation.unknownUser", "/present/2");
        await Problem.AssertAsync(unnamed, HttpStatusCode.BadRequest, "field.required", "/adHoc/0/name");
        Assert.Contains(errors, e => e.Path == "/substitutes/0/for" && e.Code == "attendance.memberPresent");
        Assert.Equal(Describe(recorded), Describe(agenda.Attendance));
        await Problem.AssertAsync(byAbsentMember, HttpStatusCode.Forbidden, "meeting.notPresent");
        await Problem.AssertAsync(byAbsentThird, HttpStatusCode.Forbidden, "meeting.notPresent");
        Assert.Equal("Afslaaet", standingIn.Outcome);
        Assert.False(chairGone.Quorate);
        await Problem.AssertAsync(withoutQuorum, HttpStatusCode.Conflict, "meeting.noQuorum");
        afterSubstituteChair.EnsureSuccessStatusCode();
        Assert.Equal(substituteName, final.RecordedBy);
        await Problem.AssertAsync(afterClose, HttpStatusCode.Conflict, "attendance.closed");
        await Problem.AssertAsync(afterApproval, HttpStatusCode.Conflict, "attendance.closed");
        var decisions = (await DecisionsAsync(people.Caseworker, bySubstitute.CaseId)).Decisions;
        Assert.Equal(substituteName, Assert.Single(decisions).DecidedBy);
        foreach (var minutes in new[] { html, lockedHtml })
        {
            Assert.Contains($"<h2>Til stede</h2><ul><li>{ChairName} (formand)</li></ul>", minutes);
            Assert.Contains("<h2>Stedfortrædere</h2><ul><li>vikar- for medlem-</li></ul>", minutes);
            Assert.Contains("<h2>Deltog ad hoc</h2><ul><li>Mette Berg, psykolog</li></ul>", minutes);
            Assert.Contains($"<h2>Fraværende</h2><ul><li>{MemberName}</li><li>medlem-</li></ul>", minutes);
        }
        Assert.Contains("godkendt af", lockedHtml);
    }
}
