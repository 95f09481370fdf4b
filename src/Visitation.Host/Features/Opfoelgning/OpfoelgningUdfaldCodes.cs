namespace Visitation.Host.Features.Opfoelgning;

/// <summary>The outcome codes flows and task actions use (<c>skift-leverandoer</c>) and the stored outcomes.</summary>
public static class OpfoelgningUdfaldCodes
{
    public static OpfoelgningUdfald Parse(string code) => code switch
    {
        "fortsaet" => OpfoelgningUdfald.Fortsaet,
        "juster" => OpfoelgningUdfald.Juster,
        "nedtrap" => OpfoelgningUdfald.Nedtrap,
        "skift-leverandoer" => OpfoelgningUdfald.SkiftLeverandoer,
        "afslut" => OpfoelgningUdfald.Afslut,
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "Not a follow-up outcome."),
    };
}
