using Mediator;
using Visitation.Host.Infrastructure.Auth;

namespace Visitation.Host.Features.Matchning;

/// <summary>Matching an indstilling to an offer: the need, the candidates, the bid round, the choice and the beslutning; and the municipality's matching rules.</summary>
public static class MatchningEndpoints
{
    public sealed record NeedRequest(Guid? IndstillingId, string? Need, string? MeasureType, string? TargetGroup, string? LegalBasis, decimal? Quantity, string? Unit,
        bool? BidRound);

    public sealed record BidRequest(Guid? OfferId, BudSvar? Outcome, decimal? Price, string? Note);

    public sealed record ChoiceRequest(Guid? OfferId, string? Reason);

    public sealed record DecisionRequest(BeslutningUdfald? Outcome, string? Reason);

    public sealed record ApprovalRequest(GodkendelseUdfald? Outcome, string? Reason);

    public sealed record SettingsRequest(int? BidDeadlineWorkingDays);

    public static RouteGroupBuilder MapMatchningApi(this RouteGroupBuilder api)
    {
        var cases = api.MapGroup("/cases").WithTags("Matching").RequireAuthorization(AuthPolicies.CaseWorker);

        cases.MapPost("/{id:guid}/matchninger", async (Guid id, NeedRequest body, ISender sender, CancellationToken ct) =>
            {
                var matchning = await sender.Send(new RecordNeed.Command(id, body.IndstillingId, body.Need, body.MeasureType, body.TargetGroup, body.LegalBasis,
                    body.Quantity, body.Unit, body.BidRound ?? false), ct);
                return TypedResults.Created($"/api/cases/{id}/matchninger/{matchning.Id}", matchning);
            })
            .WithSummary("Record the assessed need of an indstilling's matching (measure type, legal basis and scope default to the indstilling's); bidRound starts the internal providers' deadline")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);

        cases.MapGet("/{id:guid}/matchninger", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ReadMatchninger.List(id), ct)))
            .WithSummary("The case's matchings with their bid rounds, choices and beslutninger")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        cases.MapGet("/{id:guid}/matchninger/{matchningId:guid}", async (Guid id, Guid matchningId, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ReadMatchninger.One(id, matchningId), ct)))
            .WithSummary("One matching")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        cases.MapGet("/{id:guid}/matchninger/{matchningId:guid}/candidates", async (Guid id, Guid matchningId, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListCandidates.Query(id, matchningId), ct)))
            .WithSummary("Offers that fit the need (type, target group, legal basis, approval, vacancies), by the indsatstrappe and then own, local and external, with the expected cost; then, marked match AdjacentStep, offers of the neighbouring steps that fit the target group")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);

        cases.MapPost("/{id:guid}/matchninger/{matchningId:guid}/bids", async (Guid id, Guid matchningId, BidRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new RecordBid.Command(id, matchningId, body.OfferId, body.Outcome, body.Price, body.Note), ct)))
            .WithSummary("Record a provider's bid, quote or decline in the bid round (internal providers before the deadline, external ones once invited)")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);

        cases.MapPost("/{id:guid}/matchninger/{matchningId:guid}/choose", async (Guid id, Guid matchningId, ChoiceRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ChooseOffer.Command(id, matchningId, body.OfferId, body.Reason), ct)))
            .WithSummary("Choose an offer; an external offer when an internal one fits needs a reason (422 at /reason). Resumes the case's flow, or, outside the decided competence, waits for the competent level's approval")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);

        cases.MapPost("/{id:guid}/matchninger/{matchningId:guid}/approve", async (Guid id, Guid matchningId, ApprovalRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ApproveChoice.Command(id, matchningId, body.Outcome, body.Reason), ct)))
            .WithSummary("The competent level approves a choice outside the decided competence (Godkendt: the case's flow gets it and grants it) or refuses it with a reason (Afvist: back to choosing)")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);

        cases.MapPost("/{id:guid}/matchninger/{matchningId:guid}/beslutning", async (Guid id, Guid matchningId, DecisionRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new DecideOffer.Command(id, matchningId, body.Outcome, body.Reason), ct)))
            .WithSummary("Accept the chosen offer within the frame per year of the grant (409 when there is no grant, 422 at /outcome with the excess when its annual cost exceeds the frame) or reject it back to choosing")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);

        var settings = api.MapGroup("/matchning/settings").WithTags("Matching");
        settings.MapGet("", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new MatchningSettingsApi.Get(), ct)))
            .RequireAuthorization(AuthPolicies.MunicipalityUser)
            .WithSummary("The municipality's matching rules: the internal providers' bid deadline in working days, no weekends or Danish public holidays (default 5)")
            .ProducesProblem(401).ProducesProblem(403);
        settings.MapPut("", async (SettingsRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new MatchningSettingsApi.Set(body.BidDeadlineWorkingDays), ct)))
            .RequireAuthorization(AuthPolicies.CatalogueEditor)
            .WithSummary("Set the municipality's matching rules")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403);

        return api;
    }
}
