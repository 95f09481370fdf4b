using System.Net;
using Visitation.Host.Tests.Infrastructure;
using Visitation.Host.Tests.Opgaver;
using static Visitation.Host.Tests.Bevillinger.BevillingApi;

namespace Visitation.Host.Tests.Bevillinger;

/// <summary>
/// Orders to providers in Middelfart (0410): the flow grants and orders; the provider's user sees only its own orders and
/// only what it needs of the case, and accepts or declines; a decline goes to the municipality's neutral resolver.
/// </summary>
public abstract class BestillingTests(HostFixture host)
{
    const string Kommune = "0410";

    Task<ApiClient> SignedInAsync(string role) => host.Client().SignedInAsync($"{role}@{Kommune}");

    async Task<(Guid CaseId, string InstanceId, string Cpr)> OrderedAsync(ApiClient raadgiver, ApiClient admin, Guid providerId, string childName)
    {
        var (caseId, indstillingId, cpr) = await CaseWithIndstillingAsync(raadgiver, childName, Familiebehandling(new DateOnly(2026, 12, 1), new DateOnly(2027, 5, 31)));
        var instanceId = await StartOnCaseAsync(admin, GrantThenOrder(Flows.NewId("bestil")), caseId,
            new { indstillingId = indstillingId.ToString(), valg = new { providerId = providerId.ToString(), unitPrice = 900.00m } });
        return (caseId, instanceId, cpr);
    }

    [Fact]
    public async Task Should_let_the_provider_read_and_accept_its_order_which_moves_the_flow_on()
    {
        using var raadgiver = await SignedInAsync("raadgiver");
        using var admin = await SignedInAsync("administrator");
        var providerId = await ProviderAsync(admin, "Familiehuset Nord");
        var (_, provider) = await ProviderUserAsync(host, admin, Kommune, providerId);
        var (caseId, instanceId, cpr) = await OrderedAsync(raadgiver, admin, providerId, "Dagmar Lund");

        var listed = await OrdersAsync(provider);
        var order = Assert.Single(listed);
        var response = await provider.GetAsync($"/api/provider/orders/{order.Id}");
        var text = await response.Content.ReadAsStringAsync();
        var waiting = (await admin.InstanceAsync(instanceId)).SubStatus;
        // Accepting needs nothing said: a request with no body at all accepts.
        var accepted = await provider.ReadAsync<Order>(await provider.PostAsync($"/api/provider/orders/{order.Id}/accept", null));
        var again = await provider.PostAsync($"/api/provider/orders/{order.Id}/accept", new { });
        var grant = Assert.Single(await GrantsAsync(raadgiver, caseId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(("Afventer", "familiebehandling", "BL-32"), (order.Status, order.MeasureType, order.LegalBasis));
        Assert.Equal(["Faste rutiner morgen og aften", "Barnet kommer i skole hver dag"], order.Goals);
        Assert.Equal((4m, "timer-pr-maaned", 900.00m), (order.Quantity, order.Unit, order.UnitPrice));
        Assert.Equal((new DateOnly(2026, 12, 1), new DateOnly(2027, 5, 31)), (order.Start, order.End!.Value));
        Assert.Equal("Dagmar Lund", order.Child.Name);
        Assert.NotNull(order.Child.DateOfBirth);
        Assert.Equal($"raadgiver@{Kommune}", order.Contact.Username);
        Assert.DoesNotContain(cpr, text);
        Assert.DoesNotContain(cpr.Replace("-", ""), text);
        Assert.DoesNotContain(caseId.ToString(), text);
        Assert.Equal("Suspended", waiting);
        Assert.Equal("Accepteret", accepted.Status);
        await Problem.AssertAsync(again, HttpStatusCode.Conflict, "bestilling.answered");
        Assert.Equal("Finished", (await admin.InstanceAsync(instanceId)).SubStatus);
        Assert.Contains("accepteret", await admin.LinesAsync(instanceId));
        Assert.Equal((providerId, 900.00m), (grant.ProviderId!.Value, grant.UnitPrice));
    }

    [Fact]
    public async Task Should_send_a_declined_order_to_the_municipalitys_neutral_resolver()
    {
        using var raadgiver = await SignedInAsync("raadgiver");
        using var admin = await SignedInAsync("administrator");
        var (resolverName, resolver) = await TaskApi.NewUserAsync(host, admin, "nr", Kommune, "Leder");
        var settings = await admin.SendAsync(HttpMethod.Put, "/api/bevillinger/settings", new { resolverKind = "user", resolverId = resolverName, expiryNoticeDays = 30 });
        Assert.True(settings.StatusCode == HttpStatusCode.OK, await settings.Content.ReadAsStringAsync());
        var providerId = await ProviderAsync(admin, "Opholdsstedet Skoven");
        var (_, provider) = await ProviderUserAsync(host, admin, Kommune, providerId);
        var (caseId, instanceId, _) = await OrderedAsync(raadgiver, admin, providerId, "Elias Lund");
        var order = Assert.Single(await OrdersAsync(provider));

        var withoutReason = await provider.PostAsync($"/api/provider/orders/{order.Id}/decline", new { });
        var withoutBody = await provider.PostAsync($"/api/provider/orders/{order.Id}/decline", null);
        var stillWaiting = Assert.Single(await OrdersAsync(provider));
        var declined = await provider.ReadAsync<Order>(await provider.PostAsync($"/api/provider/orders/{order.Id}/decline", new { reason = "Ingen ledige pladser før til sommer." }));
        var task = Assert.Single((await resolver.ListAsync($"?view=case&caseId={caseId}&take=200")).Items, t => t.ActivityId == "loes");

        await Problem.AssertAsync(withoutReason, HttpStatusCode.BadRequest, "field.required", "/reason");
        await Problem.AssertAsync(withoutBody, HttpStatusCode.BadRequest, "field.required", "/reason");
        Assert.Equal("Afventer", stillWaiting.Status);
        Assert.Equal(("Afvist", "Ingen ledige pladser før til sommer."), (declined.Status, declined.Reason));
        Assert.Equal([new TaskApi.Candidate("user", resolverName)], task.Candidates);
        Assert.Equal("Leverandøren afviste bestillingen", task.Title);
        Assert.DoesNotContain("accepteret", await admin.LinesAsync(instanceId));
    }

    [Fact]
    public async Task Should_show_a_provider_only_its_own_orders_and_refuse_it_everything_else()
    {
        using var raadgiver = await SignedInAsync("raadgiver");
        using var admin = await SignedInAsync("administrator");
        using var otherAdmin = await host.Client().SignedInAsync("administrator@0706");
        var providerId = await ProviderAsync(admin, "Familiehuset Syd");
        var otherProviderId = await ProviderAsync(admin, "Familiehuset Øst");
        var foreignProviderId = await ProviderAsync(otherAdmin, "Familiehuset Fjern");
        var (_, provider) = await ProviderUserAsync(host, admin, Kommune, providerId);
        var (_, otherProvider) = await ProviderUserAsync(host, admin, Kommune, otherProviderId);
        var (caseId, _, _) = await OrderedAsync(raadgiver, admin, providerId, "Frida Lund");
        var order = Assert.Single(await OrdersAsync(provider));

        var me = System.Text.Json.Nodes.JsonNode.Parse(await (await provider.GetAsync("/api/auth/me")).Content.ReadAsStringAsync())!;
        Assert.Equal(providerId, me["providerId"]!.GetValue<Guid>());
        Assert.Equal(["Leverandoer"], me["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Empty(await OrdersAsync(otherProvider));
        await Problem.AssertAsync(await otherProvider.GetAsync($"/api/provider/orders/{order.Id}"), HttpStatusCode.NotFound, "resource.notFound");
        await Problem.AssertAsync(await otherProvider.PostAsync($"/api/provider/orders/{order.Id}/accept", new { }), HttpStatusCode.NotFound, "resource.notFound");
        foreach (var path in new[] { $"/api/cases/{caseId}", $"/api/cases/{caseId}/bevillinger", $"/api/cases/{caseId}/indstillinger", "/api/tasks",
                     "/api/providers", "/api/bevillinger/expiring", "/api/reference/municipalities", "/api/workflow-definitions" })
            await Problem.AssertAsync(await provider.GetAsync(path), HttpStatusCode.Forbidden, "auth.forbidden");
        await Problem.AssertAsync(await raadgiver.GetAsync("/api/provider/orders"), HttpStatusCode.Forbidden, "auth.forbidden");
        await Problem.AssertAsync(await admin.PostAsync("/api/users", new { username = $"x{Guid.NewGuid():N}"[..9] + "@0410", displayName = "X", password = Password,
            roles = new[] { "Leverandoer" }, providerId = foreignProviderId }), HttpStatusCode.BadRequest, "user.unknownProvider", "/providerId");
        await Problem.AssertAsync(await admin.PostAsync("/api/users", new { username = $"x{Guid.NewGuid():N}"[..9] + "@0410", displayName = "X", password = Password,
            roles = new[] { "Leverandoer", "Raadgiver" }, providerId }), HttpStatusCode.BadRequest, "user.providerRoleAlone", "/roles");
        await Problem.AssertAsync(await admin.PostAsync("/api/users", new { username = $"x{Guid.NewGuid():N}"[..9] + "@0410", displayName = "X", password = Password,
            roles = new[] { "Leverandoer" } }), HttpStatusCode.BadRequest, "field.required", "/providerId");
        await Problem.AssertAsync(await admin.SendAsync(HttpMethod.Put, "/api/bevillinger/settings", new { resolverKind = "team", resolverId = "x", expiryNoticeDays = 0 }),
            HttpStatusCode.BadRequest, "bevilling.resolverKind", "/resolverKind");
        await Problem.AssertAsync(await raadgiver.SendAsync(HttpMethod.Put, "/api/bevillinger/settings", new { resolverKind = "role", resolverId = "Leder", expiryNoticeDays = 10 }),
            HttpStatusCode.Forbidden, "auth.forbidden");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class BestillingTestsOnSqlite(SqliteHostFixture host) : BestillingTests(host);

[Collection(PostgresCollection.Name)]
public sealed class BestillingTestsOnPostgres(PostgresHostFixture host) : BestillingTests(host);
