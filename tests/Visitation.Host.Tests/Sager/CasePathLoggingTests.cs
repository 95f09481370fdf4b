using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Visitation.Host.Tests.Infrastructure;

namespace Visitation.Host.Tests.Sager;

/// <summary>The whole case path, logged down to Debug, writes no CPR number (nor its sequence digits) to any log line.</summary>
public abstract class CasePathLoggingTests(HostFixture host)
{
    [Fact]
    public async Task Should_write_no_cpr_number_to_any_log_line_from_underretning_to_decision()
    {
        var sink = new LogCapture();
        await using var factory = host.CreateFactory(new Dictionary<string, string?>(host.OwnDatabase())
            {
                ["Serilog:MinimumLevel:Default"] = "Debug",
                ["Serilog:MinimumLevel:Override:Microsoft.AspNetCore"] = "Debug",
                ["Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore"] = "Debug",
            })
            .WithWebHostBuilder(builder => builder.ConfigureServices(services => services.AddSingleton<ILogEventSink>(sink)));
        ApiClient Client() => new(factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true }));
        using var raadgiver = await Client().SignedInAsync("raadgiver@0621");
        using var admin = await Client().SignedInAsync("administrator@0621");
        var cpr = CaseApi.NewCpr();
        var later = CaseApi.NewCpr();

        var registered = await UnderretningApi.RegisterAsync(raadgiver, [UnderretningApi.Child("Lea Mørk", cpr)]);
        var caseId = registered.Cases[0].CaseId;
        await raadgiver.PostAsync("/api/cases/search", new { cpr });
        await raadgiver.GetAsync($"/api/cases/{caseId}");
        await raadgiver.PostAsync("/api/cases", new { child = new { name = "Lea Mørk", cpr } });
        var unborn = await raadgiver.ReadAsync<CaseApi.CaseSummary>(await raadgiver.PostAsync("/api/cases",
            new { child = new { name = "Ufødt", dateOfBirth = "2027-06-01", unborn = true } }), HttpStatusCode.Created);
        await raadgiver.SendAsync(HttpMethod.Put, $"/api/cases/{unborn.Id}/cpr", new { cpr = later });
        await UnderretningApi.CompleteAsync(admin, registered.Cases[0].WorkflowInstanceId!, "vurdering", "undersoegelse", new { begrundelse = "Bekymring" });
        await UnderretningApi.CompleteAsync(admin, registered.Cases[0].WorkflowInstanceId!, "undersoegelse", "indstilling");
        var draft = await raadgiver.ReadAsync<DecisionTests.Indstilling>(await raadgiver.PostAsync($"/api/cases/{caseId}/indstillinger", new
        {
            needs = "Behov", measure = new { type = "familiebehandling", legalBasis = "BL-32", providerKind = "intern" },
            scope = new { quantity = 2, unit = "timer-pr-maaned", unitPrice = 800 }, start = "2026-12-01", goals = new[] { "Mål" }, followUpCadence = "P3M",
        }), HttpStatusCode.Created);
        await raadgiver.PostAsync($"/api/cases/{caseId}/indstillinger/{draft.Id}/submit", null);
        var hearing = (await Opgaver.TaskApi.ListAsync(raadgiver, $"?view=case&caseId={caseId}")).Items.Single(t => t.ActivityId == "partshoering");
        await Opgaver.TaskApi.CompleteAsync(raadgiver, hearing.Id, new { action = "gennemfoert", data = new { begrundelse = "Hørt" } });
        var decision = await raadgiver.ReadAsync<DecisionTests.Decision>(await raadgiver.PostAsync($"/api/cases/{caseId}/indstillinger/{draft.Id}/decision",
            new { outcome = "Bevilget", rationale = "Ok" }));
        await raadgiver.GetAsync($"/api/cases/{caseId}/decisions/{decision.Id}/letter");

        Assert.Contains(sink.Lines, line => line.Contains("/api/cases", StringComparison.Ordinal));
        Assert.All(sink.Lines, line =>
        {
            foreach (var number in new[] { cpr, later })
            {
                Assert.DoesNotContain(number, line);
                Assert.DoesNotContain(number.Replace("-", ""), line);
            }
        });
    }
}

[Collection(Sager.CprLoggingCollection.Name)]
public sealed class CasePathLoggingTestsOnSqlite(SqliteHostFixture host) : CasePathLoggingTests(host);

[Collection(Sager.CprLoggingCollection.Name)]
public sealed class CasePathLoggingTestsOnPostgres(PostgresHostFixture host) : CasePathLoggingTests(host);
