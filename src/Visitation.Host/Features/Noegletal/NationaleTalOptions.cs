namespace Visitation.Host.Features.Noegletal;

/// <summary>
/// Configuration section <c>Noegletal:NationaleTal</c>: national reference figures per nøgletal id, e.g. from
/// Ankestyrelsen's børnesagsbarometer. The shipped defaults live in appsettings.json, so an installation updates
/// them when a new barometer is published without a new release.
/// </summary>
public sealed class NationaleTalOptions
{
    public const string Section = "Noegletal:NationaleTal";

    public Dictionary<string, NationaltTal> Figures { get; set; } = [];
}

/// <summary>A national figure in the nøgletal's unit, with where it comes from.</summary>
public sealed class NationaltTal
{
    public decimal Value { get; set; }

    public string Source { get; set; } = "";
}
