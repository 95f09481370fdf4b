using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Visitation.Host.Features.Bevillinger;
using Visitation.Host.Tests.Infrastructure;
using Visitation.Workflows.Jobs;
using static Visitation.Host.Tests.Bevillinger.BevillingApi;

namespace Visitation.Host.Tests.Bevillinger;

/// <summary>
/// The expiry watch tells a case's flow once when a grant's end date comes within the notice (30 days by default), on a
/// host of its own whose clock the test moves, with the job run by hand.
/// </summary>
public abstract class BevillingExpiryTests(HostFixture host)
{
    readonly ManualClock clock = new(TestCalendar.Now);
    WebApplicationFactory<Program>? factory;

    async Task<WebApplicationFactory<Program>> FactoryAsync() => factory ??= host.CreateFactory(
        new Dictionary<string, string?>(await host.SeparateDatabaseAsync()) { ["Workflows:SchedulerEnabled"] = "false" }, clock: clock);

    async Task<ApiClient> SignedInAsync(string userName) =>
        await new ApiClient((await FactoryAsync()).CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true })).SignedInAsync(userName);

    async Task<string> RunWatchAsync()
    {
        var services = (await FactoryAsync()).Services;
        var job = services.GetServices<IRecurringJob>().OfType<BevillingExpiryJob>().Single();
        await using var scope = services.CreateAsyncScope();
        return await job.RunAsync(scope.ServiceProvider, clock.GetUtcNow(), CancellationToken.None);
    }

    /// <summary>Today in Denmark, where the municipalities' calendar runs.</summary>
    DateOnly Today() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen")).DateTime);

    [Fact]
    public async Task Should_tell_the_flow_once_when_the_grant_comes_within_the_notice()
    {
        var today = Today();
        using (var raadgiver = await SignedInAsync("raadgiver@0615"))
        using (var admin = await SignedInAsync("administrator@0615"))
        {
            var (caseId, indstillingId, _) = await CaseWithIndstillingAsync(raadgiver, "Gustav Lind", Familiebehandling(today.AddDays(1), today.AddDays(45)));
            var instanceId = await StartOnCaseAsync(admin, GrantThenExpiry(Flows.NewId("udloeb")), caseId, new { indstillingId = indstillingId.ToString() });

            var early = await RunWatchAsync();
            var notYet = await raadgiver.ReadAsync<List<Expiring>>(await raadgiver.GetAsync("/api/bevillinger/expiring"));
            Assert.Contains("0 grants", early);
            Assert.Empty(notYet);
            Assert.Equal("Suspended", (await admin.InstanceAsync(instanceId)).SubStatus);

            clock.Advance(TimeSpan.FromDays(20));
            var due = await RunWatchAsync();
            var again = await RunWatchAsync();
            using var raadgiverLater = await SignedInAsync("raadgiver@0615");
            using var adminLater = await SignedInAsync("administrator@0615");
            var expiring = Assert.Single(await raadgiverLater.ReadAsync<List<Expiring>>(await raadgiverLater.GetAsync("/api/bevillinger/expiring")));

            Assert.Contains("1 grants", due);
            Assert.Contains("0 grants", again);
            Assert.Equal((caseId, today.AddDays(45), 25), (expiring.Grant.CaseId, expiring.Grant.End!.Value, expiring.DaysLeft));
            Assert.NotNull(expiring.NotifiedAt);
            Assert.Equal("Finished", (await adminLater.InstanceAsync(instanceId)).SubStatus);
            Assert.Single(await adminLater.LinesAsync(instanceId), "udloeber");
        }
    }

    [Fact]
    public async Task Should_follow_the_municipalitys_own_notice()
    {
        var today = Today();
        using var raadgiver = await SignedInAsync("raadgiver@0410");
        using var admin = await SignedInAsync("administrator@0410");
        var settings = await admin.ReadAsync<BevillingSettingsView>(await admin.SendAsync(HttpMethod.Put, "/api/bevillinger/settings",
            new { resolverKind = "role", resolverId = "Leder", expiryNoticeDays = 60 }));
        var (caseId, indstillingId, _) = await CaseWithIndstillingAsync(raadgiver, "Hannah Lind", Familiebehandling(today.AddDays(1), today.AddDays(45)));
        await StartOnCaseAsync(admin, GrantThenExpiry(Flows.NewId("varsel")), caseId, new { indstillingId = indstillingId.ToString() });

        var due = await RunWatchAsync();
        var expiring = Assert.Single(await raadgiver.ReadAsync<List<Expiring>>(await raadgiver.GetAsync("/api/bevillinger/expiring")));

        Assert.Equal(60, settings.ExpiryNoticeDays);
        Assert.Contains("1 grants", due);
        Assert.Equal(45, expiring.DaysLeft);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class BevillingExpiryTestsOnSqlite(SqliteHostFixture host) : BevillingExpiryTests(host);

[Collection(PostgresCollection.Name)]
public sealed class BevillingExpiryTestsOnPostgres(PostgresHostFixture host) : BevillingExpiryTests(host);
