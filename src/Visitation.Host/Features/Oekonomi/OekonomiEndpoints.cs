using Mediator;
using Visitation.Host.Infrastructure.Auth;

namespace Visitation.Host.Features.Oekonomi;

/// <summary>
/// The economy (docs/economy.md): the cost rule's projection for everyone of a municipality; budget, actuals, forecast, variance
/// and the forecast's accuracy for leaders and economy staff (who alone change the budget and import actuals); a meeting's
/// cost against the remaining budget for those who read its agenda.
/// </summary>
public static class OekonomiEndpoints
{
    /// <summary><c>horizon</c> is the last day counted when <c>end</c> is absent (open-ended).</summary>
    public sealed record ProjectionRequest(decimal? UnitPrice, string? Unit, decimal? Quantity, DateOnly? Start, DateOnly? End, DateOnly? Horizon);

    public sealed record BudgetRequest(IReadOnlyList<SaveBudget.LineInput>? Lines);

    /// <summary>An actuals file: its name and its text (docs/economy.md, "Actuals file").</summary>
    public sealed record ActualsFileRequest(string? FileName, string? Content);

    public sealed record SettingsRequest(int? GrantProbabilityPercent, decimal? Pool);

    public static RouteGroupBuilder MapOekonomiApi(this RouteGroupBuilder api)
    {
        var economy = api.MapGroup("/economy").WithTags("Economy").RequireAuthorization(AuthPolicies.MunicipalityUser);

        economy.MapPost("/projection", async (ProjectionRequest body, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ProjectCommitment.Query(body.UnitPrice, body.Unit, body.Quantity, body.Start, body.End, body.Horizon), cancellationToken)))
            .WithSummary("A commitment line's expected cost month by month and per year, exact to the øre (docs/cost-rule.md)")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403);

        economy.MapGet("/budgets/{year:int}", async (int year, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetBudget.Query(year), ct)))
            .RequireAuthorization(AuthPolicies.EconomyReader)
            .WithSummary("The year's budget: lines per policy area and measure type (count × average price), totals, and every change")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403);

        economy.MapPut("/budgets/{year:int}", async (int year, BudgetRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new SaveBudget.Command(year, body.Lines), ct)))
            .RequireAuthorization(AuthPolicies.EconomyEditor)
            .WithSummary("Set the year's budget; changed lines get a new version, lines left out are removed")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403);

        economy.MapPost("/actuals/preview", async (ActualsFileRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new PreviewActuals.Query(body.FileName, body.Content), ct)))
            .RequireAuthorization(AuthPolicies.EconomyEditor)
            .WithSummary("Check a file of actuals (cpr;indsats;maaned;beloeb) without storing it: months, totals, what it replaces, every wrong line")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403);

        economy.MapPost("/actuals/imports", async (ActualsFileRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ImportActuals.Command(body.FileName, body.Content), ct)))
            .RequireAuthorization(AuthPolicies.EconomyEditor)
            .WithSummary("Import a file of actuals, all or nothing; the months it holds replace what was stored for them")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(422);

        economy.MapGet("/actuals/imports", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListActualsImports.Query(), ct)))
            .RequireAuthorization(AuthPolicies.EconomyReader)
            .WithSummary("The latest imports of actuals, newest first")
            .ProducesProblem(401).ProducesProblem(403);

        economy.MapGet("/forecasts/{year:int}", async (int year, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetForecast.Query(year), ct)))
            .RequireAuthorization(AuthPolicies.EconomyReader)
            .WithSummary("The year's forecast as of today: actuals + commitments + weighted pending indstillinger + expected new cases + pool, as a waterfall from the budget")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403);

        economy.MapGet("/forecasts/{year:int}/accuracy", async (int year, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetForecastAccuracy.Query(year), ct)))
            .RequireAuthorization(AuthPolicies.EconomyReader)
            .WithSummary("The monthly forecast snapshots of the year and their accuracy against the year's actuals")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403);

        economy.MapGet("/variances/{year:int}", async (int year, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetVariance.Query(year), ct)))
            .RequireAuthorization(AuthPolicies.EconomyReader)
            .WithSummary("The variance so far per measure type, split into volume effect and price effect")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403);

        economy.MapGet("/settings", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetOekonomiSettings.Query(), ct)))
            .RequireAuthorization(AuthPolicies.EconomyReader)
            .WithSummary("The forecast's grant probability for pending indstillinger and its pool per year")
            .ProducesProblem(401).ProducesProblem(403);

        economy.MapPut("/settings", async (SettingsRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new SaveOekonomiSettings.Command(body.GrantProbabilityPercent, body.Pool), ct)))
            .RequireAuthorization(AuthPolicies.EconomyEditor)
            .WithSummary("Set the grant probability (0-100 %) and the pool for unknown inflow per year")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403);

        economy.MapGet("/fora/{forumId:guid}/meetings/{meetingId:guid}/budget", async (Guid forumId, Guid meetingId, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetMeetingBudget.Query(forumId, meetingId), ct)))
            .WithSummary("What the meeting's open items would cost this year per policy area, against the area's remaining budget")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        return api;
    }

    /// <summary>The monthly forecast snapshot, on the engine's scheduler.</summary>
    public static IServiceCollection AddOekonomi(this IServiceCollection services)
    {
        services.AddSingleton<Visitation.Workflows.Jobs.IRecurringJob, ForecastSnapshotJob>();
        return services;
    }
}
