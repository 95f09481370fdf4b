using System.Net;
using System.Text;
using Visitation.Host.Tests.Infrastructure;
using static Visitation.Host.Tests.Sager.CaseApi;

namespace Visitation.Host.Tests.Sager;

/// <summary>Cases: one child each, CPR masked everywhere but an audited reveal, person search, handover, documents, tenancy.</summary>
public abstract class CaseTests(HostFixture host)
{
    [Fact]
    public async Task Should_show_the_cpr_masked_in_lists_search_and_the_case_page_and_in_full_only_when_revealed_which_is_audited()
    {
        using var raadgiver = await host.Client().SignedInAsync("raadgiver@9901");
        var cpr = NewCpr();

        var created = await RegisterAsync(raadgiver, "Alma Jensen", cpr);
        var search = await raadgiver.ReadAsync<List<CaseSummary>>(await raadgiver.PostAsync("/api/cases/search", new { cpr }));
        var listText = await (await raadgiver.GetAsync("/api/cases")).Content.ReadAsStringAsync();
        var detail = await raadgiver.ReadAsync<CaseDetail>(await raadgiver.GetAsync($"/api/cases/{created.Id}"));

        Assert.Equal(cpr[..6] + "-XXXX", created.Cpr);
        Assert.Equal("raadgiver@9901", created.Tovholder);
        Assert.Equal("Aaben", created.Status);
        Assert.Equal(created.Id, Assert.Single(search).Id);
        Assert.Equal(cpr[..6] + "-XXXX", search[0].Cpr);
        Assert.Contains(created.CaseNumber, listText);
        Assert.DoesNotContain(cpr, listText);
        AssertLastFourAbsent(cpr, listText, created.CaseNumber);
        var revealed = await raadgiver.ReadAsync<RevealedCpr>(await raadgiver.PostAsync($"/api/cases/{created.Id}/cpr/reveal", null));
        using var leder = await host.Client().SignedInAsync("leder@9901");
        var trail = await leder.ReadAsync<List<AuditEntry>>(await leder.GetAsync($"/api/cases/{created.Id}/audit"));

        Assert.Equal(cpr[..6] + "-XXXX", detail.Cpr);
        Assert.Equal(cpr, revealed.Cpr);
        Assert.Contains(trail, e => e.Action == "sag.cpr.vist" && e.User == "raadgiver@9901" && e.IsRead);
        Assert.Equal("Mor Alma Jensen", Assert.Single(detail.CustodyHolders).Name);
    }

    [Fact]
    public async Task Should_refuse_a_second_open_case_for_the_same_child_without_repeating_the_number()
    {
        using var raadgiver = await host.Client().SignedInAsync("raadgiver@9901");
        var cpr = NewCpr();
        await RegisterAsync(raadgiver, "Bo Hansen", cpr);

        var response = await raadgiver.PostAsync("/api/cases", new { child = new { name = "Bo Hansen", cpr } });
        var text = await response.Content.ReadAsStringAsync();

        await Problem.AssertAsync(response, HttpStatusCode.Conflict, "sag.duplicate", "/child/cpr");
        AssertLastFourAbsent(cpr, text);
    }

    [Fact]
    public async Task Should_register_an_unborn_child_without_cpr_and_add_the_number_later()
    {
        using var raadgiver = await host.Client().SignedInAsync("raadgiver@9901");
        var cpr = NewCpr();

        var created = await raadgiver.ReadAsync<CaseSummary>(await raadgiver.PostAsync("/api/cases",
            new { child = new { name = "Ufødt barn af Sara Holm", dateOfBirth = "2027-03-01", unborn = true } }), HttpStatusCode.Created);
        var byName = await raadgiver.ReadAsync<List<CaseSummary>>(await raadgiver.PostAsync("/api/cases/search", new { name = "sara holm", dateOfBirth = "2027-03-01" }));
        var withCpr = await raadgiver.ReadAsync<CaseSummary>(await raadgiver.SendAsync(HttpMethod.Put, $"/api/cases/{created.Id}/cpr", new { cpr }));

        Assert.Null(created.Cpr);
        Assert.True(created.Unborn);
        Assert.Contains(byName, c => c.Id == created.Id);
        Assert.Equal(cpr[..6] + "-XXXX", withCpr.Cpr);
        Assert.False(withCpr.Unborn);
        Assert.NotEqual(new DateOnly(2027, 3, 1), withCpr.DateOfBirth);
    }

    [Fact]
    public async Task Should_refuse_invalid_child_data_with_paths_and_no_digits()
    {
        using var raadgiver = await host.Client().SignedInAsync("raadgiver@9901");

        var noDate = await raadgiver.PostAsync("/api/cases", new { child = new { name = "Ida" } });
        var badCpr = await raadgiver.PostAsync("/api/cases", new { child = new { name = "Ida", cpr = "310299-1234" } });
        var badText = await badCpr.Content.ReadAsStringAsync();

        await Problem.AssertAsync(noDate, HttpStatusCode.BadRequest, "sag.cprOrDateOfBirth", "/child/dateOfBirth");
        await Problem.AssertAsync(badCpr, HttpStatusCode.BadRequest, "cpr.invalid", "/child/cpr");
        Assert.DoesNotContain("1234", badText);
    }

    [Fact]
    public async Task Should_link_siblings_to_each_other()
    {
        using var raadgiver = await host.Client().SignedInAsync("raadgiver@9901");
        var first = await RegisterAsync(raadgiver, "Emil Berg", NewCpr());

        var second = await RegisterAsync(raadgiver, "Ella Berg", NewCpr(), siblingOf: first.Id);
        var detail = await raadgiver.ReadAsync<CaseDetail>(await raadgiver.GetAsync($"/api/cases/{first.Id}"));

        Assert.NotNull(second.SiblingGroupId);
        Assert.Equal(second.Id, Assert.Single(detail.Siblings).Id);
    }

    [Fact]
    public async Task Should_keep_the_tovholder_until_the_receiver_accepts_the_handover()
    {
        using var raadgiver = await host.Client().SignedInAsync("raadgiver@9901");
        using var leder = await host.Client().SignedInAsync("leder@9901");
        var sag = await RegisterAsync(raadgiver, "Oskar Lund", NewCpr());

        var offered = await raadgiver.ReadAsync<CaseSummary>(await raadgiver.PostAsync($"/api/cases/{sag.Id}/handover", new { to = "leder@9901" }));
        var strangerAccepts = await raadgiver.PostAsync($"/api/cases/{sag.Id}/handover/accept", null);
        var accepted = await leder.ReadAsync<CaseSummary>(await leder.PostAsync($"/api/cases/{sag.Id}/handover/accept", null));

        Assert.Equal("raadgiver@9901", offered.Tovholder);
        Assert.Equal("leder@9901", offered.HandoverTo);
        await Problem.AssertAsync(strangerAccepts, HttpStatusCode.Conflict, "sag.noHandoverForYou");
        Assert.Equal("leder@9901", accepted.Tovholder);
        Assert.Null(accepted.HandoverTo);
    }

    [Fact]
    public async Task Should_store_a_document_and_give_back_the_same_bytes()
    {
        using var raadgiver = await host.Client().SignedInAsync("raadgiver@9901");
        var sag = await RegisterAsync(raadgiver, "Liva Dam", NewCpr());
        var bytes = Encoding.UTF8.GetBytes("Skolens udtalelse om Liva");

        var document = await raadgiver.ReadAsync<Document>(await raadgiver.PostAsync($"/api/cases/{sag.Id}/documents",
            new { title = "Skoleudtalelse", fileName = "skole.txt", contentType = "text/plain", content = bytes }), HttpStatusCode.Created);
        var download = await raadgiver.GetAsync($"/api/cases/{sag.Id}/documents/{document.Id}");
        var wrongType = await raadgiver.PostAsync($"/api/cases/{sag.Id}/documents", new { fileName = "x.exe", contentType = "application/x-msdownload", content = bytes });
        var tooLarge = await raadgiver.PostAsync($"/api/cases/{sag.Id}/documents", new { fileName = "big.pdf", contentType = "application/pdf", content = new byte[10 * 1024 * 1024 + 1] });

        Assert.Equal(bytes.Length, document.Size);
        Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("text/plain", download.Content.Headers.ContentType?.MediaType);
        await Problem.AssertAsync(wrongType, HttpStatusCode.BadRequest, "field.unknownValue", "/contentType");
        await Problem.AssertAsync(tooLarge, HttpStatusCode.BadRequest, "document.tooLarge", "/content");
    }

    [Fact]
    public async Task Should_hide_a_case_from_another_municipality_and_from_roles_without_case_work()
    {
        using var raadgiver = await host.Client().SignedInAsync("raadgiver@9901");
        using var other = await host.Client().SignedInAsync("raadgiver@9902");
        using var designer = await host.Client().SignedInAsync("procesdesigner@9901");
        var cpr = NewCpr();
        var sag = await RegisterAsync(raadgiver, "Karl Bach", cpr);

        var read = await other.GetAsync($"/api/cases/{sag.Id}");
        var list = await other.ReadAsync<List<CaseSummary>>(await other.GetAsync("/api/cases"));
        var search = await other.ReadAsync<List<CaseSummary>>(await other.PostAsync("/api/cases/search", new { cpr }));
        var act = await other.SendAsync(HttpMethod.Put, $"/api/cases/{sag.Id}/cpr", new { cpr = NewCpr() });
        var handover = await other.PostAsync($"/api/cases/{sag.Id}/handover", new { to = "raadgiver@9902" });

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.DoesNotContain(list, c => c.Id == sag.Id);
        Assert.Empty(search);
        Assert.Equal(HttpStatusCode.NotFound, act.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, handover.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await designer.GetAsync($"/api/cases/{sag.Id}")).StatusCode);
    }

    [Fact]
    public async Task Should_record_every_read_and_write_in_an_audit_trail_that_leaders_list_and_export()
    {
        using var raadgiver = await host.Client().SignedInAsync("raadgiver@9901");
        using var leder = await host.Client().SignedInAsync("leder@9901");
        using var other = await host.Client().SignedInAsync("leder@9902");
        var sag = await RegisterAsync(raadgiver, "Freja Holt", NewCpr());
        await raadgiver.GetAsync($"/api/cases/{sag.Id}");
        await leder.GetAsync($"/api/cases/{sag.Id}");

        var trail = await leder.ReadAsync<List<AuditEntry>>(await leder.GetAsync($"/api/cases/{sag.Id}/audit"));
        var csv = await leder.GetAsync($"/api/cases/{sag.Id}/audit.csv");
        var csvText = await csv.Content.ReadAsStringAsync();

        Assert.Equal(["sag.register", "sag.read", "sag.read"], trail.Select(e => e.Action));
        Assert.Equal(["raadgiver@9901", "raadgiver@9901", "leder@9901"], trail.Select(e => e.User));
        Assert.Equal([false, true, true], trail.Select(e => e.IsRead));
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("at,user,action,kind", csvText);
        Assert.Contains("leder@9901,sag.read,read", csvText);
        Assert.Contains("leder@9901,audit.read,read", csvText);
        Assert.Equal(HttpStatusCode.Forbidden, (await raadgiver.GetAsync($"/api/cases/{sag.Id}/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/cases/{sag.Id}/audit")).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CaseTestsOnSqlite(SqliteHostFixture host) : CaseTests(host);

[Collection(PostgresCollection.Name)]
public sealed class CaseTestsOnPostgres(PostgresHostFixture host) : CaseTests(host);
