using Mediator;
using Visitation.Host.Infrastructure.Auth;

namespace Visitation.Host.Features.Frister;

/// <summary>Legal deadlines as data: read and computed by every user of the municipality, overridden by process designers and administrators.</summary>
public static class FristerEndpoints
{
    /// <summary>Exactly one of <c>duration</c> (ISO 8601, e.g. <c>P2M</c>) and <c>workingDays</c>; <c>effectiveFrom</c> is a local date.</summary>
    public sealed record OverrideRequest(string? Duration, int? WorkingDays, DateOnly? EffectiveFrom, string? Reason);

    public sealed record ComputeRequest(DateTimeOffset? Start);

    public static RouteGroupBuilder MapFristerApi(this RouteGroupBuilder api)
    {
        var read = api.MapGroup("/deadline-rules").WithTags("DeadlineRules").RequireAuthorization(AuthPolicies.MunicipalityUser);
        var write = api.MapGroup("/deadline-rules").WithTags("DeadlineRules").RequireAuthorization(AuthPolicies.DefinitionEditor);

        read.MapGet("/", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListFristRules.Query(), ct)))
            .WithSummary("The legal deadlines as they apply to the caller's municipality now: legal default, local override and every version")
            .ProducesProblem(401).ProducesProblem(403);

        read.MapGet("/{ruleId}", async (string ruleId, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetFristRule.Query(ruleId), ct)))
            .WithSummary("One legal deadline as it applies to the caller's municipality now")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        read.MapPost("/{ruleId}/compute", async (string ruleId, ComputeRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ComputeFrist.Query(ruleId, body.Start), ct)))
            .WithSummary("When a deadline of this rule falls due if it starts at the given instant, and which version of the rule applies")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        write.MapPut("/{ruleId}/override", async (string ruleId, OverrideRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new SetFristOverride.Command(ruleId, body.Duration, body.WorkingDays, body.EffectiveFrom, body.Reason), ct)))
            .WithSummary("Set a stricter local target from an effective date, as a new version; 422 when it could fall due later than the legal default")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);

        return api;
    }
}
