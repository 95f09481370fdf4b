using System.Net;
using Visitation.Host.Tests.Infrastructure;
using Visitation.Host.Tests.Opgaver;
using static Visitation.Host.Tests.Matchning.MatchningApi;
using static Visitation.Host.Tests.Sager.CaseApi;
using static Visitation.Host.Tests.Sager.UnderretningApi;

namespace Visitation.Host.Tests.Matchning;

/// <summary>
/// A decision on the work list that grants with a changed scope (bevilget med ændring) in Kolding (0621): the case's flow opens
/// the matching at the decided scope, and the grant takes the decided scope even when the matching's need was recorded with another.
/// </summary>
public abstract class BesluttetOmfangTests(HostFixture host)
{
    [Fact]
    public async Task Should_grant_the_scope_the_decision_changed_even_when_the_need_was_recorded_with_the_old_one()
    {
        using var raadgiver = await host.Client().SignedInAsync("raadgiver@0621");
        using var leder = await host.Client().SignedInAsync("faglig-koordinator@0621");
        using var admin = await host.Client().SignedInAsync("administrator@0621");
        var targetGroup = NewTargetGroup();
        var providerId = await ProviderAsync(admin, "Familiehuset Kolding");
        var offer = await admin.ReadAsync<Offer>(await admin.PostAsync("/api/offers", new
        {
            providerId, name = "Familiebehandling i hjemmet", type = "familiebehandling", targetGroup, legalBasis = "BL § 32", price = 850.50m,
            priceUnit = "timer-pr-maaned", provision = "intern", financing = "ramme",
        }), HttpStatusCode.Created);
        var registered = await RegisterAsync(raadgiver, [Child("Sigrid Brink", NewCpr())]);
        var caseId = registered.Cases[0].CaseId;
        var flowId = registered.Cases[0].WorkflowInstanceId!;
        await CompleteAsync(admin, flowId, "vurdering", "undersoegelse", new { begrundelse = "Bekymring for trivsel" });
        await CompleteAsync(admin, flowId, "undersoegelse", "indstilling");
        var indstillingId = (await raadgiver.ReadAsync<Created>(await raadgiver.PostAsync($"/api/cases/{caseId}/indstillinger", new
        {
            needs = "Familien har brug for hjælp til struktur i hverdagen.",
            measure = new { type = "familiebehandling", legalBasis = "BL-32", provider = "Familiehuset", providerKind = "intern" },
            scope = new { quantity = 6m, unit = "timer-pr-maaned", unitPrice = 850.50m },
            start = "2026-12-01",
            expectedEnd = "2027-05-31",
            goals = new[] { "Faste rutiner morgen og aften" },
            followUpCadence = "P3M",
            gates = new { barnetsPlan = false, boernesamtale = true, familieraadslagning = false, familieraadslagningReason = "Familien ønskede det ikke" },
        }), HttpStatusCode.Created)).Id;
        await raadgiver.ReadAsync<Submitted>(await raadgiver.PostAsync($"/api/cases/{caseId}/indstillinger/{indstillingId}/submit", null));
        var hearing = Assert.Single((await TaskApi.ListAsync(raadgiver, $"?view=case&caseId={caseId}&take=200")).Items,
            t => t.ActivityId == "partshoering" && t.Status is not ("Completed" or "Cancelled"));
        await raadgiver.ReadAsync<TaskApi.WorkItem>(await TaskApi.CompleteAsync(raadgiver, hearing.Id,
            new { action = "gennemfoert", data = new { begrundelse = "Forældrene er enige i indstillingen." } }));

        var decided = await leder.PostAsync($"/api/cases/{caseId}/indstillinger/{indstillingId}/decision", new
        {
            outcome = "BevilgetMedAendring", rationale = "Behovet dækkes med færre timer.", change = "4 timer om måneden i stedet for 6.", changedQuantity = 4,
        });
        Assert.True(decided.IsSuccessStatusCode, await decided.Content.ReadAsStringAsync());
        var opened = Assert.Single(await raadgiver.ReadAsync<List<Matching>>(await raadgiver.GetAsync($"/api/cases/{caseId}/matchninger")));
        var need = await raadgiver.ReadAsync<Matching>(await raadgiver.PostAsync($"/api/cases/{caseId}/matchninger",
            new { indstillingId, need = "Familien har brug for faste rutiner.", targetGroup, quantity = 6m }), HttpStatusCode.Created);
        var chosen = await raadgiver.ReadAsync<Matching>(await ChooseAsync(raadgiver, caseId, need.Id, offer.Id));
        var grant = Assert.Single(await Bevillinger.BevillingApi.GrantsAsync(raadgiver, caseId));

        // The flow opened the matching at the decided 4 hours; the caseworker typed the indstilling's 6 into the need.
        Assert.Equal(("AfventerBehov", 4m), (opened.Status, opened.Quantity));
        Assert.Equal(6m, chosen.Choice!.Valg.Quantity);
        // The grant is what was decided: 4 hours a month at the offer's 850.50 kr.
        Assert.Equal((offer.Id, 4m, "timer-pr-maaned", 850.50m), (grant.OfferId!.Value, grant.Quantity, grant.Unit, grant.UnitPrice));
    }

    private sealed record Created(Guid Id);

    private sealed record Submitted(Created Indstilling);
}

[Collection(SqliteCollection.Name)]
public sealed class BesluttetOmfangTestsOnSqlite(SqliteHostFixture host) : BesluttetOmfangTests(host);

[Collection(PostgresCollection.Name)]
public sealed class BesluttetOmfangTestsOnPostgres(PostgresHostFixture host) : BesluttetOmfangTests(host);
