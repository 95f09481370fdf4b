namespace Visitation.Host.Features.Opfoelgning;

/// <summary>
/// The cadence that applies to a case's measure and why: its source (<c>Sag</c>, <c>Forum</c>, <c>IndsatsType</c>,
/// <c>Spor</c>, <c>Team</c> or <c>Lov</c>), the key the rule is stored under, and an explanation in words.
/// </summary>
public sealed record ResolvedKadence(Kadence Kadence, string Kilde, string? Noegle, string Forklaring);
