using System.Net;
using System.Text;
using Visitation.Host.Tests.Infrastructure;
using static Visitation.Host.Tests.Sager.CaseApi;

namespace Visitation.Host.Tests.Sager;

/// <summary>A document is stored only when its bytes are of its declared type, and comes back as a download a browser will not render.</summary>
public abstract class DocumentTypeTests(HostFixture host)
{
    [Fact]
    public async Task Should_refuse_an_html_page_sent_as_a_pdf_and_serve_a_real_pdf_as_an_attachment_that_is_not_cached_or_sniffed()
    {
        using var raadgiver = await host.Client().SignedInAsync("raadgiver@9901");
        var sag = await RegisterAsync(raadgiver, "Ella Holm", NewCpr());
        var html = Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>");
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << >> endobj\n%%EOF");

        var disguised = await raadgiver.PostAsync($"/api/cases/{sag.Id}/documents", new { fileName = "rapport.pdf", contentType = "application/pdf", content = html });
        var asText = await raadgiver.PostAsync($"/api/cases/{sag.Id}/documents", new { fileName = "rapport.txt", contentType = "text/plain", content = html });
        var stored = await raadgiver.ReadAsync<Document>(await raadgiver.PostAsync($"/api/cases/{sag.Id}/documents",
            new { fileName = "rapport.pdf", contentType = "application/pdf", content = pdf }), HttpStatusCode.Created);
        var download = await raadgiver.GetAsync($"/api/cases/{sag.Id}/documents/{stored.Id}");

        await Problem.AssertAsync(disguised, HttpStatusCode.BadRequest, "document.contentMismatch", "/content");
        await Problem.AssertAsync(asText, HttpStatusCode.BadRequest, "document.contentMismatch", "/content");
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(["nosniff"], download.Headers.GetValues("X-Content-Type-Options"));
        Assert.True(download.Headers.CacheControl?.NoStore, download.Headers.CacheControl?.ToString());
        var documents = (await raadgiver.ReadAsync<CaseDetail>(await raadgiver.GetAsync($"/api/cases/{sag.Id}"))).Documents;
        Assert.Equal([stored.Id], documents.Select(d => d.Id));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class DocumentTypeTestsOnSqlite(SqliteHostFixture host) : DocumentTypeTests(host);

[Collection(PostgresCollection.Name)]
public sealed class DocumentTypeTestsOnPostgres(PostgresHostFixture host) : DocumentTypeTests(host);
