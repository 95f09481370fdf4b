using Mediator;
using Visitation.Host.Infrastructure.Auth;
using Visitation.Host.Infrastructure.Errors;

namespace Visitation.Host.Features.Tilbud;

/// <summary>The offer catalogue (tilbudskatalog): read by every user of the municipality, kept by leaders, economy staff and administrators.</summary>
public static class TilbudEndpoints
{
    /// <summary>The largest CSV file the import reads.</summary>
    public const int MaxCsvBytes = 2 * 1024 * 1024;

    public sealed record ProviderRequest(string? Name, string? Cvr);

    public sealed record OfferRequest(Guid? ProviderId, string? Name, string? Type, string? TargetGroup, string? LegalBasis, decimal? Price, string? PriceUnit,
        int? Capacity, int? Vacancies, string? Provision, string? Financing, string? Location, DateOnly? ApprovedUntil, Anbringelsesform? PlacementForm)
    {
        public OfferFields ToFields() => new(Name, Type, TargetGroup, LegalBasis, Price, PriceUnit, Capacity, Vacancies, Provision, Financing, Location, ApprovedUntil,
            PlacementForm);
    }

    public static RouteGroupBuilder MapTilbudApi(this RouteGroupBuilder api)
    {
        var read = api.MapGroup("").WithTags("OfferCatalogue").RequireAuthorization(AuthPolicies.MunicipalityUser);
        var write = api.MapGroup("").WithTags("OfferCatalogue").RequireAuthorization(AuthPolicies.CatalogueEditor);

        read.MapGet("/providers", async (ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListProviders.Query(), cancellationToken)))
            .WithSummary("The municipality's providers")
            .ProducesProblem(401).ProducesProblem(403);

        read.MapGet("/providers/{id:guid}", async (Guid id, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new GetProvider.Query(id), cancellationToken)))
            .WithSummary("One provider")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        write.MapPost("/providers", async (ProviderRequest body, ISender sender, CancellationToken cancellationToken) =>
            {
                var provider = await sender.Send(new SaveProvider.Create(body.Name, body.Cvr), cancellationToken);
                return TypedResults.Created($"/api/providers/{provider.Id}", provider);
            })
            .WithSummary("Add a provider")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(409);

        write.MapPut("/providers/{id:guid}", async (Guid id, ProviderRequest body, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new SaveProvider.Update(id, body.Name, body.Cvr), cancellationToken)))
            .WithSummary("Change a provider")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);

        read.MapGet("/offers", async (string? q, string? type, Guid? providerId, string? provision, string? financing, bool? withVacancies, ISender sender,
                    CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListOffers.Query(q, type, providerId, provision, financing, withVacancies ?? false), cancellationToken)))
            .WithSummary("Search the offer catalogue: q in names, target group and location; filters on type, provider, provision, financing and vacancies")
            .ProducesProblem(401).ProducesProblem(403);

        read.MapGet("/offers/{id:guid}", async (Guid id, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new GetOffer.Query(id), cancellationToken)))
            .WithSummary("One offer")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        write.MapPost("/offers", async (OfferRequest body, ISender sender, CancellationToken cancellationToken) =>
            {
                var offer = await sender.Send(new SaveOffer.Create(body.ProviderId, body.ToFields()), cancellationToken);
                return TypedResults.Created($"/api/offers/{offer.Id}", offer);
            })
            .WithSummary("Add an offer")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(422);

        write.MapPut("/offers/{id:guid}", async (Guid id, OfferRequest body, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new SaveOffer.Update(id, body.ProviderId, body.ToFields()), cancellationToken)))
            .WithSummary("Change an offer")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(422);

        write.MapPost("/offers/import", async (HttpRequest request, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ImportOffers.Command(await ReadCsvAsync(request, cancellationToken)), cancellationToken)))
            .Accepts<string>("text/csv")
            .WithSummary("Import offers from CSV (README: Offer catalogue CSV); when any line is wrong, 422 lists every finding by line and column and nothing is imported")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(422);

        write.MapPost("/offers/import/preview", async (HttpRequest request, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new PreviewOfferImport.Query(await ReadCsvAsync(request, cancellationToken)), cancellationToken)))
            .Accepts<string>("text/csv")
            .WithSummary("What importing the CSV would do, saving nothing: each line with the offer it adds or changes, and every finding by line and column")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403);

        return api;
    }

    private static async Task<string> ReadCsvAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxCsvBytes) throw new RequestValidationException(ErrorMessages.Error("", "import.tooLarge", MaxCsvBytes / 1024));
        using var reader = new StreamReader(request.Body, System.Text.Encoding.UTF8);
        var buffer = new char[MaxCsvBytes + 1];
        var read = await reader.ReadBlockAsync(buffer, cancellationToken);
        if (read > MaxCsvBytes) throw new RequestValidationException(ErrorMessages.Error("", "import.tooLarge", MaxCsvBytes / 1024));
        return new string(buffer, 0, read);
    }
}
