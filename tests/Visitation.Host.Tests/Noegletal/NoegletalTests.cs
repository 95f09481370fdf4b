using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Visitation.Host.Features.Underretninger;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Tests.Infrastructure;
using static Visitation.Host.Tests.Noegletal.NoegletalSeed;

namespace Visitation.Host.Tests.Noegletal;

/// <summary>
/// The nøgletal's definitions on hand-made work at a hand-set clock, on a database of each test's own: the deadline
/// boundaries (24 hours, 6 working days across Easter, the last day of 4 months), role scoping, tenant isolation, the
/// drill-down with its audit, targets and national figures, and bad filters.
/// </summary>
public abstract class NoegletalTests(HostFixture host)
{
    public sealed record Breakdown(string Key, string Label, decimal? Value, int Count);
    public sealed record National(decimal Value, string Source);
    public sealed record Kpi(string Id, string Unit, decimal? Value, int Numerator, int? Denominator, decimal? Target, National? National, bool? MeetsTarget,
        string DefinitionDa, string DefinitionEn, List<Breakdown> Breakdown);
    public sealed record Overview(string Period, string Scope, string Audience, List<Kpi> Items);
    public sealed record CaseRow(Guid SagId, string Sagsnummer, string BarnNavn, string? Tovholder, string Status);
    public sealed record Cases(string Id, string Part, List<CaseRow> Items);
    public sealed record DrillDown(string Id, string Part, List<CaseRow> Cases);

    readonly ManualClock clock = new(Local(2027, 6, 15, 12));
    WebApplicationFactory<Program>? factory;

    async Task<WebApplicationFactory<Program>> FactoryAsync() => factory ??= host.CreateFactory(
        new Dictionary<string, string?>(await host.SeparateDatabaseAsync()) { ["Workflows:SchedulerEnabled"] = "false" }, clock: clock);

    async Task<NoegletalSeed> SeedAsync() => new((await FactoryAsync()).Services);

    async Task<ApiClient> SignedInAsync(string userName) =>
        await new ApiClient((await FactoryAsync()).CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true })).SignedInAsync(userName);

    static async Task<Kpi> KpiAsync(ApiClient client, string id, string query = "period=2027&scope=kommune&audience=leder")
    {
        var overview = await client.ReadAsync<Overview>(await client.GetAsync($"/api/kpis?{query}"));
        return Assert.Single(overview.Items, k => k.Id == id);
    }

    [Fact]
    public async Task Should_count_a_receipt_on_the_sixth_working_day_across_Easter_as_on_time_and_the_next_morning_as_late()
    {
        var seed = await SeedAsync();
        // Tuesday 23 March 2027; Skærtorsdag, Langfredag and 2. påskedag (25, 26, 29 March) are not working days, so the
        // 6th working day is Monday 5 April (a count that forgot Easter would end on Wednesday 31 March).
        var onTime = await seed.CaseAsync("raadgiver@9901");
        var late = await seed.CaseAsync("raadgiver@9901");
        var anonymous = await seed.CaseAsync("raadgiver@9901");
        var received = Local(2027, 3, 23, 10);
        foreach (var sag in new[] { onTime, late, anonymous })
            await seed.UnderretningAsync(sag, received, sag == anonymous ? UnderretterType.Anonymous : UnderretterType.Professional);
        await seed.TaskAsync(onTime, "kvittering", received, Local(2027, 4, 5, 23, 59, 0));
        await seed.TaskAsync(late, "kvittering", received, Local(2027, 4, 6, 8));
        // The assessment: exactly 24 hours is on time, one minute more is late; the anonymous case's is never done.
        await seed.TaskAsync(onTime, "vurdering", received, received.AddHours(24));
        await seed.TaskAsync(late, "vurdering", received, received.AddHours(24).AddMinutes(1));
        await seed.TaskAsync(anonymous, "vurdering", received, null);
        using var leder = await SignedInAsync("leder@9901");

        var receipts = await KpiAsync(leder, "underretninger-kvitteret-6-hverdage");
        var assessed = await KpiAsync(leder, "underretninger-vurderet-24t");
        var count = await KpiAsync(leder, "underretninger-modtaget");

        Assert.Equal((1, 2, 50.0m), (receipts.Numerator, receipts.Denominator!.Value, receipts.Value!.Value));
        Assert.Equal((1, 3), (assessed.Numerator, assessed.Denominator!.Value));
        Assert.Equal(33.3m, assessed.Value);
        Assert.Equal(3, count.Value);
        Assert.Equal(new Breakdown("2027-03", "2027-03", 3, 3), Assert.Single(count.Breakdown));
        var behind = await leder.ReadAsync<DrillDown>(await leder.GetAsync("/api/kpis/underretninger-kvitteret-6-hverdage/cases?period=2027&scope=kommune"));
        Assert.Equal([onTime], behind.Cases.Select(c => c.SagId));
        var all = await leder.ReadAsync<DrillDown>(await leder.GetAsync("/api/kpis/underretninger-kvitteret-6-hverdage/cases?period=2027&scope=kommune&part=naevner"));
        Assert.Equal(new[] { onTime, late }.Order(), all.Cases.Select(c => c.SagId).Order());
    }

    [Fact]
    public async Task Should_count_an_undersoegelse_finished_on_the_last_day_of_four_months_as_on_time_and_one_day_later_as_late()
    {
        var seed = await SeedAsync();
        // Aware on 31 October 2026: four months later is 28 February 2027 (February is shorter, so its last day).
        var aware = Local(2026, 10, 31, 9);
        var lastDay = await seed.CaseAsync("raadgiver@9901");
        var dayAfter = await seed.CaseAsync("raadgiver@9901");
        var stillOpen = await seed.CaseAsync("raadgiver@9901");
        foreach (var sag in new[] { lastDay, dayAfter, stillOpen }) await seed.UndersoegelseAsync(sag, aware, Local(2027, 2, 28, 9));
        await seed.TaskAsync(lastDay, "undersoegelse", aware, Local(2027, 2, 28, 23, 30));
        await seed.TaskAsync(dayAfter, "undersoegelse", aware, Local(2027, 3, 1, 0, 30));
        await seed.TaskAsync(stillOpen, "undersoegelse", aware, null);
        using var leder = await SignedInAsync("leder@9901");

        var share = await KpiAsync(leder, "undersoegelser-4-maaneder");
        var open = await KpiAsync(leder, "undersoegelser-aabne");

        // The open one's deadline passed within 2027, so it counts against the share.
        Assert.Equal((1, 3), (share.Numerator, share.Denominator!.Value));
        Assert.Equal(new National(50, share.National!.Source), share.National);
        Assert.Equal(1, open.Value);
        var quarter = await KpiAsync(leder, "undersoegelser-4-maaneder", "period=2027-Q1&scope=kommune&audience=leder");
        Assert.Equal((1, 3), (quarter.Numerator, quarter.Denominator!.Value));
        var april = await KpiAsync(leder, "undersoegelser-4-maaneder", "period=2027-04&scope=kommune&audience=leder");
        Assert.Equal(0, april.Denominator);
        Assert.Null(april.Value);
    }

    [Fact]
    public async Task Should_show_a_caseworker_only_their_own_cases_and_a_leader_never_another_municipalitys()
    {
        var seed = await SeedAsync();
        var received = Local(2027, 2, 1, 10);
        var mine = await seed.CaseAsync("raadgiver@9901");
        var colleagues = await seed.CaseAsync("leder@9901");
        var otherMunicipality = await seed.CaseAsync("raadgiver@9902");
        foreach (var sag in new[] { mine, colleagues, otherMunicipality }) await seed.UnderretningAsync(sag, received);
        using var raadgiver = await SignedInAsync("raadgiver@9901");
        using var leder = await SignedInAsync("leder@9901");
        using var oekonomi = await SignedInAsync("oekonomi@9901");

        var own = await KpiAsync(raadgiver, "underretninger-modtaget", "period=2027&scope=egen&audience=raadgiver");
        var municipality = await KpiAsync(leder, "underretninger-modtaget");
        var forFinance = await KpiAsync(oekonomi, "underretninger-modtaget", "period=2027&scope=kommune&audience=ledelse");
        var refused = await raadgiver.GetAsync("/api/kpis?period=2027&scope=kommune");
        var financeDrill = await oekonomi.GetAsync("/api/kpis/underretninger-modtaget/cases?period=2027&scope=kommune");
        var drill = await leder.ReadAsync<DrillDown>(await leder.GetAsync("/api/kpis/underretninger-modtaget/cases?period=2027&scope=kommune"));

        Assert.Equal(1, own.Value);
        Assert.Equal(2, municipality.Value);
        Assert.Equal(2, forFinance.Value);
        await Problem.AssertAsync(refused, HttpStatusCode.Forbidden, "noegletal.scopeNotAllowed", "/scope");
        Assert.Equal(HttpStatusCode.Forbidden, financeDrill.StatusCode);
        Assert.Equal(new[] { mine, colleagues }.Order(), drill.Cases.Select(c => c.SagId).Order());
        await using var scope = (await FactoryAsync()).Services.CreateAsyncScope();
        var audited = await scope.ServiceProvider.GetRequiredService<VisitationDbContext>().AuditEntries.IgnoreQueryFilters()
            .Where(a => a.Action == "noegletal.drill").Select(a => a.SagId).ToListAsync();
        Assert.Equal(new[] { mine, colleagues }.Order(), audited.Order());
    }

    [Fact]
    public async Task Should_refuse_an_unknown_period_scope_or_audience_with_the_parameter_named()
    {
        using var leder = await SignedInAsync("leder@9901");

        var badPeriod = await leder.GetAsync("/api/kpis?period=2027-13");
        var badScope = await leder.GetAsync("/api/kpis?period=2027&scope=alle&audience=bestyrelse");
        var badPart = await leder.GetAsync("/api/kpis/aktive-sager/cases?part=alt");
        var unknownKpi = await leder.GetAsync("/api/kpis/ukendt/cases");
        var badQuality = await leder.GetAsync("/api/data-quality?scope=landet");

        await Problem.AssertAsync(badPeriod, HttpStatusCode.BadRequest, "noegletal.unknownPeriod", "/period");
        var errors = await Problem.AssertAsync(badScope, HttpStatusCode.BadRequest, "field.unknownValue", "/scope");
        Assert.Contains(errors, e => e.Path == "/audience");
        await Problem.AssertAsync(badPart, HttpStatusCode.BadRequest, "field.unknownValue", "/part");
        await Problem.AssertAsync(unknownKpi, HttpStatusCode.NotFound, "resource.notFound");
        await Problem.AssertAsync(badQuality, HttpStatusCode.BadRequest, "field.unknownValue", "/scope");
    }

    [Fact]
    public async Task Should_show_the_municipalitys_target_next_to_the_figure_and_let_only_leaders_and_administrators_set_it()
    {
        using var leder = await SignedInAsync("leder@9901");
        using var raadgiver = await SignedInAsync("raadgiver@9901");
        using var otherLeder = await SignedInAsync("leder@9902");

        var set = await leder.SendAsync(HttpMethod.Put, "/api/kpis/targets/undersoegelser-4-maaneder", new { target = 80 });
        var outOfRange = await leder.SendAsync(HttpMethod.Put, "/api/kpis/targets/undersoegelser-4-maaneder", new { target = 120 });
        var byCaseworker = await raadgiver.SendAsync(HttpMethod.Put, "/api/kpis/targets/undersoegelser-4-maaneder", new { target = 10 });

        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        await Problem.AssertAsync(outOfRange, HttpStatusCode.BadRequest, "field.outOfRange", "/target");
        Assert.Equal(HttpStatusCode.Forbidden, byCaseworker.StatusCode);
        Assert.Equal(80m, (await KpiAsync(leder, "undersoegelser-4-maaneder")).Target);
        Assert.Null((await KpiAsync(otherLeder, "undersoegelser-4-maaneder")).Target);
    }

    public sealed record Finding(string Kind, Guid SagId, string Sagsnummer, string Field, string Link);
    public sealed record Quality(string Scope, Dictionary<string, int> Counts, List<Finding> Findings);

    [Fact]
    public async Task Should_report_missing_and_filler_values_with_a_link_to_the_case()
    {
        var seed = await SeedAsync();
        var noCpr = await seed.CaseAsync("raadgiver@9901", "Ida Holm", cpr: null);
        var filler = await seed.CaseAsync("raadgiver@9901", "xx");
        var fine = await seed.CaseAsync("raadgiver@9901", "Otto Holm");
        var elsewhere = await seed.CaseAsync("raadgiver@9902", "x", cpr: null);
        await seed.UndersoegelseAsync(fine, Local(2027, 1, 4, 9), Local(2026, 12, 1, 9));
        using var leder = await SignedInAsync("leder@9901");

        var report = await leder.ReadAsync<Quality>(await leder.GetAsync("/api/data-quality?scope=kommune"));

        Assert.Contains(report.Findings, f => f is { Kind: "mangler-cpr", Field: "cpr" } && f.SagId == noCpr && f.Link == $"/sager/{noCpr}");
        Assert.Contains(report.Findings, f => f is { Kind: "fyldvaerdi", Field: "barnNavn" } && f.SagId == filler);
        Assert.Contains(report.Findings, f => f is { Kind: "frist-inkonsistent", Field: "undersoegelse.fristAt" } && f.SagId == fine && f.Link == $"/sager/{fine}/undersoegelse");
        Assert.DoesNotContain(report.Findings, f => f.SagId == elsewhere);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class NoegletalTestsOnSqlite(SqliteHostFixture host) : NoegletalTests(host);

[Collection(PostgresCollection.Name)]
public sealed class NoegletalTestsOnPostgres(PostgresHostFixture host) : NoegletalTests(host);
