using Mediator;
using Visitation.Host.Infrastructure.Auth;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;

namespace Visitation.Host.Features.Sager;

/// <summary>
/// Checks a CPR number before a child is registered. The number travels only in the request body; an
/// invalid one is refused with 400 and the code <c>cpr.invalid</c> at its path, without repeating it.
/// </summary>
public static class CprEndpoints
{
    public sealed record CprCheckRequest(Cpr? Cpr);

    /// <summary>What a valid CPR number tells: the masked number, the date of birth and the legal sex.</summary>
    public sealed record CprCheckResult(string Masked, DateOnly DateOfBirth, JuridiskKoen JuridiskKoen);

    public sealed record CprCheck(Cpr? Cpr) : IQuery<CprCheckResult>, IValidatable
    {
        public IEnumerable<ProblemError> Validate()
        {
            if (Cpr is null) yield return ErrorMessages.Error("/cpr", "field.required");
        }
    }

    public sealed class CprCheckHandler : IQueryHandler<CprCheck, CprCheckResult>
    {
        public ValueTask<CprCheckResult> Handle(CprCheck query, CancellationToken cancellationToken) =>
            ValueTask.FromResult(new CprCheckResult(query.Cpr!.Masked, query.Cpr.DateOfBirth, query.Cpr.JuridiskKoen));
    }

    public static RouteGroupBuilder MapCprApi(this RouteGroupBuilder api)
    {
        api.MapGroup("/cpr").WithTags("Cpr").RequireAuthorization(AuthPolicies.MunicipalityUser)
            .MapPost("/check", async (CprCheckRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new CprCheck(body.Cpr), ct)))
            .WithSummary("Check a CPR number's format and date (no modulus-11 rule) and derive the date of birth and legal sex")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403);
        return api;
    }
}
