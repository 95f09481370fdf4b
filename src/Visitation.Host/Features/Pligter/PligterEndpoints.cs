using Mediator;
using Visitation.Host.Infrastructure.Auth;

namespace Visitation.Host.Features.Pligter;

/// <summary>The duties of decisions: a case's duties, a leader's own queue, approving or refusing, and writing a justification.</summary>
public static class PligterEndpoints
{
    public sealed record ReasonRequest(string? Reason);

    public sealed record JustificationRequest(string? Justification);

    public static RouteGroupBuilder MapPligterApi(this RouteGroupBuilder api)
    {
        var cases = api.MapGroup("/cases").WithTags("Duties").RequireAuthorization(AuthPolicies.CaseWorker);

        cases.MapGet("/{id:guid}/duties", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListDuties.ForCase(id), ct)))
            .WithSummary("The duties of the case's decisions: copies, information, justifications and approvals, with approver, time and reason")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        cases.MapPost("/{id:guid}/duties/{dutyId:guid}/approve", async (Guid id, Guid dutyId, ReasonRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new AnswerDuty.Decide(id, dutyId, AnswerDuty.Answer.Approve, body.Reason), ct)))
            .WithSummary("Approve an indstilling for the named level (a holder or substitute; never one's own), with a reason")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);

        cases.MapPost("/{id:guid}/duties/{dutyId:guid}/refuse", async (Guid id, Guid dutyId, ReasonRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new AnswerDuty.Decide(id, dutyId, AnswerDuty.Answer.Refuse, body.Reason), ct)))
            .WithSummary("Refuse the approval, with a reason; the indstilling can then only be refused or returned")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);

        cases.MapPost("/{id:guid}/duties/{dutyId:guid}/justification", async (Guid id, Guid dutyId, JustificationRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new AnswerDuty.Justify(id, dutyId, body.Justification), ct)))
            .WithSummary("Write the justification the plan asks of the decider; it is delivered to the named level")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);

        api.MapGet("/duties/mine", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListDuties.Mine(), ct)))
            .WithTags("Duties").RequireAuthorization(AuthPolicies.CaseWorker)
            .WithSummary("My queue: approvals waiting for a level I hold or stand in for, and justifications and copies delivered to my levels")
            .ProducesProblem(401).ProducesProblem(403);

        return api;
    }
}
