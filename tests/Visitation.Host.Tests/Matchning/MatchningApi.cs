using System.Net;
using Visitation.Host.Tests.Infrastructure;
using static Visitation.Host.Tests.Sager.CaseApi;

namespace Visitation.Host.Tests.Matchning;

/// <summary>The matching API's answers as the tests read them, and a catalogue and case of a test's own to match on.</summary>
public static class MatchningApi
{
    public sealed record Valg(Guid MatchningId, Guid OfferId, Guid ProviderId, string ProviderName, bool Internal, decimal UnitPrice, string Unit, decimal Quantity,
        string? Reason);

    public sealed record Candidate(Guid OfferId, string OfferName, Guid ProviderId, string ProviderName, string Type, string Match, string Step, string StepName,
        int StepRank, string? PlacementForm, string OwnFirst, string? TargetGroup, string LegalBasis, string? Location, decimal Price, string Unit, decimal Quantity, decimal CostThisYear, decimal CostTotal,
        decimal AnnualCost, int? Vacancies, DateOnly? ApprovedUntil);

    public sealed record Bid(Guid Id, Guid OfferId, Guid ProviderId, bool Internal, string Outcome, decimal? Price, string? Note, string RecordedBy, DateTimeOffset RecordedAt);

    public sealed record Invitation(Guid OfferId, string OfferName, Guid ProviderId, string ProviderName, bool Internal, bool Answered);

    public sealed record BidRound(DateTimeOffset? Deadline, string Phase, List<Invitation> Invited, List<Bid> Bids);

    public sealed record Choice(Valg Valg, decimal CostThisYear, decimal CostTotal, decimal AnnualCost, string ChosenBy, DateTimeOffset ChosenAt);

    public sealed record Matching(Guid Id, Guid CaseId, Guid IndstillingId, string Status, string? Need, string MeasureType, string? TargetGroup, string LegalBasis,
        decimal Quantity, string Unit, DateOnly Start, DateOnly? End, Guid? BevillingId, BidRound? BidRound, Choice? Choice, decimal? Frame, string? DecidedBy,
        DateTimeOffset? DecidedAt, string? RejectionReason, string CreatedBy, DateTimeOffset CreatedAt);

    public sealed record Offer(Guid Id, string Name);

    private sealed record Created(Guid Id);

    /// <summary>A word no other test uses, put in the target group of a test's offers and need so its candidates are its own.</summary>
    public static string NewTargetGroup() => $"Unge {Guid.NewGuid():N}"[..17];

    public static async Task<Guid> ProviderAsync(ApiClient editor, string name) =>
        (await editor.ReadAsync<Created>(await editor.PostAsync("/api/providers", new { name = $"{name} {Guid.NewGuid():N}"[..(name.Length + 9)] }),
            HttpStatusCode.Created)).Id;

    /// <summary>A placement offer priced per month, in a foster family unless another placement form is given.</summary>
    public static async Task<Offer> OfferAsync(ApiClient editor, Guid providerId, string name, string provision, decimal monthly, string targetGroup,
        string? location = null, string legalBasis = "BL § 46", int? vacancies = 2, string? approvedUntil = "2030-12-31", string type = "anbringelse",
        string? placementForm = "Plejefamilie") =>
        await editor.ReadAsync<Offer>(await editor.PostAsync("/api/offers", new
        {
            providerId, name, type, targetGroup, legalBasis, price = monthly, priceUnit = "kr-pr-maaned", capacity = 4, vacancies, provision,
            financing = provision == "intern" ? "ramme" : "takst", location, approvedUntil, placementForm,
        }), HttpStatusCode.Created);

    /// <summary>A case with a drafted anbringelse indstilling from 1 December 2026 to 30 November 2027 (or <paramref name="expectedEnd"/>), one placement a month.</summary>
    public static async Task<(Guid CaseId, Guid IndstillingId)> CaseWithIndstillingAsync(ApiClient caseworker, string childName, string expectedEnd = "2027-11-30")
    {
        var sag = await RegisterAsync(caseworker, childName, NewCpr());
        var indstilling = await caseworker.ReadAsync<Created>(await caseworker.PostAsync($"/api/cases/{sag.Id}/indstillinger", new
        {
            needs = "Barnet kan ikke bo hjemme.",
            measure = new { type = "anbringelse", legalBasis = "BL-46" },
            scope = new { quantity = 1, unit = "kr-pr-maaned", unitPrice = 35000m },
            start = "2026-12-01",
            expectedEnd,
            goals = new[] { "Barnet får ro og stabil skolegang" },
            followUpCadence = "P3M",
            gates = new { barnetsPlan = true, boernesamtale = true, familieraadslagning = true },
        }), HttpStatusCode.Created);
        return (sag.Id, indstilling.Id);
    }

    public static Task<HttpResponseMessage> RecordNeedAsync(ApiClient client, Guid caseId, Guid indstillingId, string targetGroup, bool bidRound = false) =>
        client.PostAsync($"/api/cases/{caseId}/matchninger",
            new { indstillingId, need = "Barnet har brug for en stabil voksen og ro om skolegangen.", targetGroup, bidRound });

    public static async Task<Matching> NeedAsync(ApiClient client, Guid caseId, Guid indstillingId, string targetGroup, bool bidRound = false) =>
        await client.ReadAsync<Matching>(await RecordNeedAsync(client, caseId, indstillingId, targetGroup, bidRound), HttpStatusCode.Created);

    public static async Task<List<Candidate>> CandidatesAsync(ApiClient client, Guid caseId, Guid matchningId) =>
        await client.ReadAsync<List<Candidate>>(await client.GetAsync($"/api/cases/{caseId}/matchninger/{matchningId}/candidates"));

    public static async Task<Matching> GetAsync(ApiClient client, Guid caseId, Guid matchningId) =>
        await client.ReadAsync<Matching>(await client.GetAsync($"/api/cases/{caseId}/matchninger/{matchningId}"));

    public static Task<HttpResponseMessage> ChooseAsync(ApiClient client, Guid caseId, Guid matchningId, Guid offerId, string? reason = null) =>
        client.PostAsync($"/api/cases/{caseId}/matchninger/{matchningId}/choose", new { offerId, reason });

    public static Task<HttpResponseMessage> BidAsync(ApiClient client, Guid caseId, Guid matchningId, Guid offerId, string outcome, decimal? price = null) =>
        client.PostAsync($"/api/cases/{caseId}/matchninger/{matchningId}/bids", new { offerId, outcome, price, note = "Svar modtaget pr. mail" });

    public static Task<HttpResponseMessage> DecideAsync(ApiClient client, Guid caseId, Guid matchningId, string outcome, string? reason = null) =>
        client.PostAsync($"/api/cases/{caseId}/matchninger/{matchningId}/beslutning", new { outcome, reason });

    /// <summary>A strict-BUM frame grant of the indstilling (no provider), made by a small flow on the case; returns the grant's id.</summary>
    public static async Task<Guid> FrameGrantAsync(ApiClient administrator, ApiClient caseworker, Guid caseId, Guid indstillingId)
    {
        await Bevillinger.BevillingApi.StartOnCaseAsync(administrator, Bevillinger.BevillingApi.GrantThenEnd(Flows.NewId("ramme")), caseId,
            new { indstillingId = indstillingId.ToString() });
        return Assert.Single(await Bevillinger.BevillingApi.GrantsAsync(caseworker, caseId), g => g.IndstillingId == indstillingId && g.ProviderId is null).Id;
    }
}
