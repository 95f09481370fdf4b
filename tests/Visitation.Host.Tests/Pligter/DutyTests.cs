using System.Net;
using Visitation.Host.Tests.Infrastructure;

namespace Visitation.Host.Tests.Pligter;

/// <summary>
/// The duties a plan row puts on a decision, carried out: the approval the decision waits for (approver, time and reason
/// recorded; never one's own), the justification to a level, and the copies and information with the price where the row
/// says so.
/// </summary>
public abstract class DutyTests(HostFixture host)
{
    [Fact]
    public async Task Should_wait_for_the_named_levels_approval_and_then_deliver_the_copy_with_price_and_the_information()
    {
        using var world = await DutyWorld.CreateAsync(host);
        var caseId = await world.CaseAsync();
        var indstillingId = await world.SubmittedAsync(caseId, "familiebehandling");

        var before = await DutyWorld.DutiesAsync(world.Raadgiver, caseId);
        var tooEarly = await world.DecideAsync(world.Raadgiver, caseId, indstillingId);
        var queue = await DutyWorld.MineAsync(world.Afdelingsleder);
        var approval = before.Single(d => d.Kind == "approve-by");
        var byTeamleder = await world.Teamleder.PostAsync($"/api/cases/{caseId}/duties/{approval.Id}/approve", new { reason = "Fint" });
        var withoutReason = await world.Afdelingsleder.PostAsync($"/api/cases/{caseId}/duties/{approval.Id}/approve", new { reason = " " });
        var approved = await world.Afdelingsleder.ReadAsync<DutyWorld.Duty>(await world.Afdelingsleder.PostAsync(
            $"/api/cases/{caseId}/duties/{approval.Id}/approve", new { reason = "Indsatsen er nødvendig og prisen rimelig." }));
        var decided = await world.DecideAsync(world.Raadgiver, caseId, indstillingId);
        var after = await DutyWorld.DutiesAsync(world.Raadgiver, caseId);
        var teamlederQueue = await DutyWorld.MineAsync(world.Teamleder);

        Assert.Equal(["approve-by", "copy-with-price", "inform"], before.Select(d => d.Kind).Order());
        Assert.Equal(("AfventerGodkendelse", "Planlagt", "Planlagt"),
            (approval.State, before.Single(d => d.Kind == "copy-with-price").State, before.Single(d => d.Kind == "inform").State));
        Assert.True(approval.Waits);
        Assert.Equal(1, approval.Recipients);
        Assert.Contains("Godkendelse ønskes", approval.MessageSubject);
        await Problem.AssertAsync(tooEarly, HttpStatusCode.Conflict, "duty.awaitsApproval");
        Assert.Contains(queue, q => q.Duty.Id == approval.Id && q.MeasureType == "familiebehandling" && q.CostThisYear == 3402.00m && q.SubmittedBy == world.RaadgiverName);
        await Problem.AssertAsync(byTeamleder, HttpStatusCode.Forbidden, "duty.notHolder");
        await Problem.AssertAsync(withoutReason, HttpStatusCode.BadRequest, "field.required", "/reason");
        Assert.Equal(("Godkendt", world.AfdelingslederName, "Indsatsen er nødvendig og prisen rimelig."), (approved.State, approved.AnsweredBy, approved.Reason));
        Assert.NotNull(approved.AnsweredAt);
        Assert.True(decided.StatusCode == HttpStatusCode.OK, await decided.Content.ReadAsStringAsync());

        var copy = after.Single(d => d.Kind == "copy-with-price");
        var inform = after.Single(d => d.Kind == "inform");
        Assert.Equal(("AfventerLevering", "AfventerLevering"), (copy.State, inform.State));
        Assert.NotNull(copy.DecisionId);
        Assert.Equal(copy.DecisionId, after.Single(d => d.Kind == "approve-by").DecisionId);
        // 4 hours × 850.50 kr. = 3,402.00 kr. a month; December 2026 is this year, six months in total.
        Assert.Contains("Pris: 850,50 kr.", copy.MessageText);
        Assert.Contains("forventet udgift i 2026: 3.402,00 kr., i alt: 20.412,00 kr.", copy.MessageText);
        Assert.Contains("bevilget", copy.MessageText);
        Assert.DoesNotContain("Pris", inform.MessageText);
        Assert.StartsWith("Orientering", inform.MessageSubject);
        Assert.Contains(teamlederQueue, q => q.Duty.Id == copy.Id);
    }

    [Fact]
    public async Task Should_refuse_self_approval_and_let_a_refused_approval_only_end_in_refusal_or_return()
    {
        using var world = await DutyWorld.CreateAsync(host);
        // The rådgiver also holds the approving level: they submit and decide, so they may not approve.
        await Opgaver.TaskApi.SetOrganisationAsync(world.Admin, world.RaadgiverName, new { levels = new[] { "afdelingsleder" } });
        var caseId = await world.CaseAsync("Viggo Holm");
        var indstillingId = await world.SubmittedAsync(caseId, "familiebehandling");
        var approval = (await DutyWorld.DutiesAsync(world.Raadgiver, caseId)).Single(d => d.Kind == "approve-by");

        var own = await world.Raadgiver.PostAsync($"/api/cases/{caseId}/duties/{approval.Id}/approve", new { reason = "Jeg godkender selv." });
        var ownQueue = await DutyWorld.MineAsync(world.Raadgiver);
        var refused = await world.Afdelingsleder.ReadAsync<DutyWorld.Duty>(await world.Afdelingsleder.PostAsync(
            $"/api/cases/{caseId}/duties/{approval.Id}/refuse", new { reason = "Netværket skal afprøves først." }));
        var again = await world.Afdelingsleder.PostAsync($"/api/cases/{caseId}/duties/{approval.Id}/approve", new { reason = "Alligevel" });
        var grant = await world.DecideAsync(world.Raadgiver, caseId, indstillingId);
        var refusal = await world.DecideAsync(world.Raadgiver, caseId, indstillingId, "Afslaaet");

        await Problem.AssertAsync(own, HttpStatusCode.Forbidden, "duty.selfApproval");
        Assert.DoesNotContain(ownQueue, q => q.Duty.Id == approval.Id);
        Assert.Equal(("Afvist", world.AfdelingslederName, "Netværket skal afprøves først."), (refused.State, refused.AnsweredBy, refused.Reason));
        await Problem.AssertAsync(again, HttpStatusCode.Conflict, "duty.notOpen");
        await Problem.AssertAsync(grant, HttpStatusCode.Conflict, "duty.approvalRefused");
        Assert.True(refusal.StatusCode == HttpStatusCode.OK, await refusal.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Should_wait_for_the_deciders_justification_and_deliver_it_and_the_copy_without_price_to_the_level()
    {
        using var world = await DutyWorld.CreateAsync(host);
        var caseId = await world.CaseAsync("Ida Berg");
        var indstillingId = await world.SubmittedAsync(caseId, "aflastning");
        var justify = (await DutyWorld.DutiesAsync(world.Raadgiver, caseId)).Single(d => d.Kind == "justify-to");

        var tooEarly = await world.DecideAsync(world.Raadgiver, caseId, indstillingId);
        var byLeader = await world.Teamleder.PostAsync($"/api/cases/{caseId}/duties/{justify.Id}/justification", new { justification = "Jeg begrunder." });
        var justified = await world.Raadgiver.ReadAsync<DutyWorld.Duty>(await world.Raadgiver.PostAsync(
            $"/api/cases/{caseId}/duties/{justify.Id}/justification", new { justification = "Forældrene er udkørte; aflastning forebygger en anbringelse." }));
        var decided = await world.DecideAsync(world.Raadgiver, caseId, indstillingId);
        var after = await DutyWorld.DutiesAsync(world.Teamleder, caseId);
        var queue = await DutyWorld.MineAsync(world.Teamleder);

        Assert.Equal(("AfventerBegrundelse", true), (justify.State, justify.Waits));
        await Problem.AssertAsync(tooEarly, HttpStatusCode.Conflict, "duty.awaitsJustification");
        await Problem.AssertAsync(byLeader, HttpStatusCode.Forbidden, "duty.notDecider");
        Assert.Equal(("AfventerLevering", world.RaadgiverName), (justified.State, justified.AnsweredBy));
        Assert.Equal("Forældrene er udkørte; aflastning forebygger en anbringelse.", justified.Justification);
        Assert.Contains("Begrundelse til Teamleder", justified.MessageSubject);
        // The message names the case, not its text: the justification is read in the Studio.
        Assert.DoesNotContain("udkørte", justified.MessageText);
        Assert.True(decided.StatusCode == HttpStatusCode.OK, await decided.Content.ReadAsStringAsync());
        var copy = after.Single(d => d.Kind == "copy");
        Assert.Equal("AfventerLevering", copy.State);
        Assert.DoesNotContain("Pris", copy.MessageText);
        Assert.Contains(queue, q => q.Duty.Id == justify.Id && q.Duty.Justification == justified.Justification);
    }

    [Fact]
    public async Task Should_not_show_a_case_duties_to_another_municipality()
    {
        using var world = await DutyWorld.CreateAsync(host);
        var caseId = await world.CaseAsync("Karl Juhl");
        await world.SubmittedAsync(caseId, "familiebehandling");
        var approval = (await DutyWorld.DutiesAsync(world.Raadgiver, caseId)).Single(d => d.Kind == "approve-by");
        using var other = await host.Client().SignedInAsync("leder@9901");

        await Problem.AssertAsync(await other.GetAsync($"/api/cases/{caseId}/duties"), HttpStatusCode.NotFound, "resource.notFound");
        await Problem.AssertAsync(await other.PostAsync($"/api/cases/{caseId}/duties/{approval.Id}/approve", new { reason = "x" }),
            HttpStatusCode.NotFound, "resource.notFound");
        Assert.DoesNotContain(await DutyWorld.MineAsync(other), q => q.Duty.CaseId == caseId);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class DutyTestsOnSqlite(SqliteHostFixture host) : DutyTests(host);

[Collection(PostgresCollection.Name)]
public sealed class DutyTestsOnPostgres(PostgresHostFixture host) : DutyTests(host);
