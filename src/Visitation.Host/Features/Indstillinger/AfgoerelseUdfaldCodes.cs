namespace Visitation.Host.Features.Indstillinger;

/// <summary>The decision task's actions (the flow's outcome ports) and the outcomes they stand for.</summary>
public static class AfgoerelseUdfaldCodes
{
    public static string Of(AfgoerelseUdfald udfald) => udfald switch
    {
        AfgoerelseUdfald.Bevilget => "bevilget",
        AfgoerelseUdfald.BevilgetMedAendring => "bevilget-med-aendring",
        AfgoerelseUdfald.Afslaaet => "afslaaet",
        _ => "tilbagesendt",
    };

    public static AfgoerelseUdfald Parse(string code) => code switch
    {
        "bevilget" => AfgoerelseUdfald.Bevilget,
        "bevilget-med-aendring" => AfgoerelseUdfald.BevilgetMedAendring,
        "afslaaet" => AfgoerelseUdfald.Afslaaet,
        "tilbagesendt" => AfgoerelseUdfald.Tilbagesendt,
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "Not a decision outcome."),
    };
}
