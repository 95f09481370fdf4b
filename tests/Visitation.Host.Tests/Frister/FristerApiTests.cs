using System.Net;
using Visitation.Host.Tests.Infrastructure;

namespace Visitation.Host.Tests.Frister;

public abstract class FristerApiTests(HostFixture host)
{
    public sealed record SpecView(string? Duration, int? WorkingDays);

    public sealed record OverrideView(int Version, string? Duration, int? WorkingDays, DateOnly EffectiveFrom, string? Reason, string CreatedBy);

    public sealed record RuleView(string RuleId, string Name, string LegalBasis, List<string> Aliases, string FromEvent, SpecView Default,
        OverrideView? Override, SpecView Effective, int EffectiveVersion, List<OverrideView> Versions);

    public sealed record Computation(string RuleId, DateTimeOffset Start, DateTimeOffset DueAt, int RuleVersion, SpecView Deadline, string LegalBasis);

    private const string Undersoegelse = "undersoegelse-4m";
    private const string Kvittering = "underretning-kvittering-6hverdage";

    [Fact]
    public async Task Should_list_every_legal_default_with_its_alias_when_municipality_has_no_override()
    {
        using var client = await host.Client().SignedInAsync("raadgiver@9902");

        var rules = await client.ReadAsync<List<RuleView>>(await client.GetAsync("/api/deadline-rules"));

        var vurdering = Assert.Single(rules, r => r.RuleId == "underretning-vurdering-24t");
        Assert.Equal("Barnets Lov § 136", vurdering.LegalBasis);
        Assert.Equal(["SEL § 155"], vurdering.Aliases);
        Assert.Equal(new SpecView("PT24H", null), vurdering.Effective);
        Assert.Equal(0, vurdering.EffectiveVersion);
        Assert.Null(vurdering.Override);
        Assert.Equal(new SpecView(null, 6), Assert.Single(rules, r => r.RuleId == Kvittering).Default);
        Assert.Equal(new SpecView("P4M", null), Assert.Single(rules, r => r.RuleId == Undersoegelse).Default);
    }

    [Fact]
    public async Task Should_compute_24_hours_across_dst_and_6_working_days_across_easter()
    {
        using var client = await host.Client().SignedInAsync("raadgiver@9901");

        var vurdering = await client.ReadAsync<Computation>(await client.PostAsync("/api/deadline-rules/underretning-vurdering-24t/compute",
            new { start = "2026-03-28T11:00:00Z" }));
        var kvittering = await client.ReadAsync<Computation>(await client.PostAsync($"/api/deadline-rules/{Kvittering}/compute",
            new { start = "2026-03-31T10:00:00+02:00" }));

        Assert.Equal(DateTimeOffset.Parse("2026-03-29T11:00:00Z"), vurdering.DueAt);
        Assert.Equal(0, vurdering.RuleVersion);
        Assert.Equal(DateTimeOffset.Parse("2026-04-13T21:59:59Z"), kvittering.DueAt);
        Assert.Equal(TimeSpan.Zero, kvittering.DueAt.Offset);
        Assert.Equal(new SpecView(null, 6), kvittering.Deadline);
    }

    [Fact]
    public async Task Should_refuse_with_422_and_store_nothing_when_override_is_less_strict_than_the_law()
    {
        using var client = await NewMunicipalityAdministratorAsync();

        var months = await client.SendAsync(HttpMethod.Put, $"/api/deadline-rules/{Undersoegelse}/override",
            new { duration = "P5M", effectiveFrom = "2026-01-01", reason = "Forsøg" });
        var days = await client.SendAsync(HttpMethod.Put, $"/api/deadline-rules/{Kvittering}/override",
            new { workingDays = 7, effectiveFrom = "2026-01-01" });

        await Problem.AssertAsync(months, HttpStatusCode.UnprocessableEntity, "frist.notStricter", "/duration");
        await Problem.AssertAsync(days, HttpStatusCode.UnprocessableEntity, "frist.notStricter", "/workingDays");
        var rule = await client.ReadAsync<RuleView>(await client.GetAsync($"/api/deadline-rules/{Undersoegelse}"));
        Assert.Empty(rule.Versions);
    }

    [Fact]
    public async Task Should_answer_400_with_the_path_of_each_wrong_field_when_override_is_malformed()
    {
        using var client = await NewMunicipalityAdministratorAsync();

        var notIso = await client.SendAsync(HttpMethod.Put, $"/api/deadline-rules/{Undersoegelse}/override", new { duration = "2 måneder" });
        var both = await client.SendAsync(HttpMethod.Put, $"/api/deadline-rules/{Kvittering}/override",
            new { duration = "P5D", workingDays = 5, effectiveFrom = "2026-01-01" });
        var badDate = await client.SendAsync(HttpMethod.Put, $"/api/deadline-rules/{Kvittering}/override",
            new { workingDays = 5, effectiveFrom = "1. januar" });

        var errors = await Problem.AssertAsync(notIso, HttpStatusCode.BadRequest, "frist.invalidDuration", "/duration");
        Assert.Contains(errors, e => e.Path == "/effectiveFrom" && e.Code == "field.required");
        await Problem.AssertAsync(both, HttpStatusCode.BadRequest, "frist.durationOrWorkingDays", "/workingDays");
        await Problem.AssertAsync(badDate, HttpStatusCode.BadRequest, "body.invalidJson", "/effectiveFrom");
        await Problem.AssertAsync(await client.SendAsync(HttpMethod.Put, $"/api/deadline-rules/{Kvittering}/override",
            new { workingDays = 5, effectiveFrom = "9999-12-31" }), HttpStatusCode.BadRequest, "field.outOfRange", "/effectiveFrom");
        await Problem.AssertAsync(await client.PostAsync($"/api/deadline-rules/{Undersoegelse}/compute", new { start = "9999-12-31T00:00:00Z" }),
            HttpStatusCode.BadRequest, "field.outOfRange", "/start");
    }

    [Fact]
    public async Task Should_choose_the_version_in_force_at_the_start_when_overrides_have_effective_dates()
    {
        using var client = await NewMunicipalityAdministratorAsync();
        await client.ReadAsync<RuleView>(await client.SendAsync(HttpMethod.Put, $"/api/deadline-rules/{Undersoegelse}/override",
            new { duration = "P3M", effectiveFrom = "2025-01-01", reason = "Lokalt mål 2025" }));
        var latest = await client.ReadAsync<RuleView>(await client.SendAsync(HttpMethod.Put, $"/api/deadline-rules/{Undersoegelse}/override",
            new { duration = "P2M", effectiveFrom = "2026-01-01", reason = "Som Hvidovre: undersøgelse inden 2 måneder" }));

        var beforeAny = await ComputeAsync(client, Undersoegelse, "2024-06-03T08:00:00Z");
        var first = await ComputeAsync(client, Undersoegelse, "2025-06-02T08:00:00Z");
        var second = await ComputeAsync(client, Undersoegelse, "2026-02-02T09:00:00Z");
        var newYearsNight = await ComputeAsync(client, Undersoegelse, "2025-12-31T23:30:00Z");

        Assert.Equal((0, DateTimeOffset.Parse("2024-10-03T08:00:00Z")), (beforeAny.RuleVersion, beforeAny.DueAt));
        Assert.Equal((1, DateTimeOffset.Parse("2025-09-02T08:00:00Z")), (first.RuleVersion, first.DueAt));
        Assert.Equal((2, DateTimeOffset.Parse("2026-04-02T08:00:00Z")), (second.RuleVersion, second.DueAt));
        // 23:30 UTC on 31 December is 00:30 on 1 January in Copenhagen: the 2026 version applies.
        Assert.Equal((2, DateTimeOffset.Parse("2026-02-28T23:30:00Z")), (newYearsNight.RuleVersion, newYearsNight.DueAt));
        Assert.Equal([2, 1], latest.Versions.Select(v => v.Version));
        Assert.Equal(new SpecView("P4M", null), latest.Default);
    }

    [Fact]
    public async Task Should_keep_overrides_invisible_and_unchangeable_to_other_municipalities()
    {
        using var first = await NewMunicipalityAdministratorAsync();
        using var second = await NewMunicipalityAdministratorAsync();
        using var demo = await host.Client().SignedInAsync("leder@9902");
        await first.ReadAsync<RuleView>(await first.SendAsync(HttpMethod.Put, $"/api/deadline-rules/{Kvittering}/override",
            new { workingDays = 3, effectiveFrom = "2020-01-01" }));

        var seenByDemo = await demo.ReadAsync<RuleView>(await demo.GetAsync($"/api/deadline-rules/{Kvittering}"));
        var computedByDemo = await ComputeAsync(demo, Kvittering, "2026-03-31T08:00:00Z");
        await second.ReadAsync<RuleView>(await second.SendAsync(HttpMethod.Put, $"/api/deadline-rules/{Kvittering}/override",
            new { workingDays = 5, effectiveFrom = "2020-01-01" }));
        var ownAfterwards = await first.ReadAsync<RuleView>(await first.GetAsync($"/api/deadline-rules/{Kvittering}"));

        Assert.Null(seenByDemo.Override);
        Assert.Empty(seenByDemo.Versions);
        Assert.Equal(0, computedByDemo.RuleVersion);
        Assert.Equal(new OverrideView(1, null, 3, new DateOnly(2020, 1, 1), null, ownAfterwards.Override!.CreatedBy), ownAfterwards.Override);
        Assert.Equal(new SpecView(null, 3), ownAfterwards.Effective);
        Assert.Single(ownAfterwards.Versions);
    }

    [Fact]
    public async Task Should_answer_404_for_an_unknown_rule_and_403_for_a_caseworker_override()
    {
        using var caseworker = await host.Client().SignedInAsync("raadgiver@9901");
        using var designer = await host.Client().SignedInAsync("procesdesigner@9901");

        await Problem.AssertAsync(await caseworker.GetAsync("/api/deadline-rules/ukendt-frist"), HttpStatusCode.NotFound, "resource.notFound");
        await Problem.AssertAsync(await caseworker.PostAsync("/api/deadline-rules/ukendt-frist/compute", new { start = "2026-01-01T00:00:00Z" }),
            HttpStatusCode.NotFound, "resource.notFound");
        await Problem.AssertAsync(await designer.SendAsync(HttpMethod.Put, "/api/deadline-rules/ukendt-frist/override",
            new { duration = "P1M", effectiveFrom = "2026-01-01" }), HttpStatusCode.NotFound, "resource.notFound");
        await Problem.AssertAsync(await caseworker.SendAsync(HttpMethod.Put, $"/api/deadline-rules/{Undersoegelse}/override",
            new { duration = "P1M", effectiveFrom = "2026-01-01" }), HttpStatusCode.Forbidden, "auth.forbidden");
        await Problem.AssertAsync(await caseworker.PostAsync($"/api/deadline-rules/{Undersoegelse}/compute", new { }),
            HttpStatusCode.BadRequest, "field.required", "/start");
    }

    private static async Task<Computation> ComputeAsync(ApiClient client, string ruleId, string start) =>
        await client.ReadAsync<Computation>(await client.PostAsync($"/api/deadline-rules/{ruleId}/compute", new { start }));

    /// <summary>A fresh municipality of its own, so that its overrides meet no other test's.</summary>
    private async Task<ApiClient> NewMunicipalityAdministratorAsync()
    {
        using var admin = await host.Client().SignedInAsync("admin");
        string code;
        HttpResponseMessage created;
        do
        {
            code = Random.Shared.Next(1000, 9899).ToString(System.Globalization.CultureInfo.InvariantCulture);
            created = await admin.PostAsync("/api/kommuner", new { code, name = $"Fristkommune {code}" });
        }
        while (created.StatusCode == HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var username = $"administrator-{Guid.NewGuid():N}@{code}";
        await Kommuner.KommuneApi.InviteAndAcceptAsync(host, admin, code, username, "lang-nok-kode");
        return await host.Client().SignedInAsync(username, "lang-nok-kode");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class FristerApiTestsOnSqlite(SqliteHostFixture host) : FristerApiTests(host);

[Collection(PostgresCollection.Name)]
public sealed class FristerApiTestsOnPostgres(PostgresHostFixture host) : FristerApiTests(host);
