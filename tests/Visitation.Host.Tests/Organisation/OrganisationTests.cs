using System.Net;
using Visitation.Host.Tests.Infrastructure;
using static Visitation.Host.Tests.Organisation.OrganisationApi;

namespace Visitation.Host.Tests.Organisation;

/// <summary>Competence levels, teams and users' places in them, per municipality.</summary>
public abstract class OrganisationTests(HostFixture host)
{
    [Fact]
    public async Task Should_seed_the_example_municipalities_with_their_levels_and_level_users()
    {
        using var kolding = await host.Client().SignedInAsync("raadgiver@0621");
        using var middelfart = await host.Client().SignedInAsync("teamleder@0410");
        using var admin = await host.Client().SignedInAsync("administrator@0621");

        var levels = await kolding.ReadAsync<List<Level>>(await kolding.GetAsync("/api/organisation/levels"));
        var users = await admin.ReadAsync<List<UserOrganisation>>(await admin.GetAsync("/api/organisation/users"));

        Assert.Equal(["afdelingsleder", "boerne-og-ungeudvalget", "faglig-koordinator", "raadgiver"], levels.Select(l => l.Id));
        Assert.Contains(levels, l => l is { Id: "faglig-koordinator", Name: "Faglig koordinator", Kind: "level" });
        Assert.Contains(levels, l => l is { Id: "boerne-og-ungeudvalget", Kind: "forum" });
        Assert.Equal(["faglig-koordinator"], users.Single(u => u.Username == "faglig-koordinator@0621").Levels);
        Assert.Equal(["raadgiver"], users.Single(u => u.Username == "raadgiver@0621").Levels);
        Assert.All(users, u => Assert.EndsWith("@0621", u.Username));
        Assert.Contains("Teamleder", (await middelfart.ReadAsync<List<Level>>(await middelfart.GetAsync("/api/organisation/levels"))).Select(l => l.Name));
        foreach (var name in new[] { "socialfaglig-leder@0167", "afdelingsleder@0621", "naermeste-leder@0846", "procesdesigner@0706" })
            using (var client = await host.Client().SignedInAsync(name)) { }
    }

    [Fact]
    public async Task Should_add_nothing_twice_when_the_demo_seed_runs_again()
    {
        using var admin = await host.Client().SignedInAsync("administrator@0621");
        var before = await admin.ReadAsync<List<UserOrganisation>>(await admin.GetAsync("/api/organisation/users"));

        // SQLite is single-node: the second start runs on a copy of the same data instead.
        var secondDatabase = host is SqliteHostFixture sqlite ? sqlite.CopyOfDatabase() : null;
        using var secondStart = await new ApiClient(host.CreateFactory(secondDatabase)
            .CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = true })).SignedInAsync("administrator@0621");
        var after = await secondStart.ReadAsync<List<UserOrganisation>>(await secondStart.GetAsync("/api/organisation/users"));
        var levels = await secondStart.ReadAsync<List<Level>>(await secondStart.GetAsync("/api/organisation/levels"));
        var plans = await secondStart.ReadAsync<Kompetenceplaner.KompetenceplanApiTests.ListView>(await secondStart.GetAsync("/api/competence-plans"));

        Assert.Equal(before.Select(u => u.Username), after.Select(u => u.Username));
        Assert.Equal(4, levels.Count);
        Assert.Single(plans.Versions, v => v.SavedBy == "seed");
    }

    [Fact]
    public async Task Should_create_and_update_levels_and_teams_when_the_administrator_asks()
    {
        using var admin = await host.Client().SignedInAsync("administrator@9901");
        var levelId = NewId("leder");
        var teamId = NewId("team");

        var created = await admin.ReadAsync<Level>(await admin.PostAsync("/api/organisation/levels", new { id = levelId, name = "Familiechef", kind = "level" }), HttpStatusCode.Created);
        var updated = await admin.ReadAsync<Level>(await admin.SendAsync(HttpMethod.Put, $"/api/organisation/levels/{levelId}", new { name = "Sagskonference", kind = "forum" }));
        var team = await admin.ReadAsync<Team>(await admin.PostAsync("/api/organisation/teams", new { id = teamId, name = "Team Øst" }), HttpStatusCode.Created);
        var renamed = await admin.ReadAsync<Team>(await admin.SendAsync(HttpMethod.Put, $"/api/organisation/teams/{teamId}", new { name = "Team Vest" }));
        var teams = await admin.ReadAsync<List<Team>>(await admin.GetAsync("/api/organisation/teams"));

        Assert.Equal((levelId, "level"), (created.Id, created.Kind));
        Assert.Equal(("Sagskonference", "forum"), (updated.Name, updated.Kind));
        Assert.Equal(("Team Øst", "Team Vest"), (team.Name, renamed.Name));
        Assert.Contains(teams, t => t.Id == teamId);
        await Problem.AssertAsync(await admin.PostAsync("/api/organisation/levels", new { id = levelId, name = "Igen", kind = "level" }),
            HttpStatusCode.Conflict, "organisation.codeTaken", "/id");
        var errors = await Problem.AssertAsync(await admin.PostAsync("/api/organisation/levels", new { id = "Med Mellemrum", name = "" }),
            HttpStatusCode.BadRequest, "organisation.invalidCode", "/id");
        Assert.Contains(errors, e => e.Path == "/name");
        Assert.Contains(errors, e => e.Path == "/kind");
    }

    [Fact]
    public async Task Should_answer_404_when_another_municipalitys_administrator_changes_its_levels_teams_or_users()
    {
        using var nord = await host.Client().SignedInAsync("administrator@9901");
        using var syd = await host.Client().SignedInAsync("administrator@9902");
        var levelId = NewId("nord");
        var teamId = NewId("nord");
        await nord.ReadAsync<Level>(await nord.PostAsync("/api/organisation/levels", new { id = levelId, name = "Hemmeligt niveau", kind = "level" }), HttpStatusCode.Created);
        await nord.ReadAsync<Team>(await nord.PostAsync("/api/organisation/teams", new { id = teamId, name = "Hemmeligt team" }), HttpStatusCode.Created);
        var nordUser = (await nord.ReadAsync<List<UserOrganisation>>(await nord.GetAsync("/api/organisation/users"))).Single(u => u.Username == "raadgiver@9901");

        await Problem.AssertAsync(await syd.SendAsync(HttpMethod.Put, $"/api/organisation/levels/{levelId}", new { name = "X", kind = "level" }), HttpStatusCode.NotFound, "resource.notFound");
        await Problem.AssertAsync(await syd.SendAsync(HttpMethod.Put, $"/api/organisation/teams/{teamId}", new { name = "X" }), HttpStatusCode.NotFound, "resource.notFound");
        await Problem.AssertAsync(await syd.SendAsync(HttpMethod.Put, $"/api/organisation/users/{nordUser.Id}", new { title = "X" }), HttpStatusCode.NotFound, "resource.notFound");
        var sydLevels = await syd.GetAsync("/api/organisation/levels");
        var sydTeams = await syd.GetAsync("/api/organisation/teams");
        Assert.DoesNotContain("Hemmelig", await sydLevels.Content.ReadAsStringAsync());
        Assert.DoesNotContain("Hemmelig", await sydTeams.Content.ReadAsStringAsync());
        var errors = await Problem.AssertAsync(await syd.SendAsync(HttpMethod.Put, $"/api/organisation/users/{(await SydUserAsync(syd)).Id}",
            new { team = teamId, levels = new[] { levelId }, substitute = "leder@9901" }), HttpStatusCode.UnprocessableEntity, "organisation.unknownTeam", "/team");
        Assert.Contains(errors, e => e.Path == "/levels/0" && e.Code == "organisation.unknownLevel");
        Assert.Contains(errors, e => e.Path == "/substitute" && e.Code == "organisation.unknownUser");
    }

    [Fact]
    public async Task Should_set_team_title_levels_experience_substitute_and_absence_and_route_on_them()
    {
        using var admin = await host.Client().SignedInAsync("administrator@9902");
        using var designer = await host.Client().SignedInAsync("procesdesigner@9902");
        var username = $"erfaren-{Guid.NewGuid():N}@9902";
        var user = await admin.ReadAsync<Users.UserTests.UserView>(await admin.PostAsync("/api/users",
            new { username, displayName = "Erfaren Rådgiver", password = "lang-nok-kode", roles = new[] { "Raadgiver" } }), HttpStatusCode.Created);
        var teamId = NewId("fam");
        await admin.ReadAsync<Team>(await admin.PostAsync("/api/organisation/teams", new { id = teamId, name = "Familieteamet" }), HttpStatusCode.Created);
        await EnsureLevelAsync(admin, "raadgiver", "Rådgiver", "role");
        await EnsureLevelAsync(admin, "visitationsudvalg", "Visitationsudvalg", "forum");

        var set = await admin.ReadAsync<UserOrganisation>(await admin.SendAsync(HttpMethod.Put, $"/api/organisation/users/{user.Id}", new
        {
            team = teamId, title = "Socialrådgiver", levels = new[] { "raadgiver" }, experienced = true, substitute = "leder@9902",
            absentFrom = "2026-12-01T00:00:00Z", absentTo = "2026-12-24T00:00:00Z",
        }));
        var saved = await designer.SendAsync(HttpMethod.Put, "/api/competence-plans", new
        {
            effectiveFrom = "2026-01-01", hitPolicy = "First",
            rules = new object[]
            {
                new { id = "erfaren-familieteam", measureType = "familiebehandling", level = "raadgiver", when = new { submitterExperienced = true, submitterTeam = new[] { teamId } } },
                new { id = "fb", measureType = "familiebehandling", level = "visitationsudvalg", @default = true },
                new { id = "oevrige", measureType = "*", level = "visitationsudvalg", @default = true },
            },
        });
        var experienced = await designer.ReadAsync<Kompetenceplaner.KompetenceplanApiTests.Answer>(await designer.PostAsync("/api/competence-plans/simulate",
            new { measure = new { type = "familiebehandling" }, submitter = username }));
        var other = await designer.ReadAsync<Kompetenceplaner.KompetenceplanApiTests.Answer>(await designer.PostAsync("/api/competence-plans/simulate",
            new { measure = new { type = "familiebehandling" }, submitter = "raadgiver@9902" }));

        Assert.Equal((teamId, "Socialrådgiver", true, "leder@9902"), (set.Team, set.Title, set.Experienced, set.Substitute));
        Assert.Equal(["raadgiver"], set.Levels);
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero), set.AbsentFrom);
        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        Assert.Equal(("raadgiver", "erfaren-familieteam"), (experienced.LevelId, experienced.RuleId));
        Assert.Equal(("visitationsudvalg", "fb"), (other.LevelId, other.RuleId));
        Assert.Contains("indstillers team (ikke oplyst) er ikke en af", other.Explanation.Da);
        await Problem.AssertAsync(await admin.SendAsync(HttpMethod.Put, $"/api/organisation/users/{user.Id}", new { substitute = username }),
            HttpStatusCode.UnprocessableEntity, "organisation.substituteIsSelf", "/substitute");
        await Problem.AssertAsync(await admin.SendAsync(HttpMethod.Put, $"/api/organisation/users/{user.Id}",
            new { absentFrom = "2026-12-24T00:00:00Z", absentTo = "2026-12-01T00:00:00Z" }), HttpStatusCode.BadRequest, "organisation.absenceOrder", "/absentTo");
    }

    [Theory]
    [InlineData("raadgiver@9901")]
    [InlineData("procesdesigner@9901")]
    [InlineData("leder@9901")]
    public async Task Should_let_everyone_list_levels_but_only_the_administrator_change_them(string username)
    {
        using var client = await host.Client().SignedInAsync(username);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/organisation/levels")).StatusCode);
        await Problem.AssertAsync(await client.PostAsync("/api/organisation/levels", new { id = "x", name = "X", kind = "level" }), HttpStatusCode.Forbidden, "auth.forbidden");
        await Problem.AssertAsync(await client.GetAsync("/api/organisation/teams"), HttpStatusCode.Forbidden, "auth.forbidden");
        await Problem.AssertAsync(await client.GetAsync("/api/organisation/users"), HttpStatusCode.Forbidden, "auth.forbidden");
    }

    [Fact]
    public async Task Should_show_every_staff_member_the_colleagues_of_their_own_municipality_but_no_provider_users()
    {
        using var admin = await host.Client().SignedInAsync("administrator@9901");
        var providerId = await Bevillinger.BevillingApi.ProviderAsync(admin, "Opholdssted Kastanjen");
        var (providerUser, provider) = await Bevillinger.BevillingApi.ProviderUserAsync(host, admin, "9901", providerId);
        using var _ = provider;
        using var designer = await host.Client().SignedInAsync("procesdesigner@9901");
        using var raadgiver = await host.Client().SignedInAsync("raadgiver@9901");

        var seenByDesigner = await designer.ReadAsync<List<Colleague>>(await designer.GetAsync("/api/organisation/colleagues"));
        var seenByRaadgiver = await raadgiver.ReadAsync<List<Colleague>>(await raadgiver.GetAsync("/api/organisation/colleagues"));

        Assert.Contains(seenByDesigner, c => c is { Username: "leder@9901" } && c.Roles.SequenceEqual(["Leder"]));
        Assert.Contains(seenByDesigner, c => c.Username == "raadgiver@9901");
        Assert.All(seenByDesigner, c => Assert.EndsWith("@9901", c.Username));
        Assert.DoesNotContain(seenByDesigner, c => c.Username == providerUser);
        Assert.Equal(seenByDesigner.Select(c => c.Username), seenByRaadgiver.Select(c => c.Username));
        await Problem.AssertAsync(await provider.GetAsync("/api/organisation/colleagues"), HttpStatusCode.Forbidden, "auth.forbidden");
    }

    private static async Task<UserOrganisation> SydUserAsync(ApiClient syd) =>
        (await syd.ReadAsync<List<UserOrganisation>>(await syd.GetAsync("/api/organisation/users"))).Single(u => u.Username == "raadgiver@9902");
}

[Collection(SqliteCollection.Name)]
public sealed class OrganisationTestsOnSqlite(SqliteHostFixture host) : OrganisationTests(host);

[Collection(PostgresCollection.Name)]
public sealed class OrganisationTestsOnPostgres(PostgresHostFixture host) : OrganisationTests(host);
