using Mediator;
using Visitation.Host.Features.Audit;
using Visitation.Host.Infrastructure.Auth;

namespace Visitation.Host.Features.Sager;

/// <summary>
/// Cases (sager). CPR numbers travel only in request bodies (search, register, set CPR); every answer masks
/// them except the audited reveal. Caseworkers and leaders of the municipality only; another municipality's case is 404.
/// </summary>
public static class SagerEndpoints
{
    public sealed record SearchRequest(Cpr? Cpr, string? Name, DateOnly? DateOfBirth);

    public sealed record RegisterRequest(ChildInput? Child, IReadOnlyList<CustodyHolderInput>? CustodyHolders, string? Tovholder, Guid? SiblingOf);

    public sealed record SetCprRequest(Cpr? Cpr);

    public sealed record CorrectCprRequest(Cpr? Cpr, string? Reason);

    public sealed record HandoverRequest(string? To);

    public sealed record FlowSettingsRequest(string? DefinitionId);

    public sealed record ReplaceFlowRequest(string? DefinitionId, System.Text.Json.Nodes.JsonObject? Input, string? Reason);

    public static RouteGroupBuilder MapSagerApi(this RouteGroupBuilder api)
    {
        var cases = api.MapGroup("/cases").WithTags("Cases").RequireAuthorization(AuthPolicies.CaseWorker);

        api.MapPost("/cases/{id:guid}/flow/replace", async (Guid id, ReplaceFlowRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ReplaceSagFlow.Command(id, body.DefinitionId, body.Input, body.Reason), ct)))
            .RequireAuthorization(AuthPolicies.KommuneAdministrator)
            .WithTags("Cases")
            .WithSummary("Administrators: cancel the case's flow and start another published flow as the case's own, with a reason written to the audit trail")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);

        cases.MapPost("/search", async (SearchRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new SearchPersons.Query(body.Cpr, body.Name, body.DateOfBirth), ct)))
            .WithSummary("Person search and duplicate check before registering: by CPR number (body only) or by name and date of birth")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403);

        cases.MapPost("", async (RegisterRequest body, ISender sender, CancellationToken ct) =>
            {
                var sag = await sender.Send(new RegisterSag.Command(body.Child, body.CustodyHolders, body.Tovholder, body.SiblingOf), ct);
                return TypedResults.Created($"/api/cases/{sag.Id}", sag);
            })
            .WithSummary("Register a case for one child (CPR optional for unborn or newly arrived children)")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(409).ProducesProblem(422);

        cases.MapGet("", async (bool? mine, SagStatus? status, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListSager.Query(mine ?? false, status), ct)))
            .WithSummary("The municipality's cases, newest first, CPR masked")
            .ProducesProblem(401).ProducesProblem(403);

        cases.MapGet("/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetSag.Query(id), ct)))
            .WithSummary("The case page: child (CPR masked), custody holders, tovholder, siblings, documents")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        cases.MapPost("/{id:guid}/cpr/reveal", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new RevealSagCpr.Command(id), ct)))
            .WithSummary("The child's full CPR number, for a caseworker who chooses to see it; every reveal is in the audit trail (sag.cpr.vist)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        cases.MapGet("/waiting", async (ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListVentendeSager.Query(), ct)))
            .WithSummary("The caller's open cases (as tovholder) with no open task, each with its next step: indstilling, matchning, beslutning, moede, leverandoer, venter or ukendt")
            .ProducesProblem(401).ProducesProblem(403);

        cases.MapGet("/{id:guid}/next-step", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetSagNaesteSkridt.Query(id), ct)))
            .WithSummary("What the case waits for next: its earliest open task (opgave), or what its flow waits at, or afsluttet")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        cases.MapGet("/{id:guid}/timeline", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetSagTidslinje.Query(id), ct)))
            .WithSummary("The case's timeline, newest first: underretninger, completed tasks with what was entered, decisions, documents, orders and answers, the flow's main steps and the audit trail's writes")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        cases.MapGet("/{id:guid}/orders", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListSagBestillinger.Query(id), ct)))
            .WithSummary("The case's orders to providers and their answers (accepted, declined with reason), newest first")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        cases.MapPut("/{id:guid}/cpr", async (Guid id, SetCprRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new SetSagCpr.Command(id, body.Cpr), ct)))
            .WithSummary("Add the CPR number of a child registered without one; a number once set changes only by correction (409 sag.cprAlreadySet)")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);

        cases.MapPost("/{id:guid}/cpr/correction", async (Guid id, CorrectCprRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new CorrectSagCpr.Command(id, body.Cpr, body.Reason), ct)))
            .WithSummary("Correct a wrong CPR number (tovholder or leader), with a reason written to the audit trail (sag.cpr.correct)")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);

        cases.MapPost("/{id:guid}/handover", async (Guid id, HandoverRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new HandOverSag.Offer(id, body.To), ct)))
            .WithSummary("Offer the case to another caseworker; the tovholder changes when they accept")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);

        cases.MapPost("/{id:guid}/handover/accept", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new HandOverSag.Accept(id), ct)))
            .WithSummary("Accept a handover offered to the caller; the caller becomes tovholder")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);

        cases.MapPost("/{id:guid}/handover/decline", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new HandOverSag.Decline(id), ct)))
            .WithSummary("Decline a handover offered to the caller")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);

        cases.MapPost("/{id:guid}/documents", async (Guid id, AddSagDokument.DocumentInput body, ISender sender, CancellationToken ct) =>
            {
                var document = await sender.Send(new AddSagDokument.Command(id, body), ct);
                return TypedResults.Created($"/api/cases/{id}/documents/{document.Id}", document);
            })
            .WithSummary("Attach a document (content base64, at most 10 MB; PDF, PNG, JPEG, text or Word)")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        cases.MapGet("/{id:guid}/documents/{documentId:guid}", async (Guid id, Guid documentId, ISender sender, CancellationToken ct) =>
            {
                var document = await sender.Send(new GetSagDokument.Query(id, documentId), ct);
                return TypedResults.File(document.Indhold, document.ContentType, document.FilNavn);
            })
            .WithSummary("Download a document")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        var audit = api.MapGroup("/cases").WithTags("Cases").RequireAuthorization(AuthPolicies.CaseLeader);

        audit.MapGet("/{id:guid}/audit", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListAuditTrail.Query(id), ct)))
            .WithSummary("The case's audit trail: every read and write by a person (leaders)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        audit.MapGet("/{id:guid}/audit.csv", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Text(await sender.Send(new ListAuditTrail.CsvQuery(id), ct), "text/csv; charset=utf-8"))
            .WithSummary("The case's audit trail as CSV (leaders)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        var flowSettings = api.MapGroup("/case-flow/settings").WithTags("Cases");
        flowSettings.MapGet("", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetSagFlowSettings.Query(), ct)))
            .RequireAuthorization(AuthPolicies.MunicipalityUser)
            .WithSummary("The flow an underretning starts for a new case (default visitation-standard), and who chose it when")
            .ProducesProblem(401).ProducesProblem(403);
        flowSettings.MapPut("", async (FlowSettingsRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new SaveSagFlowSettings.Command(body.DefinitionId), ct)))
            .RequireAuthorization(AuthPolicies.DefinitionEditor)
            .WithSummary("Choose the flow new cases start (process designers and administrators); it must be published in the municipality (422 at /definitionId). Open cases keep their flow")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(409).ProducesProblem(422);

        return api;
    }
}
