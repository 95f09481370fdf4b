using System.Text.Json.Serialization;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Organisation;

/// <summary>What a competence level is: a person's role, a leader level held by named people, or a forum that meets.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<LevelKind>))]
public enum LevelKind
{
    [JsonStringEnumMemberName("role")]
    Role,

    [JsonStringEnumMemberName("level")]
    Level,

    [JsonStringEnumMemberName("forum")]
    Forum,
}

/// <summary>
/// A competence level (kompetenceniveau) of one municipality, e.g. Rådgiver, Teamleder, Visitationsudvalg. Competence
/// plans route an indstilling to one of these by <see cref="Code"/>; users hold the role and leader levels.
/// </summary>
public sealed class Kompetenceniveau : ITenantScoped
{
    /// <summary>The level every municipality has for anbringelse without consent (Barnets Lov § 47, §§ 142-143).</summary>
    public const string BoerneOgUngeudvalget = "boerne-og-ungeudvalget";

    public const string BoerneOgUngeudvalgetName = "Børne- og ungeudvalget";

    public Guid Id { get; set; }

    public Guid KommuneId { get; set; }

    /// <summary>ASCII id, unique in the municipality and never changed: <c>faglig-koordinator</c>.</summary>
    public required string Code { get; set; }

    /// <summary>The Danish display name: <c>Faglig koordinator</c>.</summary>
    public required string Name { get; set; }

    public LevelKind Kind { get; set; }
}
