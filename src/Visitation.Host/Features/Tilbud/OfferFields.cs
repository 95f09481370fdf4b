using Visitation.Host.Features.Kompetenceplaner;
using Visitation.Host.Features.Oekonomi;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;

namespace Visitation.Host.Features.Tilbud;

/// <summary>
/// An offer's fields as a user or a CSV line gives them; checked the same way for both. A placement offer names its placement
/// form; another offer may name one (respite in a foster family or at an institution).
/// </summary>
public sealed record OfferFields(string? Name, string? Type, string? TargetGroup, string? LegalBasis, decimal? Price, string? PriceUnit, int? Capacity,
    int? Vacancies, string? Provision, string? Financing, string? Location, DateOnly? ApprovedUntil, Anbringelsesform? PlacementForm)
{
    public const decimal MaxPrice = 100_000_000m;
    public const int MaxCapacity = 100_000;

    /// <summary>The findings, located under <paramref name="prefix"/> (<c>/lines/7</c> for a CSV line).</summary>
    public IEnumerable<ProblemError> Validate(string prefix = "")
    {
        foreach (var error in FieldRules.Text($"{prefix}/name", Name, 200)) yield return error;
        foreach (var error in FieldRules.OneOf($"{prefix}/type", Type, MeasureCatalogue.MeasureTypes)) yield return error;
        foreach (var error in FieldRules.Text($"{prefix}/targetGroup", TargetGroup, 200, required: false)) yield return error;
        foreach (var error in FieldRules.Text($"{prefix}/legalBasis", LegalBasis, 100)) yield return error;
        foreach (var error in ProjectCommitment.Money($"{prefix}/price", Price, MaxPrice)) yield return error;
        foreach (var error in FieldRules.OneOf($"{prefix}/priceUnit", PriceUnit, CostRule.Units)) yield return error;
        if (Capacity is < 0 or > MaxCapacity) yield return ErrorMessages.Error($"{prefix}/capacity", "field.outOfRange", 0, MaxCapacity);
        if (Vacancies is < 0 || Vacancies > (Capacity ?? MaxCapacity))
            yield return ErrorMessages.Error($"{prefix}/vacancies", "field.outOfRange", 0, Capacity ?? MaxCapacity);
        foreach (var error in FieldRules.OneOf($"{prefix}/provision", Provision, MeasureCatalogue.ProviderKinds)) yield return error;
        foreach (var error in FieldRules.OneOf($"{prefix}/financing", Financing, MeasureCatalogue.ProviderFinancings)) yield return error;
        foreach (var error in FieldRules.Text($"{prefix}/location", Location, 200, required: false)) yield return error;
        if (ApprovedUntil is { Year: < 2000 or > 2200 }) yield return ErrorMessages.Error($"{prefix}/approvedUntil", "field.outOfRange", 2000, 2200);
        if (PlacementForm is null && Type == MeasureCatalogue.Anbringelse) yield return ErrorMessages.Error($"{prefix}/placementForm", "offer.placementFormRequired");
        else if (PlacementForm is { } form && !Enum.IsDefined(form))
            yield return ErrorMessages.Error($"{prefix}/placementForm", "field.unknownValue", string.Join(", ", Enum.GetNames<Anbringelsesform>()));
    }

    public void ApplyTo(Offer offer)
    {
        offer.Name = Name!.Trim();
        offer.Type = Type!;
        offer.TargetGroup = Clean(TargetGroup);
        offer.LegalBasis = LegalBasis!.Trim();
        offer.PriceOere = (long)(Price!.Value * 100);
        offer.PriceUnit = PriceUnit!;
        offer.Capacity = Capacity;
        offer.Vacancies = Vacancies;
        offer.Provision = Provision!;
        offer.Financing = Financing!;
        offer.Location = Clean(Location);
        offer.ApprovedUntil = ApprovedUntil;
        offer.PlacementForm = PlacementForm;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
