using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Audit;
using Visitation.Host.Features.Kompetenceplaner;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Features.Indstillinger;

/// <summary>
/// The afgørelse letter as printable HTML: the decision, its reasons, the measure and its legal basis, and
/// how to appeal (klagevejledning). It is addressed to the custody holders, and to the child too from the age of 15 on the
/// letter's date (the young person is a party with a right of appeal from 15). The child is named with date of birth; the CPR
/// number is left out, and so are the plan's internal ids: the family reads which level decided under which plan version.
/// </summary>
public static class GetAfgoerelseLetter
{
    public sealed record Query(Guid SagId, Guid DecisionId) : IQuery<string>;

    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    // Escapes markup but keeps æ, ø and å readable in the printed letter.
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public sealed class Handler(VisitationDbContext db, AuditTrail audit) : IQueryHandler<Query, string>
    {
        public async ValueTask<string> Handle(Query query, CancellationToken cancellationToken)
        {
            var decision = await db.Afgoerelser.AsNoTracking().SingleOrDefaultAsync(a => a.Id == query.DecisionId && a.SagId == query.SagId, cancellationToken)
                           ?? throw new ResourceNotFoundException("Afgørelsen");
            var indstilling = await db.Indstillinger.AsNoTracking().SingleAsync(i => i.Id == decision.IndstillingId, cancellationToken);
            var sag = await db.Sager.AsNoTracking().Include(s => s.Foraeldremyndighed).SingleAsync(s => s.Id == decision.SagId, cancellationToken);
            var kommune = await db.Kommuner.AsNoTracking().Where(k => k.Id == sag.KommuneId).Select(k => k.Name).SingleAsync(cancellationToken);
            // Signed with the name the decider is known by; a decision recorded by the system keeps its actor.
            var signedBy = await db.Users.AsNoTracking().Where(u => u.KommuneId == sag.KommuneId && u.UserName == decision.AfgjortAf)
                .Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken) ?? decision.AfgjortAf;
            await audit.ReadAsync(sag.KommuneId, [sag.Id], "afgoerelse.letter", cancellationToken);
            return Render(kommune, sag.Sagsnummer, sag.BarnNavn, sag.Foedselsdato, Addressees(sag, DateOnly.FromDateTime(decision.AfgjortAt.UtcDateTime)), indstilling,
                decision, signedBy);
        }
    }

    /// <summary>The custody holders by name, then the child when 15 or older on <paramref name="day"/>.</summary>
    private static List<string> Addressees(Sager.Sag sag, DateOnly day)
    {
        var names = sag.Foraeldremyndighed.Select(m => m.Navn).Order(StringComparer.Ordinal).ToList();
        if (sag.Foedselsdato is { } born && born.AddYears(15) <= day) names.Add(sag.BarnNavn);
        return names;
    }

    private static string Render(string kommune, string sagsnummer, string barn, DateOnly? foedt, IReadOnlyList<string> addressees, Indstilling indstilling,
        Afgoerelse decision, string signedBy)
    {
        static string E(string? text) => Html.Encode(text ?? "");
        var goals = JsonSerializer.Deserialize<List<string>>(indstilling.MaalJson) ?? [];
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>Afgørelse ").Append(E(sagsnummer)).Append("</title>")
            .Append("<style>body{font-family:serif;max-width:42em;margin:2em auto;line-height:1.4}h1{font-size:1.4em}@media print{body{margin:0}}</style></head><body>");
        if (addressees.Count > 0) html.Append("<p class=\"til\">Til ").Append(E(Join(addressees))).Append("</p>");
        html.Append("<p>").Append(E(kommune)).Append(" Kommune<br>Sagsnummer ").Append(E(sagsnummer)).Append("<br>")
            .Append(decision.AfgjortAt.ToString("d. MMMM yyyy", Danish)).Append("</p>");
        var measure = MeasureWording.MeasureType(indstilling.IndsatsType);
        html.Append("<h1>Afgørelse om ").Append(E(measure)).Append(" til ").Append(E(barn));
        if (foedt is { } date) html.Append(" (født ").Append(date.ToString("d. MMMM yyyy", Danish)).Append(')');
        html.Append("</h1>");
        html.Append("<h2>Afgørelse</h2><p>").Append(Outcome(decision.Udfald)).Append("</p>");
        if (decision.Udfald is AfgoerelseUdfald.Bevilget or AfgoerelseUdfald.BevilgetMedAendring)
        {
            html.Append("<ul><li>Indsats: ").Append(E(measure)).Append(indstilling.IndsatsUndertype is null ? "" : " (" + E(indstilling.IndsatsUndertype) + ")").Append("</li>")
                .Append("<li>Omfang: ").Append(E(MeasureWording.Scope(decision.AendretOmfang ?? indstilling.Omfang, indstilling.Enhed))).Append("</li>")
                .Append("<li>Periode: fra ").Append(indstilling.Start.ToString("d. MMMM yyyy", Danish))
                .Append(indstilling.ForventetSlut is { } end ? " til " + end.ToString("d. MMMM yyyy", Danish) : " og indtil videre").Append("</li>");
            if (indstilling.Leverandoer is not null) html.Append("<li>Leverandør: ").Append(E(indstilling.Leverandoer)).Append("</li>");
            if (decision.Tidsbegraensning is { } limit) html.Append("<li>Tidsbegrænset til: ").Append(limit.ToString("d. MMMM yyyy", Danish)).Append("</li>");
            html.Append("<li>Opfølgning: ").Append(E(MeasureWording.Cadence(decision.OpfoelgningKadence ?? indstilling.Opfoelgning))).Append("</li></ul>");
            if (goals.Count > 0) html.Append("<p>Mål:</p><ol>").Append(string.Concat(goals.Select(g => "<li>" + E(g) + "</li>"))).Append("</ol>");
        }
        if (decision.Aendring is not null) html.Append("<h2>Ændring i forhold til indstillingen</h2><p>").Append(E(decision.Aendring)).Append("</p>");
        if (decision.Undersoeg is not null) html.Append("<h2>Det skal undersøges nærmere</h2><p>").Append(E(decision.Undersoeg)).Append("</p>");
        html.Append("<h2>Begrundelse</h2><p>").Append(E(decision.Begrundelse)).Append("</p>");
        html.Append("<h2>Lovgrundlag</h2><p>Afgørelsen er truffet efter ").Append(E(MeasureWording.LegalBasis(indstilling.Lovgrundlag)))
            .Append(". Afgørelsen er truffet af ").Append(E(decision.NiveauNavn)).Append(" efter kommunens kompetenceplan (version ")
            .Append(decision.PlanVersion).Append(").</p>");
        if (decision.Udfald != AfgoerelseUdfald.Tilbagesendt)
            html.Append("<h2>Klagevejledning</h2><p>Du kan klage over afgørelsen. Klagen skal være modtaget i kommunen senest 4 uger efter, at du har fået ")
                .Append("afgørelsen (retssikkerhedslovens § 67). Du kan klage skriftligt eller mundtligt til ").Append(E(kommune)).Append(" Kommune. ")
                .Append("Kommunen ser på sagen igen, og fastholder kommunen afgørelsen, sendes klagen videre til Ankestyrelsen (retssikkerhedslovens § 66). ")
                .Append("Du kan få hjælp til at klage hos din sagsbehandler.</p>");
        html.Append("<p>Med venlig hilsen<br>").Append(E(signedBy)).Append("</p></body></html>");
        return html.ToString();
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
