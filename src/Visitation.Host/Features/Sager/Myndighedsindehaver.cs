namespace Visitation.Host.Features.Sager;

/// <summary>A holder of parental custody (indehaver af forældremyndighed); a party to the case's decisions.</summary>
public sealed class Myndighedsindehaver
{
    public Guid Id { get; set; }

    public Guid SagId { get; set; }

    public required string Navn { get; set; }

    /// <summary>E.g. mor, far, værge.</summary>
    public string? Relation { get; set; }

    public string? Kontakt { get; set; }
}
