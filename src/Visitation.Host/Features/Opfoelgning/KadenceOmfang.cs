namespace Visitation.Host.Features.Opfoelgning;

/// <summary>
/// What a municipality's cadence rule applies to. The most specific wins: the case's own cadence, then (from the
/// decision) the forum's, then a rule for the measure type, the track (the case's flow) and the team of the
/// case's tovholder, and last the legal default.
/// </summary>
public enum KadenceOmfang
{
    IndsatsType,
    Spor,
    Team,
    Sag,
}
