using System.Data.Common;
using System.Diagnostics;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Visitation.Host.Features.Bevillinger;
using Visitation.Host.Features.Oekonomi;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Visitation.Host.Tests.Oekonomi;

/// <summary>
/// The forecast's query and arithmetic for a municipality with 10 years of history against one with one year (goal: within 2×), on a
/// database of its own. Each year has 1,500 grants (3 to 24 months) and a line of actuals per grant and month; both municipalities have the
/// same grants running now, the one with ten years has nine more years of ended grants and actuals behind them.
/// Rounds alternate the two sides in ABBA slices; the figure is the median of the round ratios; the query plans of the two main
/// queries are printed. A benchmark driver, not a test: <c>benchmarks/economy/run.sh</c> runs it.
/// </summary>
public abstract class ForecastHistoryBenchmark(HostFixture host, ITestOutputHelper output)
{
    const int GrantsPerYear = 1_500;
    static readonly DateOnly Today = new(2026, 6, 15);
    static readonly string[] Types = ["familiebehandling", "aflastning", "anbringelse", "kontaktperson", "praktisk-paedagogisk-stoette", "tidlig-forebyggende-indsats", "andet"];

    [Fact]
    [Trait("Category", "Benchmark")]
    public async Task Measure()
    {
        var rounds = int.TryParse(Environment.GetEnvironmentVariable("VISITATION_FORECAST_ROUNDS"), out var r) ? Math.Max(5, r) : 7;
        var factory = host.CreateFactory(new Dictionary<string, string?>(await host.SeparateDatabaseAsync()) { ["Workflows:SchedulerEnabled"] = "false" });
        var services = factory.Services;
        Guid longId, shortId;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<VisitationDbContext>();
            longId = (await db.Kommuner.SingleAsync(k => k.Code == "0615")).Id;
            shortId = (await db.Kommuner.SingleAsync(k => k.Code == "0410")).Id;
        }
        var laid = Stopwatch.StartNew();
        var (longGrants, longLines) = await LayDownAsync(services, longId, Today.AddYears(-10));
        var (shortGrants, shortLines) = await LayDownAsync(services, shortId, Today.AddYears(-1));
        output.WriteLine($"{host.Provider}: laid down 10 years ({longGrants} grants, {longLines} lines of actuals) and 1 year ({shortGrants} grants, {shortLines} lines) in {laid.Elapsed.TotalSeconds:F0} s");

        ForecastView? longView = null, shortView = null;
        for (var i = 0; i < 5; i++)
        {
            longView = await ForecastAsync(services, longId);
            shortView = await ForecastAsync(services, shortId);
        }
        output.WriteLine($"forecast 2026, 10 years: {longView!.Forecast:N2} kr. from {longView.MeasureTypes.Count} types; 1 year: {shortView!.Forecast:N2} kr.");

        var ratios = new List<double>();
        for (var round = 1; round <= rounds; round++)
        {
            var time = new Dictionary<bool, (double Ms, int Calls)> { [true] = (0, 0), [false] = (0, 0) };
            foreach (var isLong in new[] { true, false, false, true, true, false, false, true })
            {
                var watch = Stopwatch.StartNew();
                var calls = 0;
                while (watch.ElapsedMilliseconds < 250 || calls < 2)
                {
                    await ForecastAsync(services, isLong ? longId : shortId);
                    calls++;
                }
                var (ms, count) = time[isLong];
                time[isLong] = (ms + watch.Elapsed.TotalMilliseconds, count + calls);
            }
            var longMs = time[true].Ms / time[true].Calls;
            var shortMs = time[false].Ms / time[false].Calls;
            ratios.Add(longMs / shortMs);
            output.WriteLine($"round {round}: 10 years {longMs:F2} ms, 1 year {shortMs:F2} ms per forecast, ratio {longMs / shortMs:F2}");
        }
        ratios.Sort();
        var median = ratios[ratios.Count / 2];
        output.WriteLine($"{host.Provider}: median ratio 10 years / 1 year = {median:F2} (goal ≤ 2)");

        var plans = new StringBuilder();
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<VisitationDbContext>();
            plans.AppendLine("-- grants of the year and the inflow window").AppendLine(await PlanAsync(db, EconomyData.GrantsQuery(db, longId, 2026, Today)));
            plans.AppendLine("-- actuals of the year per type and month").AppendLine(await PlanAsync(db,
                db.ActualLines.IgnoreQueryFilters().AsNoTracking().Where(a => a.KommuneId == longId && a.Aar == 2026)
                    .GroupBy(a => new { a.IndsatsType, a.Maaned }).Select(g => new { g.Key.IndsatsType, g.Key.Maaned, Sum = g.Sum(a => a.BeloebOere), Count = g.Count() })));
        }
        output.WriteLine(plans.ToString());
        var folder = Path.Combine(RepositoryRoot(), "artifacts", "benchmarks");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, $"forecast-{host.Provider.ToLowerInvariant()}.txt"),
            $"median ratio {median:F2}; rounds {string.Join(", ", ratios.Select(x => x.ToString("F2")))}\n{plans}");
    }

    static async Task<ForecastView> ForecastAsync(IServiceProvider services, Guid kommuneId)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VisitationDbContext>();
        return ForecastCalculator.Compute(await EconomyData.ForecastInputsAsync(db, kommuneId, 2026, Today, CancellationToken.None));
    }

    /// <summary>
    /// Grants and actuals written straight into the tables (their cases and indstillinger are not needed by the forecast, so the foreign
    /// keys are off for this connection). Both municipalities get the same ten years from the same generator; each keeps what its history
    /// holds since <paramref name="historyFrom"/>, so both have the same grants running now and differ only in the history behind them.
    /// Grants started before 2025 have all ended; later ones are open-ended one time in ten.
    /// </summary>
    async Task<(int Grants, int Lines)> LayDownAsync(IServiceProvider services, Guid kommuneId, DateOnly historyFrom)
    {
        var random = new Random(42);
        const int years = 10;
        var grantCount = 0;
        var lineCount = 0;
        for (var year = 2027 - years; year <= 2026; year++)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<VisitationDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            await db.Database.OpenConnectionAsync();
            await db.Database.ExecuteSqlRawAsync(host.Provider == "Sqlite" ? "PRAGMA foreign_keys = OFF" : "SET session_replication_role = replica");
            var importId = Guid.NewGuid();
            db.ActualsImports.Add(new ActualsImport { Id = importId, KommuneId = kommuneId, FilNavn = $"{year}.csv", Maaneder = "", ImporteretAf = "benchmark", ImporteretAt = DateTimeOffset.UtcNow });
            var lines = new List<ActualLine>();
            for (var i = 0; i < GrantsPerYear; i++)
            {
                var start = new DateOnly(year, 1, 1).AddDays(random.Next(0, 365));
                var openEnded = random.Next(10) == 0 && year >= 2025;
                DateOnly? end = openEnded ? null : start.AddMonths(random.Next(3, 25)).AddDays(-1);
                var type = Types[random.Next(Types.Length)];
                var monthly = random.Next(2_000, 60_000);
                var sagId = Guid.NewGuid();
                if (end is { } over && over < historyFrom) continue;
                db.Bevillinger.Add(new Bevilling
                {
                    Id = Guid.NewGuid(), KommuneId = kommuneId, SagId = sagId, IndstillingId = Guid.NewGuid(), IndsatsType = type, Lovgrundlag = "BL-32",
                    Omfang = 1, Enhed = CostRule.KrPrMaaned, EnhedsprisOere = monthly * 100L, Start = start, Slut = end, HandlekommuneKode = "0615",
                    BetalingskommuneKode = "0615", BevilgetAf = "benchmark", BevilgetAt = DateTimeOffset.UtcNow,
                    Status = end is { } e && e < Today ? BevillingStatus.Afsluttet : BevillingStatus.Aktiv,
                });
                grantCount++;
                var last = end is { } stop && stop < Today ? stop : Today.AddDays(-Today.Day);
                for (var month = new DateOnly(start.Year, start.Month, 1); month <= last; month = month.AddMonths(1))
                    if (month >= new DateOnly(historyFrom.Year, historyFrom.Month, 1)) lines.Add(new ActualLine { KommuneId = kommuneId, ImportId = importId, Aar = month.Year, Maaned = month.Month, SagId = sagId, IndsatsType = type, BeloebOere = monthly * 100L });
            }
            db.ActualLines.AddRange(lines);
            lineCount += lines.Count;
            await db.SaveChangesAsync();
        }
        return (grantCount, lineCount);
    }

    async Task<string> PlanAsync<T>(VisitationDbContext db, IQueryable<T> query)
    {
        await using var command = query.CreateDbCommand();
        command.CommandText = (host.Provider == "Sqlite" ? "EXPLAIN QUERY PLAN " : "EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) ") + command.CommandText;
        await db.Database.OpenConnectionAsync();
        await using DbDataReader reader = await command.ExecuteReaderAsync();
        var text = new StringBuilder();
        while (await reader.ReadAsync())
            text.AppendLine(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetValue(i)?.ToString())));
        return text.ToString();
    }

    static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Visitation.sln"))) return dir.FullName;
        throw new InvalidOperationException("No Visitation.sln above the test assembly.");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ForecastHistoryBenchmarkOnSqlite(SqliteHostFixture host, ITestOutputHelper output) : ForecastHistoryBenchmark(host, output);

[Collection(PostgresCollection.Name)]
public sealed class ForecastHistoryBenchmarkOnPostgres(PostgresHostFixture host, ITestOutputHelper output) : ForecastHistoryBenchmark(host, output);
