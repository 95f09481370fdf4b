using System.Globalization;
using System.Text.Json;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Audit;
using Visitation.Host.Features.Breve;
using Visitation.Host.Features.Kompetenceplaner;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Features.Indstillinger;

/// <summary>
/// The afgørelse letter as printable HTML: the decision, its reasons, the measure and its legal basis, and
/// how to appeal (klagevejledning). It is addressed to the custody holders, and to the child too from the age of 15 on the
/// letter's date (the young person is a party with a right of appeal from 15). The child is named with date of birth; the CPR
/// number is left out, and so are the plan's internal ids: the family reads which level decided under which plan version. The same
/// letter is served as PDF (<see cref="GetAfgoerelseLetterPdf"/>), the document Digital Post sends.
/// </summary>
public static class GetAfgoerelseLetter
{
    public sealed record Query(Guid SagId, Guid DecisionId) : IQuery<string>;

    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    public sealed class Handler(VisitationDbContext db, AuditTrail audit) : IQueryHandler<Query, string>
    {
        public async ValueTask<string> Handle(Query query, CancellationToken cancellationToken) =>
            (await ComposeAsync(db, audit, query.SagId, query.DecisionId, "afgoerelse.letter", cancellationToken)).Letter.ToHtml();
    }

    /// <summary>Loads the decision of the caller's municipality (404 otherwise), audits the read, and writes the letter.</summary>
    public static async Task<(Letter Letter, string SignedBy)> ComposeAsync(VisitationDbContext db, AuditTrail audit, Guid sagId, Guid decisionId, string action,
        CancellationToken cancellationToken)
    {
        var decision = await db.Afgoerelser.AsNoTracking().SingleOrDefaultAsync(a => a.Id == decisionId && a.SagId == sagId, cancellationToken)
                       ?? throw new ResourceNotFoundException("Afgørelsen");
        var indstilling = await db.Indstillinger.AsNoTracking().SingleAsync(i => i.Id == decision.IndstillingId, cancellationToken);
        var sag = await db.Sager.AsNoTracking().Include(s => s.Foraeldremyndighed).SingleAsync(s => s.Id == decision.SagId, cancellationToken);
        var kommune = await db.Kommuner.AsNoTracking().Where(k => k.Id == sag.KommuneId).Select(k => k.Name).SingleAsync(cancellationToken);
        // Signed with the name the decider is known by; a decision recorded by the system keeps its actor.
        var signedBy = await db.Users.AsNoTracking().Where(u => u.KommuneId == sag.KommuneId && u.UserName == decision.AfgjortAf)
            .Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken) ?? decision.AfgjortAf;
        await audit.ReadAsync(sag.KommuneId, [sag.Id], action, cancellationToken);
        var letter = Compose(kommune, sag.Sagsnummer, sag.BarnNavn, sag.Foedselsdato, Addressees(sag, DateOnly.FromDateTime(decision.AfgjortAt.UtcDateTime)),
            indstilling, decision, signedBy);
        return (letter, signedBy);
    }

    /// <summary>The custody holders by name, then the child when 15 or older on <paramref name="day"/>.</summary>
    private static List<string> Addressees(Sager.Sag sag, DateOnly day)
    {
        var names = sag.Foraeldremyndighed.Select(m => m.Navn).Order(StringComparer.Ordinal).ToList();
        if (sag.Foedselsdato is { } born && born.AddYears(15) <= day) names.Add(sag.BarnNavn);
        return names;
    }

    private static Letter Compose(string kommune, string sagsnummer, string barn, DateOnly? foedt, IReadOnlyList<string> addressees, Indstilling indstilling,
        Afgoerelse decision, string signedBy)
    {
        var goals = JsonSerializer.Deserialize<List<string>>(indstilling.MaalJson) ?? [];
        var blocks = new List<LetterBlock>();
        if (addressees.Count > 0) blocks.Add(new LetterParagraph(["Til " + Join(addressees)], "til"));
        blocks.Add(new LetterParagraph([kommune + " Kommune", "Sagsnummer " + sagsnummer, decision.AfgjortAt.ToString("d. MMMM yyyy", Danish)]));
        var measure = MeasureWording.MeasureType(indstilling.IndsatsType);
        blocks.Add(new LetterHeading("Afgørelse om " + measure + " til " + barn + (foedt is { } date ? " (født " + date.ToString("d. MMMM yyyy", Danish) + ")" : ""), 1));
        blocks.Add(new LetterHeading("Afgørelse"));
        blocks.Add(new LetterParagraph(Outcome(decision.Udfald)));
        if (decision.Udfald is AfgoerelseUdfald.Bevilget or AfgoerelseUdfald.BevilgetMedAendring)
        {
            var items = new List<string>
            {
                "Indsats: " + measure + (indstilling.IndsatsUndertype is null ? "" : " (" + indstilling.IndsatsUndertype + ")"),
                "Omfang: " + MeasureWording.Scope(decision.AendretOmfang ?? indstilling.Omfang, indstilling.Enhed),
                "Periode: fra " + indstilling.Start.ToString("d. MMMM yyyy", Danish)
                    + (indstilling.ForventetSlut is { } end ? " til " + end.ToString("d. MMMM yyyy", Danish) : " og indtil videre"),
            };
            if (indstilling.Leverandoer is not null) items.Add("Leverandør: " + indstilling.Leverandoer);
            if (decision.Tidsbegraensning is { } limit) items.Add("Tidsbegrænset til: " + limit.ToString("d. MMMM yyyy", Danish));
            items.Add("Opfølgning: " + MeasureWording.Cadence(decision.OpfoelgningKadence ?? indstilling.Opfoelgning));
            blocks.Add(new LetterList(items));
            if (goals.Count > 0)
            {
                blocks.Add(new LetterParagraph("Mål:"));
                blocks.Add(new LetterList(goals, Ordered: true));
            }
        }
        if (decision.Aendring is not null) blocks.AddRange([new LetterHeading("Ændring i forhold til indstillingen"), new LetterParagraph(decision.Aendring)]);
        if (decision.Undersoeg is not null) blocks.AddRange([new LetterHeading("Det skal undersøges nærmere"), new LetterParagraph(decision.Undersoeg)]);
        blocks.AddRange([new LetterHeading("Begrundelse"), new LetterParagraph(decision.Begrundelse)]);
        blocks.Add(new LetterHeading("Lovgrundlag"));
        blocks.Add(new LetterParagraph("Afgørelsen er truffet efter " + MeasureWording.LegalBasis(indstilling.Lovgrundlag) + ". Afgørelsen er truffet af "
                                       + decision.NiveauNavn + " efter kommunens kompetenceplan (version " + decision.PlanVersion + ")."));
        if (decision.Udfald != AfgoerelseUdfald.Tilbagesendt)
        {
            blocks.Add(new LetterHeading("Klagevejledning"));
            blocks.Add(new LetterParagraph("Du kan klage over afgørelsen. Klagen skal være modtaget i kommunen senest 4 uger efter, at du har fået "
                                           + "afgørelsen (retssikkerhedslovens § 67). Du kan klage skriftligt eller mundtligt til " + kommune + " Kommune. "
                                           + "Kommunen ser på sagen igen, og fastholder kommunen afgørelsen, sendes klagen videre til Ankestyrelsen (retssikkerhedslovens § 66). "
                                           + "Du kan få hjælp til at klage hos din sagsbehandler."));
        }
        blocks.Add(new LetterParagraph(["Med venlig hilsen", signedBy]));
        return new Letter("Afgørelse " + sagsnummer, blocks);
    }

    private static string Join(IReadOnlyList<string> names) =>
        names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " og " + names[^1];

    private static string Outcome(AfgoerelseUdfald outcome) => outcome switch
    {
        AfgoerelseUdfald.Bevilget => "Kommunen har bevilget indsatsen som indstillet.",
        AfgoerelseUdfald.BevilgetMedAendring => "Kommunen har bevilget indsatsen med en ændring i forhold til indstillingen.",
        AfgoerelseUdfald.Afslaaet => "Kommunen har givet afslag på indsatsen.",
        _ => "Indstillingen er sendt tilbage til yderligere undersøgelse, før der træffes afgørelse.",
    };
}
