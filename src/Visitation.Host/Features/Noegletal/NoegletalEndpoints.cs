using Mediator;
using Visitation.Host.Infrastructure.Auth;

namespace Visitation.Host.Features.Noegletal;

/// <summary>
/// Nøgletal (KPIs) over a period and scope per audience, their drill-down to cases, the municipality's targets and the
/// data-quality report. Filters: <c>period</c> (2026, 2026-Q2 or 2026-05), <c>scope</c> (egen, team, kommune) and
/// <c>audience</c> (raadgiver, leder, ledelse, udvalg).
/// </summary>
public static class NoegletalEndpoints
{
    public sealed record TargetRequest(decimal? Target);

    public static RouteGroupBuilder MapNoegletalApi(this RouteGroupBuilder api)
    {
        var kpis = api.MapGroup("/kpis").WithTags("Noegletal");

        kpis.MapGet("", async (string? period, string? scope, string? audience, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetNoegletal.Query(new NoegletalFilter(period, scope, audience)), ct)))
            .RequireAuthorization(AuthPolicies.KpiReader)
            .WithSummary("The audience's nøgletal for the period and scope, with definitions, targets and national figures; a Rådgiver sees only scope=egen, Økonomi and Administrator only scope=kommune")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403);

        kpis.MapGet("/{id}/cases", async (string id, string? period, string? scope, string? part, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListNoegletalSager.Query(id, new NoegletalFilter(period, scope, null), part), ct)))
            .RequireAuthorization(AuthPolicies.CaseWorker)
            .WithSummary("The cases behind a nøgletal's numerator (part=taeller, default) or denominator (part=naevner); each listed case is audited as read")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        kpis.MapGet("/targets", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListNoegletalMaal.Query(), ct)))
            .RequireAuthorization(AuthPolicies.KpiReader)
            .WithSummary("Every nøgletal with the municipality's target, if set")
            .ProducesProblem(401).ProducesProblem(403);

        kpis.MapPut("/targets/{id}", async (string id, TargetRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new SaveNoegletalMaal.Command(id, body.Target), ct)))
            .RequireAuthorization(AuthPolicies.KpiTargetEditor)
            .WithSummary("Set the municipality's target for a nøgletal in its unit (per cent 0-100 for a share), or clear it with null")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        api.MapGet("/data-quality", async (string? scope, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetDatakvalitet.Query(scope), ct)))
            .WithTags("Noegletal")
            .RequireAuthorization(AuthPolicies.CaseWorker)
            .WithSummary("The data-quality report on open cases in the scope: missing and filler values, inconsistent deadlines, no tovholder, grants without a commitment line; each finding links to where it is fixed")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403);

        return api;
    }
}
