namespace Visitation.Host.Features.Noegletal;

/// <summary>How a nøgletal is measured: a share in per cent of its denominator, a count of cases, or an average in days.</summary>
public enum NoegletalEnhed { Andel, Antal, Dage }

/// <summary>
/// One key figure: what it counts (its definition names the dates and the cases, in Danish and English), whether a
/// higher value is better, and which audiences see it. Targets are the municipality's (<see cref="NoegletalMaal"/>),
/// national figures come from configuration (<see cref="NationaleTalOptions"/>).
/// </summary>
public sealed record NoegletalDefinition(
    string Id, NoegletalEnhed Enhed, bool HigherIsBetter, string TitleDa, string TitleEn, string DefinitionDa, string DefinitionEn,
    IReadOnlyList<NoegletalAudience> Audiences);

/// <summary>The nøgletal the product computes from the work itself (docs/noegletal.md).</summary>
public static class NoegletalDefinitions
{
    private static readonly NoegletalAudience[] All = [NoegletalAudience.Raadgiver, NoegletalAudience.Leder, NoegletalAudience.Ledelse, NoegletalAudience.Udvalg];
    private static readonly NoegletalAudience[] Work = [NoegletalAudience.Raadgiver, NoegletalAudience.Leder];
    private static readonly NoegletalAudience[] Steering = [NoegletalAudience.Leder, NoegletalAudience.Ledelse, NoegletalAudience.Udvalg];
    private static readonly NoegletalAudience[] Leading = [NoegletalAudience.Leder, NoegletalAudience.Ledelse];

    public const string UnderretningerModtaget = "underretninger-modtaget";
    public const string Vurderet24Timer = "underretninger-vurderet-24t";
    public const string Kvitteret6Hverdage = "underretninger-kvitteret-6-hverdage";
    public const string UndersoegelserAabne = "undersoegelser-aabne";
    public const string Undersoegelser4Maaneder = "undersoegelser-4-maaneder";
    public const string AktiveSager = "aktive-sager";
    public const string Sagsbyrde = "sagsbyrde";
    public const string Indsatser = "indsatser";
    public const string Anbringelser = "anbringelser-andel";
    public const string InterneLeverandoerer = "interne-leverandoerer-andel";
    public const string Plejefamilier = "plejefamilier-andel";
    public const string FoersteOpfoelgningRettidig = "foerste-opfoelgning-rettidig";
    public const string OpfoelgningerOverskredet = "opfoelgninger-overskredet";
    public const string TidIFaser = "tid-i-faser";
    public const string Tilbagesendt = "forum-tilbagesendt";

    public static readonly IReadOnlyList<NoegletalDefinition> Catalogue =
    [
        new(UnderretningerModtaget, NoegletalEnhed.Antal, true, "Modtagne underretninger", "Underretninger received",
            "Antal underretninger (én pr. barn) med modtagelsestidspunkt i perioden, på sager i det valgte omfang. Delt pr. måned.",
            "Number of underretninger (one per child) whose time of receipt falls in the period, on cases in the chosen scope. Split by month.", All),
        new(Vurderet24Timer, NoegletalEnhed.Andel, true, "Underretninger vurderet inden for 24 timer", "Underretninger assessed within 24 hours",
            "Nævner: første underretninger på en sag modtaget i perioden, hvis vurdering er udført eller skulle have været det (24 timer efter modtagelsen er passeret). Tæller: dem, hvis opgave »Vurdér underretningen« blev udført senest 24 timer efter modtagelsen. Genvurderinger på åbne sager tælles ikke med.",
            "Denominator: first underretninger on a case received in the period whose assessment is done or due (24 hours after receipt have passed). Numerator: those whose task \"Assess the underretning\" was completed at most 24 hours after receipt. Reassessments on open cases are not counted.", All),
        new(Kvitteret6Hverdage, NoegletalEnhed.Andel, true, "Kvittering inden for 6 hverdage", "Receipt within 6 working days",
            "Nævner: underretninger fra en identificeret underretter modtaget i perioden, hvis kvittering er sendt eller skulle have været det. Tæller: dem, hvis opgave »Send kvittering« blev udført inden udgangen af 6. hverdag efter modtagelsesdagen (dansk kalender med helligdage, påsken medregnet; kommunens tidszone).",
            "Denominator: underretninger from an identified notifier received in the period whose receipt was sent or is due. Numerator: those whose task \"Send receipt\" was completed by the end of the 6th working day after the day of receipt (Danish calendar with public holidays, Easter included; the municipality's time zone).", Work.Concat(Leading).Distinct().ToArray()),
        new(UndersoegelserAabne, NoegletalEnhed.Antal, false, "Åbne børnefaglige undersøgelser", "Open undersøgelser",
            "Antal sager med en åben opgave »Børnefaglig undersøgelse« ved periodens udgang (eller nu, hvis perioden ikke er slut).",
            "Number of cases with an open task \"Børnefaglig undersøgelse\" at the end of the period (or now, if the period has not ended).", All),
        new(Undersoegelser4Maaneder, NoegletalEnhed.Andel, true, "Undersøgelser afsluttet inden for 4 måneder", "Undersøgelser finished within 4 months",
            "Nævner: undersøgelser afsluttet i perioden, plus åbne undersøgelser hvis 4-månedersfrist udløb i perioden. Fristen er udgangen af dagen samme dato 4 måneder efter, at kommunen blev bekendt med behovet (sidste dag i en kortere måned). Tæller: undersøgelser afsluttet senest på fristdagen.",
            "Denominator: undersøgelser finished in the period, plus open ones whose 4-month deadline ended in the period. The deadline is the end of the day with the same date 4 months after the municipality became aware (the last day of a shorter month). Numerator: undersøgelser finished on or before the deadline day.", All),
        new(AktiveSager, NoegletalEnhed.Antal, true, "Aktive sager", "Active cases",
            "Antal åbne sager nu i det valgte omfang. Delt pr. tovholder.", "Number of open cases now in the chosen scope. Split by tovholder.", All),
        new(Sagsbyrde, NoegletalEnhed.Antal, false, "Sager pr. rådgiver", "Cases per caseworker",
            "Gennemsnitligt antal åbne sager pr. tovholder, der har mindst én åben sag. Delt pr. tovholder.",
            "Average number of open cases per tovholder with at least one open case. Split by tovholder.", Leading),
        new(Indsatser, NoegletalEnhed.Antal, true, "Bevilgede indsatser", "Granted measures",
            "Antal bevillinger, der løber i perioden (start senest på periodens sidste dag, ingen slut eller slut tidligst på første dag). Delt pr. indsatstype med gennemsnitlig varighed i dage (til slut eller periodens udgang), lovgrundlag og gennemsnitlig enhedspris.",
            "Number of grants running in the period (starting on or before its last day, with no end or ending on or after its first day). Split by measure type with average duration in days (to the end or the end of the period), legal basis and average unit price.", Steering),
        new(Anbringelser, NoegletalEnhed.Andel, false, "Anbringelser af alle indsatser", "Placements of all measures",
            "Andel af bevillingerne, der løber i perioden, som er anbringelser; resten er forebyggende indsatser.",
            "Share of the grants running in the period that are placements; the rest are preventive measures.", Steering),
        new(InterneLeverandoerer, NoegletalEnhed.Andel, true, "Interne leverandører", "Internal providers",
            "Andel af bevillingerne, der løber i perioden, hvis indstilling angav en intern leverandør, blandt dem der angav intern eller ekstern.",
            "Share of the grants running in the period whose indstilling named an internal provider, among those that named internal or external.", Steering),
        new(Plejefamilier, NoegletalEnhed.Andel, true, "Anbringelser i plejefamilie", "Placements in foster families",
            "Andel af de anbringelser, der løber i perioden, hvor tilbuddets anbringelsessted er en plejefamilie eller netværksplejefamilie.",
            "Share of the placements running in the period whose offer's placement form is a foster family or network foster family.", Steering),
        new(FoersteOpfoelgningRettidig, NoegletalEnhed.Andel, true, "Første opfølgning rettidig", "First follow-up on time",
            "Nævner: første opfølgning på en indsats, udført i perioden, eller åben med frist i perioden, der er passeret. Tæller: dem, hvis opgave »Opfølgning« blev udført senest på sin frist.",
            "Denominator: the first follow-up on a measure, completed in the period, or open with a deadline in the period that has passed. Numerator: those whose task \"Follow-up\" was completed on or before its deadline.", All),
        new(OpfoelgningerOverskredet, NoegletalEnhed.Antal, false, "Opfølgninger over frist", "Follow-ups overdue",
            "Antal åbne opfølgningsopgaver, hvis frist er passeret nu. Nævneren er alle åbne opfølgningsopgaver med frist senest ved periodens udgang.",
            "Number of open follow-up tasks whose deadline has passed now. The denominator is every open follow-up task due by the end of the period.", All),
        new(TidIFaser, NoegletalEnhed.Dage, false, "Tid i hver fase", "Time in each stage",
            "Gennemsnitligt antal dage pr. fase for forløb afsluttet i perioden: vurdering (opgaven oprettet til udført), undersøgelse (opgaven oprettet til udført), fra indstilling til afgørelse (indsendt til afgjort), heraf ventetid på møde (sat på dagsorden til afgjort), og iværksættelse (opstartsmødets opgave oprettet til udført). Tallet er gennemsnittet af faserne.",
            "Average days per stage for stages ended in the period: assessment (task created to completed), undersøgelse (task created to completed), indstilling to decision (submitted to decided), of which waiting for a meeting (put on the agenda to decided), and start (the start meeting's task created to completed). The figure is the mean of the stages.", Leading),
        new(Tilbagesendt, NoegletalEnhed.Andel, false, "Tilbagesendt af forum", "Returned by forums",
            "Andel af dagsordenspunkter afgjort på møder i perioden, som forummet sendte tilbage til yderligere undersøgelse. Delt pr. udfald.",
            "Share of agenda items decided at meetings in the period that the forum returned for further investigation. Split by outcome.", Steering),
    ];

    public static NoegletalDefinition? Find(string? id) => Catalogue.FirstOrDefault(d => d.Id == id);
}
