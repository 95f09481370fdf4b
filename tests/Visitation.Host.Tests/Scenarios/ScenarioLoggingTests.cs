using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Visitation.Host.Tests.Infrastructure;
using static Visitation.Host.Tests.Opgaver.TaskApi;
using static Visitation.Host.Tests.Scenarios.CaseScenario;
using static Visitation.Host.Tests.Sager.CaseApi;

namespace Visitation.Host.Tests.Scenarios;

/// <summary>A whole scenario on the work list, logged down to Debug, writes no CPR number to any log line, with or without its dash.</summary>
public abstract class ScenarioLoggingTests(HostFixture host)
{
    [Fact]
    public async Task Should_write_no_cpr_number_to_any_log_line_over_underretning_tasks_deadlines_and_a_substitute()
    {
        // Arrange: a host that logs everything into a sink we read; two siblings with CPR numbers.
        var sink = new LogCapture();
        var receivedAt = Sager.UnderretningApi.BeforeEaster2027;
        await using var scenario = await StartAsync(host, receivedAt.AddHours(1), services => services.AddSingleton<ILogEventSink>(sink),
            new Dictionary<string, string?>
            {
                ["Serilog:MinimumLevel:Default"] = "Debug",
                ["Serilog:MinimumLevel:Override:Microsoft.AspNetCore"] = "Debug",
                ["Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore"] = "Debug",
            });
        var cprs = new[] { NewCpr(), NewCpr() };
        var caseworkerName = $"raadgiver@{Kolding}";

        // Act: registration, search, case page, work list, a refused completion, an assessment, a missed deadline, a substitute.
        using var caseworker = await scenario.SignInAsync(caseworkerName);
        using var administrator = await scenario.SignInAsync($"administrator@{Kolding}");
        var (colleagueName, _) = await scenario.NewColleagueAsync(administrator, "kollega", Kolding, "Raadgiver");
        var registered = await Sager.UnderretningApi.RegisterAsync(caseworker,
            [Sager.UnderretningApi.Child("Gry Holm", cprs[0]), Sager.UnderretningApi.Child("Gustav Holm", cprs[1])], receivedAt: receivedAt);
        await caseworker.PostAsync("/api/cases/search", new { cpr = cprs[0] });
        await caseworker.PostAsync("/api/cases/search", new { cpr = cprs[1].Replace("-", "") });
        await caseworker.PostAsync("/api/cases", new { child = new { name = "Gry Holm", cpr = cprs[0] } });
        var first = registered.Cases[0].CaseId;
        await caseworker.GetAsync($"/api/cases/{first}");
        await caseworker.ListAsync("?view=mine&take=500");
        var assessment = await OpenTaskAsync(caseworker, first, Assessment);
        await caseworker.CompleteAsync(assessment.Id, new { action = "undersoegelse", data = new { begrundelse = 17 } });
        await CompleteAsync(caseworker, assessment, "undersoegelse", new { begrundelse = "Bekymring" });
        scenario.Clock.Advance(TimeSpan.FromDays(2));
        await scenario.RunEscalationAsync();
        using var administratorLater = await scenario.SignInAsync($"administrator@{Kolding}");
        await scenario.AbsentAsync(administratorLater, caseworkerName, colleagueName);
        await scenario.RunEscalationAsync();
        using var substitute = await scenario.SignInAsync(colleagueName, Password);
        await CompleteAsync(substitute, await OpenTaskAsync(substitute, registered.Cases[1].CaseId, Assessment), "ingen-handling", new { begrundelse = "Ingen" });
        await substitute.GetAsync($"/api/cases/{registered.Cases[1].CaseId}");

        // Assert
        Assert.Contains(sink.Lines, line => line.Contains("/api/tasks", StringComparison.Ordinal));
        Assert.All(sink.Lines, line =>
        {
            foreach (var cpr in cprs)
            {
                Assert.DoesNotContain(cpr, line);
                Assert.DoesNotContain(cpr.Replace("-", ""), line);
            }
        });
    }
}

[Collection(Sager.CprLoggingCollection.Name)]
public sealed class ScenarioLoggingTestsOnSqlite(SqliteHostFixture host) : ScenarioLoggingTests(host);

[Collection(Sager.CprLoggingCollection.Name)]
public sealed class ScenarioLoggingTestsOnPostgres(PostgresHostFixture host) : ScenarioLoggingTests(host);
