using Mediator;
using Visitation.Host.Infrastructure.Auth;

namespace Visitation.Host.Features.Indstillinger;

/// <summary>Indstillinger, their routing by the competence plan, decisions below a forum and the afgørelse letter.</summary>
public static class IndstillingerEndpoints
{
    public sealed record DecisionRequest(AfgoerelseUdfald? Outcome, string? Rationale, string? Change, decimal? ChangedQuantity, string? Investigate);

    public static RouteGroupBuilder MapIndstillingerApi(this RouteGroupBuilder api)
    {
        var cases = api.MapGroup("/cases").WithTags("Cases").RequireAuthorization(AuthPolicies.CaseWorker);

        cases.MapGet("/{id:guid}/indstillinger", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ReadIndstillinger.Query(id), ct)))
            .WithSummary("The case's indstillinger and decisions")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        cases.MapGet("/{id:guid}/indstillinger/draft", async (Guid id, string? measureType, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new DraftIndstilling.Query(id, measureType), ct)))
            .WithSummary("A pre-filled indstilling to start from: needs, sections and documents from the undersøgelse; legal basis and unit suggested for ?measureType=")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        cases.MapPost("/{id:guid}/indstillinger/preview", async (Guid id, IndstillingInput body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new PreviewIndstilling.Query(id, body), ct)))
            .WithSummary("While an indstilling is typed: its cost by the cost rule (a month, this year, a year, in total), who would decide it by the competence plan (level, rule, explanation, gates and copies, unmet gates) and, for a forum, the meeting it would go on; nothing is stored")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        cases.MapPost("/{id:guid}/indstillinger", async (Guid id, IndstillingInput body, ISender sender, CancellationToken ct) =>
            {
                var indstilling = await sender.Send(new SaveIndstilling.Create(id, body), ct);
                return TypedResults.Created($"/api/cases/{id}/indstillinger", indstilling);
            })
            .WithSummary("Draft an indstilling; the expected cost this year and in total is computed by the cost rule")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        cases.MapPut("/{id:guid}/indstillinger/{indstillingId:guid}", async (Guid id, Guid indstillingId, IndstillingInput body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new SaveIndstilling.Update(id, indstillingId, body), ct)))
            .WithSummary("Revise a draft or returned indstilling")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);

        cases.MapPost("/{id:guid}/indstillinger/{indstillingId:guid}/submit", async (Guid id, Guid indstillingId, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new SubmitIndstilling.Command(id, indstillingId), ct)))
            .WithSummary("Submit for decision: routed by the competence plan; unmet gates give 422 with their paths")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);

        cases.MapPost("/{id:guid}/indstillinger/{indstillingId:guid}/decision", async (Guid id, Guid indstillingId, DecisionRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new DecideIndstilling.Command(id, indstillingId, body.Outcome, body.Rationale, body.Change, body.ChangedQuantity,
                    body.Investigate), ct)))
            .WithSummary("Decide an indstilling (holder of the routed level or their substitute): Bevilget, BevilgetMedAendring, Afslaaet or Tilbagesendt")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);

        cases.MapGet("/{id:guid}/decisions/{decisionId:guid}/letter", async (Guid id, Guid decisionId, ISender sender, CancellationToken ct) =>
                TypedResults.Content(await sender.Send(new GetAfgoerelseLetter.Query(id, decisionId), ct), "text/html; charset=utf-8"))
            .WithSummary("The afgørelse letter as printable HTML, with reasons, legal basis and klagevejledning")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        cases.MapGet("/{id:guid}/decisions/{decisionId:guid}/letter.pdf", async (Guid id, Guid decisionId, ISender sender, CancellationToken ct) =>
            {
                var letter = await sender.Send(new GetAfgoerelseLetterPdf.Query(id, decisionId), ct);
                return TypedResults.File(letter.Pdf, "application/pdf", letter.FileName);
            })
            .WithSummary("The afgørelse letter as PDF, the same content as the HTML letter")
            .Produces(200, contentType: "application/pdf")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        return api;
    }
}
