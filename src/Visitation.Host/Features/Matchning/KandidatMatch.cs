namespace Visitation.Host.Features.Matchning;

/// <summary>How a candidate offer fits the need.</summary>
public enum KandidatMatch
{
    /// <summary>The need's measure type and legal basis.</summary>
    Exact,

    /// <summary>A measure on a neighbouring step of the indsatstrappe, shown so the caseworker sees the alternative; choosing it needs a new decision.</summary>
    AdjacentStep,
}
