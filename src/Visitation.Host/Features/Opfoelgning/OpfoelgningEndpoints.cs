using Mediator;
using Visitation.Host.Infrastructure.Auth;

namespace Visitation.Host.Features.Opfoelgning;

/// <summary>
/// Follow-up: the municipality's cadence rules (read by every user, kept by leaders and administrators), a case's
/// own cadence and its follow-ups (caseworkers and leaders).
/// </summary>
public static class OpfoelgningEndpoints
{
    public static RouteGroupBuilder MapOpfoelgningApi(this RouteGroupBuilder api)
    {
        var read = api.MapGroup("/follow-up-cadences").WithTags("FollowUp").RequireAuthorization(AuthPolicies.MunicipalityUser);
        var write = api.MapGroup("/follow-up-cadences").WithTags("FollowUp").RequireAuthorization(AuthPolicies.CadenceEditor);
        var cases = api.MapGroup("/cases").WithTags("FollowUp").RequireAuthorization(AuthPolicies.CaseWorker);

        read.MapGet("/", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListKadenceRegler.Query(), ct)))
            .WithSummary("The legal follow-up cadence, the order in which cadences win, and the municipality's rules per measure type, track and team")
            .ProducesProblem(401).ProducesProblem(403);

        write.MapPut("/{omfang}/{noegle}", async (string omfang, string noegle, KadenceInput body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new SaveKadenceRegel.Command(omfang, noegle, body), ct)))
            .WithSummary("Set the cadence for a measure type (IndsatsType), a track (Spor: a flow id) or a team (Team); steps of ISO periods, the last repeating")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(409).ProducesProblem(422);

        write.MapDelete("/{omfang}/{noegle}", async (string omfang, string noegle, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new DeleteKadenceRegel.Command(omfang, noegle), ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Remove a cadence rule; the next rule in the order of precedence applies")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        cases.MapGet("/{id:guid}/opfoelgninger", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListOpfoelgninger.Query(id), ct)))
            .WithSummary("The case's follow-ups: the next due date and the rule behind it, and the outcomes recorded")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        cases.MapGet("/{id:guid}/follow-up-cadence", async (Guid id, string? indsatsType, string? kadence, DateOnly? start, int? gennemfoert, ISender sender,
                    CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetAnvendtKadence.Query(id, indsatsType, kadence, start, gennemfoert), ct)))
            .WithSummary("Which cadence applies to the case's measure and why, and when the next follow-up falls due")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        cases.MapPut("/{id:guid}/follow-up-cadence", async (Guid id, KadenceInput body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new SetSagKadence.Command(id, body), ct)))
            .WithSummary("Set the case's own follow-up cadence, which wins over every other rule")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);

        cases.MapDelete("/{id:guid}/follow-up-cadence", async (Guid id, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new SetSagKadence.Clear(id), ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Clear the case's own follow-up cadence")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        return api;
    }
}
