namespace Visitation.Host.Features.Frister;

/// <summary>
/// The legal deadlines of the visitation path (docs/domain.md § 2) with their Barnets Lov defaults. A
/// municipality may set a stricter local target per rule (<see cref="FristOverride"/>), never a looser one.
/// </summary>
public static class FristRules
{
    public static readonly FristRule UnderretningVurdering = new(
        "underretning-vurdering-24t",
        "Vurdering af underretning (akut behov)",
        "Barnets Lov § 136",
        ["SEL § 155"],
        "underretning-modtaget",
        FristSpec.Of("PT24H"));

    public static readonly FristRule UnderretningKvittering = new(
        "underretning-kvittering-6hverdage",
        "Kvittering til identificeret underretter",
        "Barnets Lov § 137",
        ["SEL § 155 b"],
        "underretning-modtaget",
        FristSpec.OfWorkingDays(6),
        "Barnets Lov §§ 132-138 samler reglerne om underretning; paragraffen for kvitteringen bør bekræftes mod lovteksten.");

    public static readonly FristRule Undersoegelse = new(
        "undersoegelse-4m",
        "Børnefaglig undersøgelse afsluttet",
        "Barnets Lov § 20",
        ["SEL § 50"],
        "kommunen-bekendt",
        FristSpec.Of("P4M"),
        "Løber fra det tidspunkt, kommunen blev bekendt med barnets mulige behov (normalt underretningens dato). Er fristen overskredet, kræves en foreløbig vurdering.");

    public static readonly FristRule BarnetsPlan = new(
        "barnets-plan-3m",
        "Barnets plan udarbejdet",
        "Barnets Lov § 91",
        ["SEL § 140"],
        "afgoerelse-om-stoette",
        FristSpec.Of("P3M"),
        "Altid før afgørelse om anbringelse; før afgørelsen ved anbringelse uden samtykke.");

    public static readonly FristRule FoersteOpfoelgning = new(
        "opfoelgning-foerste-3m",
        "Første opfølgning",
        "Barnets Lov § 95",
        ["SEL § 70"],
        "indsats-startet",
        FristSpec.Of("P3M"),
        "Første opfølgning sker ved det tidligste af: undersøgelsen afsluttes, eller 3 måneder efter indsatsen startede.");

    public static readonly FristRule LoebendeOpfoelgning = new(
        "opfoelgning-loebende-6m",
        "Løbende opfølgning",
        "Barnets Lov § 95",
        ["SEL § 70"],
        "seneste-opfoelgning",
        FristSpec.Of("P6M"),
        "Kadencen fastsættes ved første opfølgning; tidligere standard: mindst hver 6. måned.");

    public static readonly FristRule Partshoering = new(
        "partshoering-14d",
        "Partshøring før afgørelse",
        "Barnets Lov § 5; forvaltningsloven § 19",
        ["SEL § 48"],
        "indstilling-indsendt",
        FristSpec.Of("P14D"),
        "Forældremyndighedsindehaverne og et barn på 10 år eller derover høres, før der træffes afgørelse. Loven fastsætter ingen frist; 14 dage er antaget som en rimelig høringsfrist, som kommunen kan gøre kortere. Barnets Lov § 5 (barnets ret til at blive hørt, tidligere SEL § 48) bør bekræftes mod lovteksten.");

    public static readonly FristRule EfterfoelgendeGodkendelse = new(
        "efterfoelgende-godkendelse",
        "Efterfølgende godkendelse af akut iværksat hjælp",
        "Barnets Lov § 136",
        ["SEL § 155"],
        "akut-hjaelp-ivaerksat",
        FristSpec.Of("P14D"),
        "Hjælp iværksat straks, før afgørelsen eller før undersøgelsen er færdig, godkendes bagefter af en leder. Loven fastsætter ingen frist; 14 dage er antaget som standard, som kommunen kan gøre kortere.");

    public static readonly FristRule Genvisitation = new(
        "genvisitation-14d",
        "Genvisitation før bevillingen udløber",
        "Barnets Lov § 95",
        ["SEL § 70"],
        "bevilling-udloeber",
        FristSpec.Of("P14D"),
        "Løber fra udløbsvarslet (som standard 30 dage før bevillingens slutdato), så der er tid til at forlænge, nedtrappe, skifte leverandør eller afslutte, før bevillingen udløber. Fristen ligger aldrig efter bevillingens slutdato. Loven fastsætter ingen frist; 14 dage er antaget som standard, som kommunen kan gøre kortere.");

    public static readonly IReadOnlyList<FristRule> All =
        [UnderretningVurdering, UnderretningKvittering, Undersoegelse, BarnetsPlan, FoersteOpfoelgning, LoebendeOpfoelgning, Partshoering, EfterfoelgendeGodkendelse,
         Genvisitation];

    public static FristRule? Find(string? id) => All.FirstOrDefault(r => r.Id == id);
}
