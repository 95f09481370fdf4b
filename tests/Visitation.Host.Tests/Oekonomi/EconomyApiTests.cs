using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Visitation.Host.Features.Oekonomi;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Tests.Infrastructure;
using Visitation.Host.Tests.Sager;
using Visitation.Workflows.Jobs;

namespace Visitation.Host.Tests.Oekonomi;

/// <summary>
/// Budget, actuals import, variance and the monthly forecast snapshot through the API, each test on a database of its own
/// (the snapshot job runs over every municipality) with a clock the test holds.
/// </summary>
public abstract class EconomyApiTests(HostFixture host)
{
    readonly ManualClock clock = new(new DateTimeOffset(2026, 3, 15, 10, 0, 0, TimeSpan.Zero));
    IReadOnlyDictionary<string, string?>? settings;
    WebApplicationFactory<Program>? factory;

    async Task<WebApplicationFactory<Program>> FactoryAsync()
    {
        settings ??= new Dictionary<string, string?>(await host.SeparateDatabaseAsync()) { ["Workflows:SchedulerEnabled"] = "false" };
        return factory ??= host.CreateFactory(settings, clock: clock);
    }

    async Task<ApiClient> SignedInAsync(string userName) =>
        await new ApiClient((await FactoryAsync()).CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true })).SignedInAsync(userName);

    static object Line(string area, string type, decimal count, decimal price) => new { policyArea = area, measureType = type, count, averagePrice = price };

    static object File(string content) => new { fileName = "oekonomi-2026.csv", content };

    [Fact]
    public async Task Should_let_economy_staff_keep_the_budget_with_versions_and_leaders_read_it()
    {
        using var oekonomi = await SignedInAsync("oekonomi@0615");
        using var leder = await SignedInAsync("leder@0615");
        using var raadgiver = await SignedInAsync("raadgiver@0615");
        using var other = await SignedInAsync("oekonomi@0410");

        var first = await oekonomi.ReadAsync<BudgetView>(await oekonomi.SendAsync(HttpMethod.Put, "/api/economy/budgets/2026",
            new { lines = new[] { Line("forebyggelse", "familiebehandling", 10m, 120_000m), Line("anbringelse", "anbringelse", 2.5m, 1_000_000.01m) } }));
        var second = await oekonomi.ReadAsync<BudgetView>(await oekonomi.SendAsync(HttpMethod.Put, "/api/economy/budgets/2026",
            new { lines = new[] { Line("forebyggelse", "familiebehandling", 12m, 120_000m), Line("anbringelse", "anbringelse", 2.5m, 1_000_000.01m) } }));
        var read = await leder.ReadAsync<BudgetView>(await leder.GetAsync("/api/economy/budgets/2026"));
        var refusedWrite = await leder.SendAsync(HttpMethod.Put, "/api/economy/budgets/2026", new { lines = Array.Empty<object>() });
        var refusedRead = await raadgiver.GetAsync("/api/economy/budgets/2026");
        var otherMunicipality = await other.ReadAsync<BudgetView>(await other.GetAsync("/api/economy/budgets/2026"));
        var bad = await oekonomi.SendAsync(HttpMethod.Put, "/api/economy/budgets/2026",
            new { lines = new[] { Line("forebyggelse", "familiebehandling", 1m, 1.005m), Line("forebyggelse", "familiebehandling", 1m, 1m) } });
        var afterBad = await leder.ReadAsync<BudgetView>(await leder.GetAsync("/api/economy/budgets/2026"));

        Assert.Equal(3_700_000.03m, first.Total);           // 1,200,000 + 2.5 × 1,000,000.01 = 2,500,000.025 → 2,500,000.03
        Assert.Equal(3_940_000.03m, second.Total);
        Assert.Equal(2, read.Lines.Single(l => l.MeasureType == "familiebehandling").Version);
        Assert.Equal(1, read.Lines.Single(l => l.MeasureType == "anbringelse").Version);
        Assert.Equal(3, read.History.Count);
        Assert.All(read.History, h => Assert.Equal("oekonomi@0615", h.ChangedBy));
        Assert.Equal([new PolicyAreaTotal("forebyggelse", 1_440_000m), new PolicyAreaTotal("anbringelse", 2_500_000.03m)], read.PolicyAreas);
        Assert.Equal(HttpStatusCode.Forbidden, refusedWrite.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refusedRead.StatusCode);
        Assert.Empty(otherMunicipality.Lines);
        await Problem.AssertAsync(bad, HttpStatusCode.BadRequest, "field.tooManyDecimals", "/lines/0/averagePrice");
        await Problem.AssertAsync(bad, HttpStatusCode.BadRequest, "budget.duplicateMeasureType", "/lines/1/measureType");
        Assert.Equal(second.Total, afterBad.Total);
    }

    [Fact]
    public async Task Should_import_nothing_from_a_file_with_errors_and_report_each_line_without_the_cpr()
    {
        using var raadgiver = await SignedInAsync("raadgiver@0615");
        using var oekonomi = await SignedInAsync("oekonomi@0615");
        using var leder = await SignedInAsync("leder@0615");
        var cprA = CaseApi.NewCpr();
        var cprB = CaseApi.NewCpr();
        var unknown = "010203-4999";
        await CaseApi.RegisterAsync(raadgiver, "Alma Skov", cprA);
        await CaseApi.RegisterAsync(raadgiver, "Bertram Skov", cprB);
        await oekonomi.SendAsync(HttpMethod.Put, "/api/economy/budgets/2026", new { lines = new[] { Line("forebyggelse", "familiebehandling", 1m, 24_000m) } });
        var wrong = $"cpr;indsats;maaned;beloeb\n{cprA};familiebehandling;2026-01;2.000,50\n{unknown};familiebehandling;2026-01;100,00\n"
                    + $"{cprB};ridning;2026-01;10\n{cprB};familiebehandling;januar;10\n{cprB};familiebehandling;2026-01;12.34\n";
        var good = $"cpr;indsats;maaned;beloeb\n{cprA};familiebehandling;2026-01;2.000,50\n{cprB};familiebehandling;2026-01;2000\n";

        var previewResponse = await oekonomi.PostAsync("/api/economy/actuals/preview", File(wrong));
        var previewText = await previewResponse.Content.ReadAsStringAsync();
        var preview = await oekonomi.ReadAsync<ActualsPreviewView>(previewResponse);
        var refused = await oekonomi.PostAsync("/api/economy/actuals/imports", File(wrong));
        var refusedText = await refused.Content.ReadAsStringAsync();
        var nothing = await leder.ReadAsync<VarianceView>(await leder.GetAsync("/api/economy/variances/2026"));
        var imported = await oekonomi.ReadAsync<ActualsImportView>(await oekonomi.PostAsync("/api/economy/actuals/imports", File(good)));
        var variance = await leder.ReadAsync<VarianceView>(await leder.GetAsync("/api/economy/variances/2026"));
        var leaderImport = await leder.PostAsync("/api/economy/actuals/imports", File(good));

        Assert.False(preview.Valid);
        Assert.Equal([(3, "cpr"), (4, "indsats"), (5, "maaned"), (6, "beloeb")], preview.Errors.Select(e => (e.Line, e.Column!)));
        Assert.Equal("actuals.unknownChild", preview.Errors[0].Code);
        await Problem.AssertAsync(refused, HttpStatusCode.UnprocessableEntity, "actuals.rejected", "/content");
        foreach (var text in new[] { previewText, refusedText })
        {
            Assert.DoesNotContain(unknown, text);
            Assert.DoesNotContain(cprB, text);
            Assert.DoesNotContain(cprB.Replace("-", ""), text);
        }
        Assert.Contains("Linje 3", refusedText);
        Assert.Equal(0m, nothing.ActualsToDate);
        Assert.Equal((2, 4_000.50m), (imported.Lines, imported.Total));
        Assert.Equal(["2026-01"], imported.Months);
        var row = Assert.Single(variance.MeasureTypes);
        // 1 child budgeted at 2,000 a month; 2 child-months for 4,000.50.
        Assert.Equal((2_000.00m, 4_000.50m, 2_000.50m, 2_000.00m, 0.50m), (row.BudgetToDate, row.ActualsToDate, row.Variance, row.VolumeEffect, row.PriceEffect));
        Assert.Equal(HttpStatusCode.Forbidden, leaderImport.StatusCode);
    }

    [Fact]
    public async Task Should_replace_a_month_when_it_is_imported_again()
    {
        using var raadgiver = await SignedInAsync("raadgiver@0615");
        using var oekonomi = await SignedInAsync("oekonomi@0615");
        var cpr = CaseApi.NewCpr();
        await CaseApi.RegisterAsync(raadgiver, "Carla Skov", cpr);
        await oekonomi.PostAsync("/api/economy/actuals/imports", File($"cpr;indsats;maaned;beloeb\n{cpr};aflastning;2026-01;1.000,00\n{cpr};aflastning;2026-02;1.000,00\n"));

        var preview = await oekonomi.ReadAsync<ActualsPreviewView>(await oekonomi.PostAsync("/api/economy/actuals/preview",
            File($"cpr;indsats;maaned;beloeb\n{cpr};aflastning;2026-02;1.500,00\n")));
        await oekonomi.ReadAsync<ActualsImportView>(await oekonomi.PostAsync("/api/economy/actuals/imports", File($"cpr;indsats;maaned;beloeb\n{cpr};aflastning;2026-02;1.500,00\n")));
        var variance = await oekonomi.ReadAsync<VarianceView>(await oekonomi.GetAsync("/api/economy/variances/2026"));
        var imports = await oekonomi.ReadAsync<List<ActualsImportView>>(await oekonomi.GetAsync("/api/economy/actuals/imports"));

        var month = Assert.Single(preview.Months);
        Assert.Equal((1, 1_500.00m, 1, 1_000.00m), (month.Lines, month.Total, month.ExistingLines, month.ExistingTotal));
        Assert.Equal((2, 2_500.00m), (variance.Months, variance.ActualsToDate));
        Assert.Equal(2, imports.Count);
    }

    [Fact]
    public async Task Should_take_one_forecast_snapshot_a_month_when_two_nodes_run_the_scheduler()
    {
        using var oekonomi = await SignedInAsync("oekonomi@0615");
        await oekonomi.SendAsync(HttpMethod.Put, "/api/economy/budgets/2026", new { lines = new[] { Line("forebyggelse", "familiebehandling", 1m, 24_000m) } });
        var first = (await FactoryAsync()).Services;
        // PostgreSQL: a second host on the same database; SQLite is single-node (D4), so its second run is a second scheduler pass in the same host.
        var second = host.SeveralNodes ? host.CreateFactory(settings, clock: clock).Services : first;
        var runners = new[] { first.GetRequiredService<RecurringJobRunner>(), second.GetRequiredService<RecurringJobRunner>() };
        await runners[0].RunDueAsync(clock.GetUtcNow(), CancellationToken.None);   // schedules the jobs: nothing is due on 15 March

        clock.Set(new DateTimeOffset(2026, 4, 1, 6, 0, 0, TimeSpan.Zero));
        await Task.WhenAll(runners.Select(r => r.RunDueAsync(clock.GetUtcNow(), CancellationToken.None)));
        await Task.WhenAll(runners.Select(r => r.RunDueAsync(clock.GetUtcNow(), CancellationToken.None)));
        using var leder = await SignedInAsync("leder@0615");
        var accuracy = await leder.ReadAsync<ForecastAccuracyView>(await leder.GetAsync("/api/economy/forecasts/2026/accuracy"));
        await using var scope = first.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VisitationDbContext>();
        var april = await db.ForecastSnapshots.IgnoreQueryFilters().CountAsync(s => s.Aar == 2026 && s.Maaned == 4);
        var municipalities = await db.Kommuner.CountAsync();

        Assert.Equal(municipalities, april);
        var snapshot = Assert.Single(accuracy.Snapshots);
        Assert.Equal((4, 24_000.00m), (snapshot.Month, snapshot.Budget));
        Assert.False(accuracy.Complete);
        Assert.Null(accuracy.AccuracyPercent);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class EconomyApiTestsOnSqlite(SqliteHostFixture host) : EconomyApiTests(host);

[Collection(PostgresCollection.Name)]
public sealed class EconomyApiTestsOnPostgres(PostgresHostFixture host) : EconomyApiTests(host);
