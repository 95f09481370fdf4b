using System.Net.Http.Json;

namespace Visitation.BrowserTests;

/// <summary>
/// What others do before a leader's approval, through the API: the installation administrator adds a municipality, its
/// administrator sets up a rådgiver and an afdelingsleder and a competence plan whose familiebehandling row asks the
/// afdelingsleder's approval, and the rådgiver registers a case, investigates, and submits an indstilling whose
/// partshøring is done, so only the approval stands between it and the decision.
/// </summary>
public sealed record DutySeed(string Code, string Raadgiver, string Afdelingsleder, Guid CaseId, string CaseNumber)
{
    public const string Password = "lang-nok-kode-1";

    public static async Task<DutySeed> CreateAsync(Uri baseAddress)
    {
        using var installation = await CaseSeed.SignInAsync(baseAddress, "admin");
        var code = "";
        for (var attempt = 0; attempt < 20 && code == ""; attempt++)
        {
            var candidate = Random.Shared.Next(1000, 9899).ToString(System.Globalization.CultureInfo.InvariantCulture);
            if ((await installation.PostAsJsonAsync("/api/kommuner", new { code = candidate, name = $"Testkommune {candidate}" })).IsSuccessStatusCode) code = candidate;
        }
        var adminName = $"administrator@{code}";
        // The first administrator is invited and chooses the password through the invitation.
        var invitation = await CaseSeed.ReadAsync(await installation.PostAsJsonAsync($"/api/kommuner/{code}/administrators",
            new { username = adminName, displayName = "Administrator" }));
        using (var invitee = new HttpClient(new CaseSeed.XsrfHandler(new System.Net.CookieContainer(), baseAddress)) { BaseAddress = baseAddress })
            await CaseSeed.ReadAsync(await invitee.PostAsJsonAsync("/api/invitations/accept", new { token = invitation["token"]!.GetValue<string>(), password = Password }));
        using var admin = await CaseSeed.SignInAsync(baseAddress, adminName, Password);
        await CaseSeed.ReadAsync(await admin.PostAsJsonAsync("/api/organisation/levels", new { id = "raadgiver", name = "Rådgiver", kind = "role" }));
        await CaseSeed.ReadAsync(await admin.PostAsJsonAsync("/api/organisation/levels", new { id = "afdelingsleder", name = "Afdelingsleder", kind = "level" }));
        var raadgiver = $"raadgiver@{code}";
        var leder = $"afdelingsleder@{code}";
        await CaseSeed.ReadAsync(await admin.PostAsJsonAsync("/api/users", new { username = raadgiver, displayName = "Rikke Rådgiver", password = Password, roles = new[] { "Raadgiver" } }));
        var created = await CaseSeed.ReadAsync(await admin.PostAsJsonAsync("/api/users",
            new { username = leder, displayName = "Anna Afdelingsleder", password = Password, roles = new[] { "Leder" } }));
        await CaseSeed.ReadAsync(await admin.PutAsJsonAsync($"/api/organisation/users/{created["id"]}", new { levels = new[] { "afdelingsleder" } }));
        await CaseSeed.ReadAsync(await admin.PutAsJsonAsync("/api/competence-plans", new
        {
            effectiveFrom = "2026-01-01",
            hitPolicy = "Unique",
            rules = new object[]
            {
                new
                {
                    id = "fb", measureType = "familiebehandling", @default = true, level = "raadgiver", gates = new[] { "ledelsesgodkendelse" },
                    duties = new object[] { new { kind = "approve-by", level = "afdelingsleder" }, new { kind = "copy-with-price", level = "afdelingsleder" } },
                    description = "Familiebehandling: rådgiveren, efter afdelingslederens godkendelse",
                },
                new { id = "oevrige", measureType = "*", @default = true, level = "raadgiver" },
            },
        }));

        using var caseworker = await CaseSeed.SignInAsync(baseAddress, raadgiver, Password);
        var now = DateTimeOffset.UtcNow;
        var registered = await CaseSeed.ReadAsync(await caseworker.PostAsJsonAsync("/api/cases/underretninger", new
        {
            notifierType = "Professional",
            notifier = new { name = "Lærer Hanne Krog", organisation = "Nordskolen", contact = "hk@nordskolen.dk" },
            receivedAt = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, TimeSpan.Zero).AddHours(-1),
            content = "Barnet kommer ofte sultent i skole.",
            children = new[] { new { child = new { name = "Liva Storm", cpr = CaseSeed.NewCpr() }, custodyHolders = new[] { new { name = "Mor Liva Storm", relation = "mor" } } } },
        }));
        var sag = registered["cases"]![0]!;
        var caseId = sag["caseId"]!.GetValue<Guid>();
        var flowId = sag["workflowInstanceId"]!.GetValue<string>();
        foreach (var (activity, action, data) in new[] { ("vurdering", "undersoegelse", (object)new { begrundelse = "Bekymring for trivsel" }), ("undersoegelse", "indstilling", new { }) })
        {
            var instance = await CaseSeed.ReadAsync(await admin.GetAsync($"/api/workflow-instances/{flowId}"));
            var bookmark = instance["bookmarks"]!.AsArray().Single(b => b!["activityId"]!.GetValue<string>() == activity)!;
            await CaseSeed.ReadAsync(await admin.PostAsJsonAsync($"/api/bookmarks/{bookmark["id"]}/resume", new { input = new { action, data }, reason = "Testdata lægges ind" }));
        }
        var start = new DateOnly(now.Year, now.Month, 1).AddMonths(1);
        var draft = await CaseSeed.ReadAsync(await caseworker.PostAsJsonAsync($"/api/cases/{caseId}/indstillinger", new
        {
            needs = "Familien har brug for hjælp til struktur i hverdagen.",
            measure = new { type = "familiebehandling", legalBasis = "BL-32", provider = "Familiecentret Kystvejen", providerKind = "intern" },
            scope = new { quantity = 4, unit = "timer-pr-maaned", unitPrice = 850.50m },
            start = start.ToString("yyyy-MM-dd"),
            expectedEnd = start.AddMonths(6).AddDays(-1).ToString("yyyy-MM-dd"),
            goals = new[] { "Faste rutiner morgen og aften" },
            followUpCadence = "P3M",
            gates = new { barnetsPlan = false, boernesamtale = true, familieraadslagning = true },
        }));
        await CaseSeed.ReadAsync(await caseworker.PostAsync($"/api/cases/{caseId}/indstillinger/{draft["id"]}/submit", null));
        var tasks = await CaseSeed.ReadAsync(await caseworker.GetAsync($"/api/tasks?view=case&caseId={caseId}&take=500"));
        var hearing = tasks["items"]!.AsArray().Single(t => t!["activityId"]!.GetValue<string>() == "partshoering" && t["status"]!.GetValue<string>() != "Completed")!;
        await CaseSeed.ReadAsync(await caseworker.PostAsJsonAsync($"/api/tasks/{hearing["id"]}/complete",
            new { action = "gennemfoert", data = new { begrundelse = "Forældrene er enige i indstillingen." } }));
        return new DutySeed(code, raadgiver, leder, caseId, sag["caseNumber"]!.GetValue<string>());
    }
}
