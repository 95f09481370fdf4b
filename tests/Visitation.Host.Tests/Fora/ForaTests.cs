using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Visitation.Host.Features.Moeder;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Tests.Infrastructure;

namespace Visitation.Host.Tests.Fora;

/// <summary>Forums, their meetings from the schedule and the next meeting an item can go on, per municipality.</summary>
public abstract class ForaTests(HostFixture host)
{
    public sealed record Schedule(int EveryWeeks, string Weekday, string Time, DateOnly StartsOn);

    public sealed record Cutoff(int DaysBefore, string Time);

    public sealed record Forum(Guid Id, string Name, string Kind, string? Level, string Chair, List<string> Members, List<string> Substitutes, List<string> AdHoc,
        Schedule Schedule, Cutoff Cutoff, int Capacity, string AsyncApproval);

    public sealed record Meeting(Guid Id, Guid ForumId, DateOnly Date, DateTimeOffset StartsAt, DateTimeOffset CutoffAt, string Status, int Items, int Capacity);

    public sealed record NextMeeting(DateTimeOffset SubmittedAt, Meeting Meeting, int Position, int FullMeetingsSkipped);

    /// <summary>Mondays at 09:00 from March 2027; the agenda closes two days before at 12:00.</summary>
    private static object Body(string name, int capacity = 10, string kommune = "9901") => new
    {
        name, kind = "Visitationsudvalg", chair = $"leder@{kommune}", members = new[] { $"leder@{kommune}", $"oekonomi@{kommune}" },
        substitutes = new[] { $"administrator@{kommune}" }, adHoc = new[] { $"raadgiver@{kommune}" },
        schedule = new { everyWeeks = 1, weekday = "Monday", time = "09:00", startsOn = "2027-03-15" },
        cutoff = new { daysBefore = 2, time = "12:00" }, capacity, asyncApproval = "ChairAlone",
    };

    private static string Unique(string name) => $"{name} {Guid.NewGuid():N}"[..(name.Length + 9)];

    [Fact]
    public async Task Should_let_a_leader_create_change_and_remove_a_forum_and_every_user_read_it()
    {
        using var leder = await host.Client().SignedInAsync("leder@9901");
        using var raadgiver = await host.Client().SignedInAsync("raadgiver@9901");
        var name = Unique("Visitationsudvalget");

        var created = await leder.ReadAsync<Forum>(await leder.PostAsync("/api/forums", Body(name)), HttpStatusCode.Created);
        var listed = await raadgiver.ReadAsync<List<Forum>>(await raadgiver.GetAsync("/api/forums"));
        var changed = await leder.ReadAsync<Forum>(await leder.SendAsync(HttpMethod.Put, $"/api/forums/{created.Id}", new
        {
            name = name + " (ny)", kind = "Sagskonference", chair = "administrator@9901", members = new[] { "LEDER@9901" },
            schedule = new { everyWeeks = 2, weekday = "Thursday", time = "13:30", startsOn = "2027-01-01" },
            cutoff = new { daysBefore = 5, time = "08:00" }, capacity = 6, asyncApproval = "MajorityOfMembers",
        }));
        var read = await raadgiver.ReadAsync<Forum>(await raadgiver.GetAsync($"/api/forums/{created.Id}"));

        Assert.Equal(("Visitationsudvalg", "leder@9901", 10, "ChairAlone"), (created.Kind, created.Chair, created.Capacity, created.AsyncApproval));
        Assert.Equal(["leder@9901", "oekonomi@9901"], created.Members);
        Assert.Equal(["administrator@9901"], created.Substitutes);
        Assert.Equal(["raadgiver@9901"], created.AdHoc);
        Assert.Equal(new Schedule(1, "Monday", "09:00", new DateOnly(2027, 3, 15)), created.Schedule);
        Assert.Contains(listed, f => f.Id == created.Id && f.Name == name);
        Assert.Equal((changed.Name, changed.Capacity), (read.Name, read.Capacity));
        Assert.Equal(("Sagskonference", "administrator@9901", "MajorityOfMembers"), (read.Kind, read.Chair, read.AsyncApproval));
        Assert.Equal(["leder@9901"], read.Members);
        Assert.Equal((new Schedule(2, "Thursday", "13:30", new DateOnly(2027, 1, 1)), new Cutoff(5, "08:00")), (read.Schedule, read.Cutoff));
        Assert.Equal(HttpStatusCode.NoContent, (await leder.SendAsync(HttpMethod.Delete, $"/api/forums/{created.Id}", null)).StatusCode);
        await Problem.AssertAsync(await raadgiver.GetAsync($"/api/forums/{created.Id}"), HttpStatusCode.NotFound, "resource.notFound");
    }

    [Fact]
    public async Task Should_seed_a_forum_for_each_forum_level_of_the_example_municipalities()
    {
        using var kolding = await host.Client().SignedInAsync("raadgiver@0621");
        using var nord = await host.Client().SignedInAsync("raadgiver@9901");

        var forums = await kolding.ReadAsync<List<Forum>>(await kolding.GetAsync("/api/forums"));
        var demo = await nord.ReadAsync<List<Forum>>(await nord.GetAsync("/api/forums"));

        var udvalg = Assert.Single(forums, f => f.Level == "boerne-og-ungeudvalget");
        Assert.Equal(("Børne- og ungeudvalget", "BoerneOgUngeudvalg", "leder@0621"), (udvalg.Name, udvalg.Kind, udvalg.Chair));
        Assert.Single(demo, f => f is { Name: "Visitationsudvalget", Level: null, Chair: "leder@9901" });
    }

    [Theory]
    [InlineData("raadgiver@9901")]
    [InlineData("procesdesigner@9901")]
    [InlineData("oekonomi@9901")]
    public async Task Should_refuse_changes_to_forums_and_meetings_from_users_who_are_not_leaders_or_administrators(string username)
    {
        using var admin = await host.Client().SignedInAsync("administrator@9901");
        using var client = await host.Client().SignedInAsync(username);
        var forum = await admin.ReadAsync<Forum>(await admin.PostAsync("/api/forums", Body(Unique("Sagskonference"))), HttpStatusCode.Created);
        var meetings = await client.ReadAsync<List<Meeting>>(await client.GetAsync($"/api/forums/{forum.Id}/meetings?from=2027-03-15&to=2027-03-15"));

        await Problem.AssertAsync(await client.PostAsync("/api/forums", Body("Nyt forum")), HttpStatusCode.Forbidden, "auth.forbidden");
        await Problem.AssertAsync(await client.SendAsync(HttpMethod.Put, $"/api/forums/{forum.Id}", Body("Andet navn")), HttpStatusCode.Forbidden, "auth.forbidden");
        await Problem.AssertAsync(await client.SendAsync(HttpMethod.Delete, $"/api/forums/{forum.Id}", null), HttpStatusCode.Forbidden, "auth.forbidden");
        await Problem.AssertAsync(await client.PostAsync($"/api/forums/{forum.Id}/meetings/{meetings[0].Id}/open", null), HttpStatusCode.Forbidden, "auth.forbidden");
        Assert.Equal(forum.Name, (await client.ReadAsync<Forum>(await client.GetAsync($"/api/forums/{forum.Id}"))).Name);
    }

    [Fact]
    public async Task Should_answer_404_when_another_municipality_reads_or_changes_a_forum_or_its_meetings()
    {
        using var nord = await host.Client().SignedInAsync("leder@9901");
        using var syd = await host.Client().SignedInAsync("leder@9902");
        var name = Unique("Hemmeligt udvalg");
        var forum = await nord.ReadAsync<Forum>(await nord.PostAsync("/api/forums", Body(name)), HttpStatusCode.Created);
        var meetings = await nord.ReadAsync<List<Meeting>>(await nord.GetAsync($"/api/forums/{forum.Id}/meetings?from=2027-03-15&to=2027-03-15"));

        await Problem.AssertAsync(await syd.GetAsync($"/api/forums/{forum.Id}"), HttpStatusCode.NotFound, "resource.notFound");
        await Problem.AssertAsync(await syd.SendAsync(HttpMethod.Put, $"/api/forums/{forum.Id}", Body("X", kommune: "9902")), HttpStatusCode.NotFound, "resource.notFound");
        await Problem.AssertAsync(await syd.SendAsync(HttpMethod.Delete, $"/api/forums/{forum.Id}", null), HttpStatusCode.NotFound, "resource.notFound");
        await Problem.AssertAsync(await syd.GetAsync($"/api/forums/{forum.Id}/meetings?from=2027-03-15&to=2027-04-15"), HttpStatusCode.NotFound, "resource.notFound");
        await Problem.AssertAsync(await syd.PostAsync($"/api/forums/{forum.Id}/next-meeting", new { submittedAt = "2027-03-01T00:00:00Z" }), HttpStatusCode.NotFound, "resource.notFound");
        await Problem.AssertAsync(await syd.PostAsync($"/api/forums/{forum.Id}/meetings/{meetings[0].Id}/open", null), HttpStatusCode.NotFound, "resource.notFound");
        Assert.DoesNotContain(name, await (await syd.GetAsync("/api/forums")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Should_refuse_an_invalid_forum_with_every_finding_located_and_change_nothing()
    {
        using var leder = await host.Client().SignedInAsync("leder@9902");
        using var admin = await host.Client().SignedInAsync("administrator@9902");
        await Organisation.OrganisationApi.EnsureLevelAsync(admin, "teamleder-niveau", "Teamleder", "level");
        var before = await (await leder.GetAsync("/api/forums")).Content.ReadAsStringAsync();

        var errors = await Problem.AssertAsync(await leder.PostAsync("/api/forums", new
        {
            name = "", kind = "Visitationsudvalg", chair = "leder@9902",
            schedule = new { everyWeeks = 0, weekday = "Monday", time = "9 om morgenen", startsOn = "2027-03-15" },
            cutoff = new { daysBefore = 2, time = "25:00" }, capacity = 0,
        }), HttpStatusCode.BadRequest, "field.required", "/name");
        var people = await Problem.AssertAsync(await leder.PostAsync("/api/forums", new
        {
            name = "Udvalg", kind = "Visitationsudvalg", level = "teamleder-niveau", chair = "leder@9902", members = new[] { "leder@9902", "leder@9901", "findes-ikke@9902" },
            schedule = new { everyWeeks = 1, weekday = "Monday", time = "09:00", startsOn = "2027-03-15" },
            cutoff = new { daysBefore = 2, time = "12:00" }, capacity = 5, asyncApproval = "Off",
        }), HttpStatusCode.UnprocessableEntity, "organisation.unknownUser", "/members/1");

        Assert.Contains(errors, e => e.Path == "/schedule/everyWeeks" && e.Code == "field.outOfRange");
        Assert.Contains(errors, e => e.Path == "/schedule/time" && e.Code == "field.invalidFormat");
        Assert.Contains(errors, e => e.Path == "/cutoff/time" && e.Code == "field.invalidFormat");
        Assert.Contains(errors, e => e.Path == "/capacity" && e.Code == "field.outOfRange");
        Assert.Contains(errors, e => e.Path == "/asyncApproval" && e.Code == "field.required");
        Assert.Contains(people, e => e.Path == "/members/2" && e.Code == "organisation.unknownUser");
        Assert.Contains(people, e => e.Path == "/level" && e.Code == "forum.levelNotForum");
        Assert.Equal(before, await (await leder.GetAsync("/api/forums")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Should_generate_meetings_in_local_time_across_summer_time_and_skip_easter_monday()
    {
        using var leder = await host.Client().SignedInAsync("leder@9901");
        using var raadgiver = await host.Client().SignedInAsync("raadgiver@9901");
        var forum = await leder.ReadAsync<Forum>(await leder.PostAsync("/api/forums", Body(Unique("Bevillingsmøde"))), HttpStatusCode.Created);

        var meetings = await raadgiver.ReadAsync<List<Meeting>>(await raadgiver.GetAsync($"/api/forums/{forum.Id}/meetings?from=2027-03-15&to=2027-04-05"));
        var again = await raadgiver.ReadAsync<List<Meeting>>(await raadgiver.GetAsync($"/api/forums/{forum.Id}/meetings?from=2027-03-01&to=2027-04-05"));

        // Summer time begins 28 March 2027; 2. påskedag is Monday 29 March.
        Assert.Equal([new DateOnly(2027, 3, 15), new DateOnly(2027, 3, 22), new DateOnly(2027, 4, 5)], meetings.Select(m => m.Date));
        Assert.Equal([Utc("2027-03-15T08:00:00Z"), Utc("2027-03-22T08:00:00Z"), Utc("2027-04-05T07:00:00Z")], meetings.Select(m => m.StartsAt));
        Assert.Equal([Utc("2027-03-13T11:00:00Z"), Utc("2027-03-20T11:00:00Z"), Utc("2027-04-03T10:00:00Z")], meetings.Select(m => m.CutoffAt));
        Assert.All(meetings, m => Assert.Equal(("Planned", 0, 10), (m.Status, m.Items, m.Capacity)));
        Assert.Equal(meetings.Select(m => m.Id), again.Select(m => m.Id));
        await Problem.AssertAsync(await raadgiver.GetAsync($"/api/forums/{forum.Id}/meetings?from=2027-04-05&to=2027-03-15"), HttpStatusCode.BadRequest,
            "meeting.invalidRange", "/to");
        await Problem.AssertAsync(await raadgiver.GetAsync($"/api/forums/{forum.Id}/meetings?to=2027-03-15"), HttpStatusCode.BadRequest, "field.required", "/from");
    }

    [Fact]
    public async Task Should_find_the_next_meeting_respecting_the_cutoff_the_holiday_and_the_capacity()
    {
        using var leder = await host.Client().SignedInAsync("leder@9902");
        using var raadgiver = await host.Client().SignedInAsync("raadgiver@9902");
        var forum = await leder.ReadAsync<Forum>(await leder.PostAsync("/api/forums", Body(Unique("Visitationsudvalg"), capacity: 2, kommune: "9902")), HttpStatusCode.Created);

        var atCutoff = await NextAsync(raadgiver, forum.Id, "2027-03-20T11:00:00Z");
        var afterCutoff = await NextAsync(raadgiver, forum.Id, "2027-03-20T11:00:01Z");
        await AddItemsAsync(afterCutoff.Meeting.Id, 2);
        var spilled = await NextAsync(raadgiver, forum.Id, "2027-03-20T11:00:01Z");
        await AddItemsAsync(atCutoff.Meeting.Id, 1);
        var secondOnMeeting = await NextAsync(raadgiver, forum.Id, "2027-03-18T09:00:00Z");
        var listed = await raadgiver.ReadAsync<List<Meeting>>(await raadgiver.GetAsync($"/api/forums/{forum.Id}/meetings?from=2027-03-22&to=2027-04-12"));

        Assert.Equal((new DateOnly(2027, 3, 22), 1, 0), (atCutoff.Meeting.Date, atCutoff.Position, atCutoff.FullMeetingsSkipped));
        Assert.Equal(new DateOnly(2027, 4, 5), afterCutoff.Meeting.Date);
        Assert.Equal((new DateOnly(2027, 4, 12), Utc("2027-04-12T07:00:00Z"), 1, 1), (spilled.Meeting.Date, spilled.Meeting.StartsAt, spilled.Position, spilled.FullMeetingsSkipped));
        Assert.Equal((atCutoff.Meeting.Id, 2), (secondOnMeeting.Meeting.Id, secondOnMeeting.Position));
        Assert.Equal([1, 2, 0], listed.Select(m => m.Items));
        await Problem.AssertAsync(await raadgiver.PostAsync($"/api/forums/{forum.Id}/next-meeting", new { }), HttpStatusCode.BadRequest, "field.required", "/submittedAt");
    }

    [Fact]
    public async Task Should_open_a_meeting_on_its_date_and_close_it_once_and_queue_no_item_on_it_afterwards_without_counting_it_full()
    {
        await using var scenario = await Scenarios.CaseScenario.StartAsync(host, Utc("2027-03-10T00:00:00Z"));
        var leder = await scenario.SignInAsync("leder@9901");
        var forum = await leder.ReadAsync<Forum>(await leder.PostAsync("/api/forums", Body(Unique("Ledergruppens bevillingsmøde"))), HttpStatusCode.Created);
        var first = await NextAsync(leder, forum.Id, "2027-03-10T00:00:00Z");
        var path = $"/api/forums/{forum.Id}/meetings/{first.Meeting.Id}";
        var tooEarly = await leder.PostAsync(path + "/open", null);

        // Monday 15 March, 08:30 in Copenhagen: the meeting's day.
        scenario.Clock.Set(Utc("2027-03-15T07:30:00Z"));
        leder.Dispose();
        using var lederOnTheDay = await scenario.SignInAsync("leder@9901");
        var opened = await lederOnTheDay.ReadAsync<Meeting>(await lederOnTheDay.PostAsync(path + "/open", null));
        await Problem.AssertAsync(await lederOnTheDay.PostAsync(path + "/open", null), HttpStatusCode.Conflict, "meeting.invalidTransition");
        var whileOpen = await NextAsync(lederOnTheDay, forum.Id, "2027-03-10T00:00:00Z");
        var closed = await lederOnTheDay.ReadAsync<Meeting>(await lederOnTheDay.PostAsync(path + "/close", null));
        await Problem.AssertAsync(await lederOnTheDay.PostAsync(path + "/close", null), HttpStatusCode.Conflict, "meeting.invalidTransition");
        var next = await NextAsync(lederOnTheDay, forum.Id, "2027-03-10T00:00:00Z");

        await Problem.AssertAsync(tooEarly, HttpStatusCode.Conflict, "meeting.notYet");
        Assert.Equal(new DateOnly(2027, 3, 15), first.Meeting.Date);
        Assert.Equal(("Open", "Closed"), (opened.Status, closed.Status));
        // A meeting already held takes no item, but it was not full: nothing was skipped for want of room.
        Assert.Equal((new DateOnly(2027, 3, 22), 0), (whileOpen.Meeting.Date, whileOpen.FullMeetingsSkipped));
        Assert.Equal((new DateOnly(2027, 3, 22), 0), (next.Meeting.Date, next.FullMeetingsSkipped));
    }

    private static DateTimeOffset Utc(string text) => DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<NextMeeting> NextAsync(ApiClient client, Guid forumId, string submittedAt) =>
        await client.ReadAsync<NextMeeting>(await client.PostAsync($"/api/forums/{forumId}/next-meeting", new { submittedAt }));

    /// <summary>Puts queued items on a meeting as the queueing of indstillinger will.</summary>
    private async Task AddItemsAsync(Guid meetingId, int count)
    {
        using var scope = host.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<VisitationDbContext>();
        var meeting = await db.Meetings.IgnoreQueryFilters().SingleAsync(m => m.Id == meetingId);
        var taken = await db.AgendaItems.IgnoreQueryFilters().CountAsync(i => i.MeetingId == meetingId);
        for (var i = 1; i <= count; i++)
            db.AgendaItems.Add(new AgendaItem
            {
                Id = Guid.NewGuid(), KommuneId = meeting.KommuneId, MeetingId = meetingId, CaseId = Guid.NewGuid(), IndstillingReference = $"indstilling-{i}",
                Position = taken + i, Status = AgendaItemStatus.Queued, AddedAt = TestCalendar.Now,
            });
        await db.SaveChangesAsync();
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ForaTestsOnSqlite(SqliteHostFixture host) : ForaTests(host);

[Collection(PostgresCollection.Name)]
public sealed class ForaTestsOnPostgres(PostgresHostFixture host) : ForaTests(host);
