using System.Net;
using System.Text;
using Visitation.Host.Tests.Infrastructure;
using static Visitation.Host.Tests.Sager.CaseApi;
using static Visitation.Host.Tests.Sager.UnderretningApi;

namespace Visitation.Host.Tests.Sager;

/// <summary>
/// Personal data: an underretning's attachment is kept from caseworkers who may not see the notifier; a designer's look at a case's
/// flow is in the case's audit trail; a set CPR number changes only by an audited correction; the audit export runs no formulas.
/// </summary>
public abstract class PersonalDataTests(HostFixture host)
{
    [Fact]
    public async Task Should_hide_an_underretnings_attachment_from_a_caseworker_who_may_not_see_the_notifier()
    {
        using var raadgiver = await host.Client().SignedInAsync("raadgiver@9901");
        using var leder = await host.Client().SignedInAsync("leder@9901");
        using var admin = await host.Client().SignedInAsync("administrator@9901");
        var (_, colleague) = await Kommuner.KommuneApi.UserAsync(host, admin, "9901", "Raadgiver");
        using var _ = colleague;
        var caseId = (await RegisterAsync(raadgiver, [Child("Mille Skov", NewCpr())],
            attachments: [new { title = "Brev fra skolen", fileName = "lærer-hanne-krog.txt", contentType = "text/plain", content = Encoding.UTF8.GetBytes("Hanne Krog skriver") }]))
            .Cases[0].CaseId;
        var document = Assert.Single((await raadgiver.ReadAsync<CaseDetail>(await raadgiver.GetAsync($"/api/cases/{caseId}"))).Documents);

        var colleagueSees = await colleague.ReadAsync<CaseDetail>(await colleague.GetAsync($"/api/cases/{caseId}"));
        var colleagueDownload = await colleague.GetAsync($"/api/cases/{caseId}/documents/{document.Id}");
        var colleagueTimeline = await (await colleague.GetAsync($"/api/cases/{caseId}/timeline")).Content.ReadAsStringAsync();
        var leaderDownload = await leder.GetAsync($"/api/cases/{caseId}/documents/{document.Id}");
        var tovholderDownload = await raadgiver.GetAsync($"/api/cases/{caseId}/documents/{document.Id}");

        Assert.Empty(colleagueSees.Documents);
        await Problem.AssertAsync(colleagueDownload, HttpStatusCode.NotFound, "resource.notFound");
        Assert.DoesNotContain("lærer-hanne-krog", colleagueTimeline);
        Assert.Equal(HttpStatusCode.OK, leaderDownload.StatusCode);
        Assert.Equal("Hanne Krog skriver", await tovholderDownload.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Should_put_a_designers_read_of_a_cases_flow_variables_and_journal_in_the_cases_audit_trail()
    {
        using var raadgiver = await host.Client().SignedInAsync("raadgiver@9901");
        using var designer = await host.Client().SignedInAsync("procesdesigner@9901");
        using var leder = await host.Client().SignedInAsync("leder@9901");
        var registered = (await RegisterAsync(raadgiver, [Child("Otto Skov", NewCpr())])).Cases[0];

        await designer.InstanceAsync(registered.WorkflowInstanceId!);
        await designer.JournalAsync(registered.WorkflowInstanceId!);
        var trail = await leder.ReadAsync<List<AuditEntry>>(await leder.GetAsync($"/api/cases/{registered.CaseId}/audit"));

        Assert.Contains(trail, e => e is { Action: "flow.read", User: "procesdesigner@9901", IsRead: true });
        Assert.Contains(trail, e => e is { Action: "flow.journal.read", User: "procesdesigner@9901", IsRead: true });
    }

    [Fact]
    public async Task Should_refuse_overwriting_a_cpr_number_and_correct_it_only_with_a_reason_in_the_audit_trail_exported_without_formulas()
    {
        using var raadgiver = await host.Client().SignedInAsync("raadgiver@9901");
        using var leder = await host.Client().SignedInAsync("leder@9901");
        var (cpr, corrected) = (NewCpr(), NewCpr());
        var sag = await RegisterAsync(raadgiver, "Pil Skov", cpr);

        var overwrite = await raadgiver.SendAsync(HttpMethod.Put, $"/api/cases/{sag.Id}/cpr", new { cpr = corrected });
        var noReason = await raadgiver.PostAsync($"/api/cases/{sag.Id}/cpr/correction", new { cpr = corrected });
        var unchanged = await raadgiver.ReadAsync<RevealedCpr>(await raadgiver.PostAsync($"/api/cases/{sag.Id}/cpr/reveal", null));
        var correction = await raadgiver.PostAsync($"/api/cases/{sag.Id}/cpr/correction",
            new { cpr = corrected, reason = "=HYPERLINK(\"http://x\";\"Forkert ciffer\")" });
        var after = await raadgiver.ReadAsync<RevealedCpr>(await raadgiver.PostAsync($"/api/cases/{sag.Id}/cpr/reveal", null));
        var trail = await leder.ReadAsync<List<AuditEntry>>(await leder.GetAsync($"/api/cases/{sag.Id}/audit"));
        var csv = await (await leder.GetAsync($"/api/cases/{sag.Id}/audit.csv")).Content.ReadAsStringAsync();

        await Problem.AssertAsync(overwrite, HttpStatusCode.Conflict, "sag.cprAlreadySet", "/cpr");
        await Problem.AssertAsync(noReason, HttpStatusCode.BadRequest, "field.required", "/reason");
        Assert.Equal(cpr, unchanged.Cpr);
        Assert.Equal(HttpStatusCode.OK, correction.StatusCode);
        Assert.Equal(corrected, after.Cpr);
        var entry = Assert.Single(trail, e => e.Action == "sag.cpr.correct");
        Assert.Equal(("raadgiver@9901", "=HYPERLINK(\"http://x\";\"Forkert ciffer\")"), (entry.User, entry.Reason));
        Assert.Contains(",\"'=HYPERLINK(\"\"http://x\"\";\"\"Forkert ciffer\"\")\"\r\n", csv);
        Assert.DoesNotContain(",=", csv);
        Assert.DoesNotContain(cpr, csv);
        Assert.DoesNotContain(corrected, csv);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PersonalDataTestsOnSqlite(SqliteHostFixture host) : PersonalDataTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PersonalDataTestsOnPostgres(PostgresHostFixture host) : PersonalDataTests(host);
