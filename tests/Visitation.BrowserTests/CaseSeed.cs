using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Visitation.BrowserTests;

/// <summary>
/// What other roles do in their own workspaces before a meeting, done through the API: a caseworker registers an underretning,
/// investigates and submits an indstilling whose partshøring is done, so the case flow puts it on the forum's next meeting.
/// </summary>
public sealed class CaseSeed : IDisposable
{
    private readonly HttpClient _caseworker;
    private readonly HttpClient _administrator;

    private CaseSeed(HttpClient caseworker, HttpClient administrator)
    {
        _caseworker = caseworker;
        _administrator = administrator;
    }

    public sealed record QueuedCase(Guid CaseId, string CaseNumber, string Child, Guid ForumId, Guid MeetingId, DateOnly MeetingDate, string Cpr = "");

    public static async Task<CaseSeed> ForAsync(Uri baseAddress, string kommune) =>
        new(await SignInAsync(baseAddress, $"raadgiver@{kommune}"), await SignInAsync(baseAddress, $"administrator@{kommune}"));

    /// <summary>A case just registered from a professional's underretning: its id and case number.</summary>
    public async Task<(Guid CaseId, string CaseNumber)> RegisteredAsync(string child)
    {
        var now = DateTimeOffset.UtcNow;
        var registered = await ReadAsync(await _caseworker.PostAsJsonAsync("/api/cases/underretninger", new
        {
            notifierType = "Professional",
            notifier = new { name = "Sundhedsplejerske Mette Lund", organisation = "Sundhedsplejen", contact = "ml@sundhedsplejen.dk" },
            receivedAt = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, TimeSpan.Zero).AddHours(-1),
            content = "Barnet virker træt og uplejet.",
            children = new[] { new { child = new { name = child, cpr = NewCpr() }, custodyHolders = new[] { new { name = "Mor " + child, relation = "mor" } } } },
        }));
        var created = registered["cases"]![0]!;
        return (created["caseId"]!.GetValue<Guid>(), created["caseNumber"]!.GetValue<string>());
    }

    /// <summary>A case whose indstilling of <paramref name="hoursAMonth"/> hours of family therapy a month at <paramref name="hourlyPrice"/> kr. waits on a meeting.</summary>
    public async Task<QueuedCase> QueuedAsync(string child, decimal hoursAMonth, decimal hourlyPrice, DateOnly start, DateOnly end, string providerKind = "intern")
    {
        var now = DateTimeOffset.UtcNow;
        var cpr = NewCpr();
        var registered = await ReadAsync(await _caseworker.PostAsJsonAsync("/api/cases/underretninger", new
        {
            notifierType = "Professional",
            notifier = new { name = "Lærer Hanne Krog", organisation = "Nordskolen", contact = "hk@nordskolen.dk" },
            receivedAt = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, TimeSpan.Zero).AddHours(-1),
            content = "Barnet kommer ofte sultent i skole.",
            children = new[] { new { child = new { name = child, cpr }, custodyHolders = new[] { new { name = "Far " + child, relation = "far" } } } },
        }));
        var created = registered["cases"]![0]!;
        var caseId = created["caseId"]!.GetValue<Guid>();
        var flowId = created["workflowInstanceId"]!.GetValue<string>();
        await ResumeAsync(flowId, "vurdering", "undersoegelse", new { begrundelse = "Bekymring for trivsel" });
        await ResumeAsync(flowId, "undersoegelse", "indstilling", new { });
        var draft = await ReadAsync(await _caseworker.PostAsJsonAsync($"/api/cases/{caseId}/indstillinger", new
        {
            needs = "Familien har brug for hjælp til struktur i hverdagen.",
            measure = new { type = "familiebehandling", legalBasis = "BL-32", provider = "Familiecentret Kystvejen", providerKind },
            scope = new { quantity = hoursAMonth, unit = "timer-pr-maaned", unitPrice = hourlyPrice },
            start = start.ToString("yyyy-MM-dd"),
            expectedEnd = end.ToString("yyyy-MM-dd"),
            goals = new[] { "Faste rutiner morgen og aften" },
            followUpCadence = "P3M",
            gates = new { barnetsPlan = true, boernesamtale = true, familieraadslagning = true },
        }));
        await ReadAsync(await _caseworker.PostAsync($"/api/cases/{caseId}/indstillinger/{draft["id"]}/submit", null));
        var tasks = await ReadAsync(await _caseworker.GetAsync($"/api/tasks?view=case&caseId={caseId}&take=500"));
        var hearing = tasks["items"]!.AsArray().Single(t => t!["activityId"]!.GetValue<string>() == "partshoering" && t["status"]!.GetValue<string>() != "Completed")!;
        await ReadAsync(await _caseworker.PostAsJsonAsync($"/api/tasks/{hearing["id"]}/complete",
            new { action = "gennemfoert", data = new { begrundelse = "Forældrene er enige i indstillingen." } }));
        var decisions = await ReadAsync(await _caseworker.GetAsync($"/api/cases/{caseId}/indstillinger"));
        var meeting = decisions["indstillinger"]![0]!["meeting"]!;
        return new QueuedCase(caseId, created["caseNumber"]!.GetValue<string>(), child, meeting["forumId"]!.GetValue<Guid>(), meeting["meetingId"]!.GetValue<Guid>(),
            DateOnly.Parse(meeting["date"]!.GetValue<string>()), cpr);
    }

    /// <summary>A case whose underretning the caseworker assessed and whose undersøgelse was finished today, as the caseworker would in Sager.</summary>
    public async Task<(Guid CaseId, string CaseNumber)> InvestigatedAsync(string child)
    {
        var now = DateTimeOffset.UtcNow;
        var registered = await ReadAsync(await _caseworker.PostAsJsonAsync("/api/cases/underretninger", new
        {
            notifierType = "Professional",
            notifier = new { name = "Sundhedsplejerske Mette Lund", organisation = "Sundhedsplejen", contact = "ml@sundhed.dk" },
            receivedAt = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, TimeSpan.Zero).AddHours(-1),
            content = "Barnet virker utrygt og trækker sig fra de andre.",
            children = new[] { new { child = new { name = child, cpr = NewCpr() }, custodyHolders = new[] { new { name = "Mor " + child, relation = "mor" } } } },
        }));
        var created = registered["cases"]![0]!;
        var flowId = created["workflowInstanceId"]!.GetValue<string>();
        await ResumeAsync(flowId, "vurdering", "undersoegelse", new { begrundelse = "Bekymring for trivsel" });
        await ResumeAsync(flowId, "undersoegelse", "indstilling", new { });
        return (created["caseId"]!.GetValue<Guid>(), created["caseNumber"]!.GetValue<string>());
    }

    private async Task ResumeAsync(string flowId, string activityId, string action, object data)
    {
        var instance = await ReadAsync(await _administrator.GetAsync($"/api/workflow-instances/{flowId}"));
        var bookmark = instance["bookmarks"]!.AsArray().Single(b => b!["activityId"]!.GetValue<string>() == activityId)!;
        await ReadAsync(await _administrator.PostAsJsonAsync($"/api/bookmarks/{bookmark["id"]}/resume", new { input = new { action, data }, reason = "Testdata lægges ind" }));
    }

    internal static string NewCpr()
    {
        var date = new DateOnly(2012, 1, 1).AddDays(Random.Shared.Next(0, 365 * 10));
        return $"{date:ddMMyy}-4{Random.Shared.Next(0, 1000):000}";
    }

    internal static async Task<HttpClient> SignInAsync(Uri baseAddress, string username, string password = StudioPage.DemoPassword)
    {
        var cookies = new CookieContainer();
        var client = new HttpClient(new XsrfHandler(cookies, baseAddress)) { BaseAddress = baseAddress };
        await ReadAsync(await client.PostAsJsonAsync("/api/auth/login", new { username, password }));
        return client;
    }

    internal static async Task<JsonNode> ReadAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{response.RequestMessage?.RequestUri?.AbsolutePath}: {(int)response.StatusCode} {body}");
        return string.IsNullOrEmpty(body) ? new JsonObject() : JsonNode.Parse(body)!;
    }

    public void Dispose()
    {
        _caseworker.Dispose();
        _administrator.Dispose();
    }

    /// <summary>Keeps the session cookie and echoes the XSRF token on every change, as the Studio does.</summary>
    internal sealed class XsrfHandler(CookieContainer cookies, Uri baseAddress) : DelegatingHandler(new HttpClientHandler { CookieContainer = cookies })
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Method != HttpMethod.Get && cookies.GetCookies(baseAddress)["XSRF-TOKEN"] is { } token)
                request.Headers.Add("X-XSRF-TOKEN", WebUtility.UrlDecode(token.Value));
            return base.SendAsync(request, cancellationToken);
        }
    }
}
