using System.Net;
using System.Text;
using Visitation.Host.Tests.Infrastructure;
using static Visitation.Host.Tests.Sager.CaseApi;
using static Visitation.Host.Tests.Sager.UnderretningApi;

namespace Visitation.Host.Tests.Sager;

/// <summary>The indstilling draft: pre-filled from the undersøgelse so the caseworker types only what is new.</summary>
public abstract class IndstillingDraftTests(HostFixture host)
{
    public sealed record Measure(string? Type, string? LegalBasis);

    public sealed record Scope(decimal? Quantity, string? Unit, decimal? UnitPrice);

    public sealed record DraftSection(string Key, string Text);

    public sealed record Draft(Guid CaseId, string ChildName, string? Cpr, string Needs, List<DraftSection> Sections, List<Document> Documents, Measure Measure,
        Scope Scope, string FollowUpCadence);

    private static object Attachment(string title) =>
        new { title, fileName = title.ToLowerInvariant() + ".txt", contentType = "text/plain", content = Encoding.UTF8.GetBytes(title) };

    private static async Task<(Guid CaseId, string Cpr, Document School, Document Health)> CaseWithUndersoegelseAsync(ApiClient raadgiver, string conclusion)
    {
        var cpr = NewCpr();
        var registered = await RegisterAsync(raadgiver, [Child("Asta Lund", cpr)], attachments: [Attachment("Skoleudtalelse"), Attachment("Laegeerklaering")]);
        var caseId = registered.Cases[0].CaseId;
        var documents = (await raadgiver.ReadAsync<CaseDetail>(await raadgiver.GetAsync($"/api/cases/{caseId}"))).Documents;
        var school = documents.Single(d => d.Title == "Skoleudtalelse");
        var health = documents.Single(d => d.Title == "Laegeerklaering");
        var sections = new List<object>
        {
            new { key = "skoleforhold", notRelevant = false, text = "Mange fraværsdage.", documentIds = new[] { school.Id } },
            new { key = "sundhedsforhold", notRelevant = true, text = "Skal ikke med.", documentIds = new[] { health.Id } },
        };
        if (conclusion.Length > 0) sections.Add(new { key = "samlet-vurdering", notRelevant = false, text = conclusion });
        await raadgiver.ReadAsync<UndersoegelseTests.View>(await raadgiver.SendAsync(HttpMethod.Put, $"/api/cases/{caseId}/undersoegelse", new { sections }));
        return (caseId, cpr, school, health);
    }

    [Fact]
    public async Task Should_carry_the_undersoegelse_text_and_documents_and_skip_sections_marked_not_relevant()
    {
        using var raadgiver = await host.Client().SignedInAsync("raadgiver@9901");
        var (caseId, cpr, school, _) = await CaseWithUndersoegelseAsync(raadgiver, "Barnet har brug for støtte til skolegang og struktur.");

        var draft = await raadgiver.ReadAsync<Draft>(await raadgiver.GetAsync($"/api/cases/{caseId}/indstillinger/draft"));

        Assert.Equal(caseId, draft.CaseId);
        Assert.Equal("Asta Lund", draft.ChildName);
        Assert.Equal(cpr[..6] + "-XXXX", draft.Cpr);
        Assert.Equal("Barnet har brug for støtte til skolegang og struktur.", draft.Needs);
        Assert.Equal(["skoleforhold", "samlet-vurdering"], draft.Sections.Select(s => s.Key));
        Assert.DoesNotContain(draft.Sections, s => s.Text.Contains("Skal ikke med"));
        Assert.Equal([school.Id], draft.Documents.Select(d => d.Id));
        Assert.Equal("P3M", draft.FollowUpCadence);
        Assert.Null(draft.Measure.Type);
        Assert.Null(draft.Measure.LegalBasis);
    }

    [Fact]
    public async Task Should_take_the_needs_from_the_written_sections_when_there_is_no_conclusion()
    {
        using var raadgiver = await host.Client().SignedInAsync("raadgiver@9901");
        var (caseId, _, _, _) = await CaseWithUndersoegelseAsync(raadgiver, "");

        var draft = await raadgiver.ReadAsync<Draft>(await raadgiver.GetAsync($"/api/cases/{caseId}/indstillinger/draft"));

        Assert.Equal("Mange fraværsdage.", draft.Needs);
    }

    [Theory]
    [InlineData("familiebehandling", "BL-32", "timer-pr-maaned")]
    [InlineData("aflastning", "BL-32", "doegn")]
    [InlineData("anbringelse", "BL-46", "doegn")]
    [InlineData("tidlig-forebyggende-indsats", "BL-30", null)]
    public async Task Should_suggest_the_legal_basis_and_unit_for_a_measure_type(string type, string legalBasis, string? unit)
    {
        using var raadgiver = await host.Client().SignedInAsync("raadgiver@9901");
        var (caseId, _, _, _) = await CaseWithUndersoegelseAsync(raadgiver, "Behov for hjælp.");

        var draft = await raadgiver.ReadAsync<Draft>(await raadgiver.GetAsync($"/api/cases/{caseId}/indstillinger/draft?measureType={type}"));

        Assert.Equal(type, draft.Measure.Type);
        Assert.Equal(legalBasis, draft.Measure.LegalBasis);
        Assert.Equal(unit, draft.Scope.Unit);
    }

    [Fact]
    public async Task Should_refuse_an_unknown_measure_type_and_leave_the_legal_basis_open_for_andet()
    {
        using var raadgiver = await host.Client().SignedInAsync("raadgiver@9901");
        var (caseId, _, _, _) = await CaseWithUndersoegelseAsync(raadgiver, "Behov for hjælp.");

        var unknown = await raadgiver.GetAsync($"/api/cases/{caseId}/indstillinger/draft?measureType=ridning");
        var andet = await raadgiver.ReadAsync<Draft>(await raadgiver.GetAsync($"/api/cases/{caseId}/indstillinger/draft?measureType=andet"));

        await Problem.AssertAsync(unknown, HttpStatusCode.BadRequest, "field.unknownValue", "/measureType");
        Assert.Null(andet.Measure.LegalBasis);
    }

    [Fact]
    public async Task Should_hide_the_draft_from_other_municipalities_and_audit_every_read()
    {
        using var raadgiver = await host.Client().SignedInAsync("raadgiver@9901");
        using var leder = await host.Client().SignedInAsync("leder@9901");
        using var other = await host.Client().SignedInAsync("raadgiver@9902");
        var (caseId, _, _, _) = await CaseWithUndersoegelseAsync(raadgiver, "Behov for hjælp.");

        await raadgiver.ReadAsync<Draft>(await raadgiver.GetAsync($"/api/cases/{caseId}/indstillinger/draft"));
        var foreign = await other.GetAsync($"/api/cases/{caseId}/indstillinger/draft");
        var trail = await leder.ReadAsync<List<AuditEntry>>(await leder.GetAsync($"/api/cases/{caseId}/audit"));

        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        var read = Assert.Single(trail, e => e.Action == "indstilling.draft.read");
        Assert.Equal("raadgiver@9901", read.User);
        Assert.True(read.IsRead);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class IndstillingDraftTestsOnSqlite(SqliteHostFixture host) : IndstillingDraftTests(host);

[Collection(PostgresCollection.Name)]
public sealed class IndstillingDraftTestsOnPostgres(PostgresHostFixture host) : IndstillingDraftTests(host);
