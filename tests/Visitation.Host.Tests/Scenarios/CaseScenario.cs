using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Visitation.Host.Features.Opgaver;
using Visitation.Host.Tests.Infrastructure;
using Visitation.Host.Tests.Opgaver;
using Visitation.Host.Tests.Sager;
using Visitation.Workflows.Jobs;

namespace Visitation.Host.Tests.Scenarios;

/// <summary>
/// The steps the scenarios share: a host on a database of its own and on a clock the story moves, the demo people
/// of a municipality signing in, an underretning arriving, and the work list as caseworkers and leaders use it.
/// The scheduler is off, so the escalation job runs when the story says so.
/// </summary>
public sealed class CaseScenario : IAsyncDisposable
{
    /// <summary>Kolding, one of the example municipalities with its demo people.</summary>
    public const string Kolding = "0621";

    /// <summary>Hvidovre, another municipality, whose people must see nothing of Kolding's cases.</summary>
    public const string Hvidovre = "0167";

    public const string Assessment = "vurdering";
    public const string Receipt = "kvittering";
    public const string Parents = "foraeldre";
    public const string Undersoegelse = "undersoegelse";

    public static readonly TimeZoneInfo Copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    CaseScenario(WebApplicationFactory<Program> factory, ManualClock clock)
    {
        Factory = factory;
        Clock = clock;
    }

    public WebApplicationFactory<Program> Factory { get; }

    public ManualClock Clock { get; }

    /// <summary>A host on a fresh database whose clock starts at <paramref name="now"/>.</summary>
    public static async Task<CaseScenario> StartAsync(HostFixture host, DateTimeOffset now, Action<IServiceCollection>? services = null,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        var clock = new ManualClock(now);
        var overrides = new Dictionary<string, string?>(await host.SeparateDatabaseAsync()) { ["Workflows:SchedulerEnabled"] = "false" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) overrides[key] = value;
        var factory = host.CreateFactory(overrides, clock: clock);
        if (services is not null) factory = factory.WithWebHostBuilder(builder => builder.ConfigureServices(services));
        return new CaseScenario(factory, clock);
    }

    /// <summary>
    /// Signs a person in. Sessions end after idle time on the host's clock, so after a jump of the clock people
    /// sign in again, as they would the next morning.
    /// </summary>
    public Task<ApiClient> SignInAsync(string userName, string password = "demo") =>
        new ApiClient(Factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true })).SignedInAsync(userName, password);

    /// <summary>The escalation job, run as the scheduler runs it at the clock's present time.</summary>
    public async Task<string> RunEscalationAsync()
    {
        var job = Factory.Services.GetServices<IRecurringJob>().OfType<WorkItemEscalationJob>().Single();
        await using var scope = Factory.Services.CreateAsyncScope();
        return await job.RunAsync(scope.ServiceProvider, Clock.GetUtcNow(), CancellationToken.None);
    }

    /// <summary>A teacher's underretning about one child, registered by the caseworker, who becomes tovholder unless another is named.</summary>
    public static async Task<UnderretningApi.RegisteredCase> UnderretningFromTeacherAsync(ApiClient caseworker, string childName, string cpr,
        DateTimeOffset receivedAt, string? tovholder = null) =>
        (await UnderretningApi.RegisterAsync(caseworker, [UnderretningApi.Child(childName, cpr)], receivedAt: receivedAt, tovholder: tovholder)).Cases.Single();

    /// <summary>The case's tasks as the caller's work list shows them, by the flow step that created them.</summary>
    public static async Task<Dictionary<string, TaskApi.WorkItem>> TasksOfCaseAsync(ApiClient client, Guid caseId) =>
        (await client.ListAsync($"?view=case&caseId={caseId}&take=500")).Items.ToDictionary(t => t.ActivityId);

    public static async Task<TaskApi.WorkItem> OpenTaskAsync(ApiClient client, Guid caseId, string step) =>
        Assert.Single((await client.ListAsync($"?view=case&caseId={caseId}&take=500")).Items, t => t.ActivityId == step && t.Status != "Completed");

    public static async Task<TaskApi.WorkItem> CompleteAsync(ApiClient client, TaskApi.WorkItem task, string action, object? data = null) =>
        await client.ReadAsync<TaskApi.WorkItem>(await client.CompleteAsync(task.Id, new { action, data = data ?? new { } }));

    /// <summary>A new person of the administrator's municipality, as the administrator creates them.</summary>
    public async Task<(string UserName, ApiClient Client)> NewColleagueAsync(ApiClient administrator, string prefix, string municipality, params string[] roles)
    {
        var userName = $"{prefix}{Guid.NewGuid():N}"[..(prefix.Length + 6)] + "@" + municipality;
        var response = await administrator.PostAsync("/api/users", new { username = userName, displayName = prefix, password = TaskApi.Password, roles });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (userName, await SignInAsync(userName, TaskApi.Password));
    }

    /// <summary>Creates a team and puts the people in it, keeping their competence levels.</summary>
    public static async Task TeamAsync(ApiClient administrator, string team, params string[] members)
    {
        (await administrator.PostAsync("/api/organisation/teams", new { id = team, name = "Team " + team })).EnsureSuccessStatusCode();
        foreach (var member in members)
        {
            var current = await OrganisationOfAsync(administrator, member);
            await TaskApi.SetOrganisationAsync(administrator, member, new { team, levels = current.Levels, experienced = current.Experienced });
        }
    }

    /// <summary>Marks a person absent from now on for two weeks, with a substitute, keeping their team and levels.</summary>
    public async Task AbsentAsync(ApiClient administrator, string userName, string substitute)
    {
        var current = await OrganisationOfAsync(administrator, userName);
        var now = Clock.GetUtcNow();
        await TaskApi.SetOrganisationAsync(administrator, userName, new
        {
            team = current.Team, levels = current.Levels, experienced = current.Experienced, substitute, absentFrom = now, absentTo = now.AddDays(14),
        });
    }

    static async Task<Organisation.OrganisationApi.UserOrganisation> OrganisationOfAsync(ApiClient administrator, string userName) =>
        (await administrator.ReadAsync<List<Organisation.OrganisationApi.UserOrganisation>>(await administrator.GetAsync("/api/organisation/users")))
        .Single(u => u.Username == userName);

    /// <summary>The local Copenhagen wall-clock time of an instant, as the caseworker reads a due date.</summary>
    public static DateTime Local(DateTimeOffset? instant) => TimeZoneInfo.ConvertTime(instant!.Value, Copenhagen).DateTime;

    public async ValueTask DisposeAsync() => await Factory.DisposeAsync();
}
