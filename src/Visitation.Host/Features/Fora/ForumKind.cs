namespace Visitation.Host.Features.Fora;

/// <summary>What sort of forum it is; the municipality names each one freely.</summary>
public enum ForumKind
{
    Visitationsudvalg,
    Sagskonference,
    Bevillingsmoede,
    BoerneOgUngeudvalg,
    Andet,
}
