using System.Net;
using System.Text;
using Visitation.Host.Tests.Infrastructure;
using static Visitation.Host.Tests.Sager.CaseApi;
using static Visitation.Host.Tests.Sager.UnderretningApi;

namespace Visitation.Host.Tests.Sager;

/// <summary>The undersøgelse: optional sections, "not relevant" without text, documents by reference, a 4-month deadline from awareness.</summary>
public abstract class UndersoegelseTests(HostFixture host)
{
    public sealed record Section(string Key, bool NotRelevant, string? Text, List<Guid> DocumentIds);

    public sealed record View(Guid CaseId, DateTimeOffset AwareAt, DateTimeOffset DueAt, bool Late, List<Section> Sections);

    [Fact]
    public async Task Should_keep_sections_optional_reference_attachments_and_fix_the_deadline_from_awareness()
    {
        using var raadgiver = await host.Client().SignedInAsync("raadgiver@9901");
        using var other = await host.Client().SignedInAsync("raadgiver@9902");
        var awareAt = new DateTimeOffset(2026, 10, 31, 9, 0, 0, TimeSpan.FromHours(1));
        var registered = await RegisterAsync(raadgiver, [Child("Mille Kjær", NewCpr())], receivedAt: awareAt,
            attachments: [new { title = "Skoleudtalelse", fileName = "skole.txt", contentType = "text/plain", content = Encoding.UTF8.GetBytes("Udtalelse") }]);
        var caseId = registered.Cases[0].CaseId;
        var document = (await raadgiver.ReadAsync<CaseDetail>(await raadgiver.GetAsync($"/api/cases/{caseId}"))).Documents.Single();

        var saved = await raadgiver.ReadAsync<View>(await raadgiver.SendAsync(HttpMethod.Put, $"/api/cases/{caseId}/undersoegelse", new
        {
            sections = new object[]
            {
                new { key = "skoleforhold", notRelevant = false, documentIds = new[] { document.Id } },
                new { key = "sundhedsforhold", notRelevant = true, text = "ignoreres" },
                new { key = "samlet-vurdering", notRelevant = false, text = "Barnet har brug for støtte i hjemmet." },
            },
        }));
        var unknownDocument = await raadgiver.SendAsync(HttpMethod.Put, $"/api/cases/{caseId}/undersoegelse",
            new { sections = new[] { new { key = "skoleforhold", notRelevant = false, documentIds = new[] { Guid.NewGuid() } } } });
        var unknownKey = await raadgiver.SendAsync(HttpMethod.Put, $"/api/cases/{caseId}/undersoegelse", new { sections = new[] { new { key = "andet", notRelevant = true } } });
        var read = await raadgiver.ReadAsync<View>(await raadgiver.GetAsync($"/api/cases/{caseId}/undersoegelse"));

        // 31 October + 4 months is clamped to the end of February (docs/decisions.md D13).
        Assert.Equal(new DateTime(2027, 2, 28, 9, 0, 0), TimeZoneInfo.ConvertTime(saved.DueAt, TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen")).DateTime);
        Assert.Equal(awareAt, saved.AwareAt);
        Assert.Equal([document.Id], read.Sections.Single(s => s.Key == "skoleforhold").DocumentIds);
        Assert.Null(read.Sections.Single(s => s.Key == "sundhedsforhold").Text);
        Assert.Equal(3, read.Sections.Count);
        await Problem.AssertAsync(unknownDocument, HttpStatusCode.UnprocessableEntity, "undersoegelse.unknownDocument", "/sections/0/documentIds/0");
        await Problem.AssertAsync(unknownKey, HttpStatusCode.BadRequest, "field.unknownValue", "/sections/0/key");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/cases/{caseId}/undersoegelse")).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class UndersoegelseTestsOnSqlite(SqliteHostFixture host) : UndersoegelseTests(host);

[Collection(PostgresCollection.Name)]
public sealed class UndersoegelseTestsOnPostgres(PostgresHostFixture host) : UndersoegelseTests(host);
