using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Audit;
using Visitation.Host.Features.Kompetenceplaner;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Moeder;

/// <summary>
/// The minutes (referat) of a closed meeting as printable HTML, made from the recorded decisions: the forum, the date,
/// the attendance (present, substitutes and whom they stood in for, ad hoc participants, absent) as it was when the meeting
/// closed, and per item the case number (never a CPR number or the child's name), the decision, its rationale,
/// the conditions, who was disqualified, and where a moved item went. Marked as a draft until the chair approves it.
/// </summary>
public static class GetMinutes
{
    public sealed record Query(Guid ForumId, Guid MeetingId) : IQuery<string>;

    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    // Escapes markup but keeps æ, ø and å readable in the printed minutes.
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public sealed class Handler(VisitationDbContext db, MeetingItems items, CurrentUser currentUser, AuditTrail audit) : IQueryHandler<Query, string>
    {
        public async ValueTask<string> Handle(Query query, CancellationToken cancellationToken)
        {
            var (forum, meeting) = await items.MeetingAsync(query.ForumId, query.MeetingId, cancellationToken);
            GetAgenda.RequireReader(forum, currentUser);
            if (meeting.Status != MeetingStatus.Closed) throw new ConflictException(ErrorMessages.Error("", "meeting.notClosed"));
            var agenda = await db.AgendaItems.AsNoTracking()
                .Where(i => i.MeetingId == meeting.Id && (i.Status == AgendaItemStatus.Decided || i.Status == AgendaItemStatus.Moved))
                .OrderBy(i => i.Position).ToListAsync(cancellationToken);
            var caseIds = agenda.Select(i => i.CaseId).Distinct().ToList();
            var numbers = await db.Sager.AsNoTracking().Where(s => caseIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Sagsnummer, cancellationToken);
            var indstillinger = await db.Indstillinger.AsNoTracking().Where(i => caseIds.Contains(i.SagId))
                .Select(i => new { i.Id, i.IndsatsType, i.Lovgrundlag, i.Omfang, i.Enhed }).ToDictionaryAsync(i => i.Id, cancellationToken);
            var measures = indstillinger.ToDictionary(i => i.Key, i => i.Value.IndsatsType);
            var movedTo = agenda.Where(i => i.MovedToItemId is not null).Select(i => i.MovedToItemId!.Value).ToList();
            var destinations = await db.AgendaItems.AsNoTracking().Where(i => movedTo.Contains(i.Id))
                .Join(db.Meetings.AsNoTracking(), i => i.MeetingId, m => m.Id, (i, m) => new { i.Id, m.Date }).ToDictionaryAsync(x => x.Id, x => x.Date, cancellationToken);
            var attendance = await MeetingAttendance.ForAsync(db, forum, meeting, cancellationToken);
            // People are named as the municipality knows them, not by their user names.
            var people = meeting.PresentIds.Concat(attendance.People).Concat(agenda.SelectMany(i => i.DisqualifiedIds)).Distinct().ToList();
            var signers = agenda.Select(i => i.DecidedBy).Append(meeting.MinutesApprovedBy).OfType<string>().Distinct().ToList();
            var users = await db.Users.AsNoTracking()
                .Where(u => u.KommuneId == meeting.KommuneId && (people.Contains(u.Id) || signers.Contains(u.UserName)))
                .Select(u => new { u.Id, u.UserName, u.DisplayName }).ToListAsync(cancellationToken);
            var names = users.ToDictionary(u => u.Id, u => u.DisplayName);
            var signerNames = users.ToDictionary(u => u.UserName, u => u.DisplayName);
            var zone = await AgendaPlacement.TimeZoneAsync(db, meeting.KommuneId, cancellationToken);
            await audit.ReadAsync(meeting.KommuneId, caseIds, "moede.referat", cancellationToken);

            string E(string? text) => Html.Encode(text ?? "");
            string Name(Guid id) => E(names.GetValueOrDefault(id) ?? id.ToString());
            string Signer(string? userName) => E(userName is null ? "" : signerNames.GetValueOrDefault(userName) ?? userName);
            var html = new StringBuilder();
            html.Append("<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>Referat ").Append(E(forum.Name)).Append(' ')
                .Append(meeting.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("</title>")
                .Append("<style>body{font-family:serif;max-width:48em;margin:2em auto;line-height:1.4}h1{font-size:1.4em}section{margin-bottom:1.5em}@media print{body{margin:0}}</style></head><body>");
            html.Append("<h1>Referat: ").Append(E(forum.Name)).Append("</h1>");
            html.Append("<p>Møde ").Append(meeting.Date.ToString("dddd 'd.' d. MMMM yyyy", Danish)).Append(" kl. ")
                .Append(TimeZoneInfo.ConvertTime(meeting.StartsAt, zone).ToString("HH:mm", Danish)).Append("</p>");
            string Person(Guid id) => id == forum.ChairId ? Name(id) + " (formand)" : Name(id);
            void List(string heading, IEnumerable<string> lines)
            {
                var all = lines.ToList();
                if (all.Count > 0) html.Append("<h2>").Append(heading).Append("</h2><ul>").Append(string.Concat(all.Select(l => "<li>" + l + "</li>"))).Append("</ul>");
            }
            if (attendance.Recorded)
            {
                List("Til stede", attendance.Present.Select(Person));
                List("Stedfortrædere", attendance.StandIns.Select(s => Name(s.SubstituteId) + " for " + Person(s.ForId)));
                List("Deltog ad hoc", attendance.AdHoc.Select(a => E(a.Name) + ", " + E(a.Role)));
                List("Fraværende", attendance.Absent.Select(Person));
            }
            else List("Til stede", meeting.PresentIds.Distinct().Select(Person));
            html.Append("<h2>Punkter</h2>");
            foreach (var item in agenda)
            {
                html.Append("<section><h3>Punkt ").Append(item.Position).Append(": sag ").Append(E(numbers.GetValueOrDefault(item.CaseId))).Append(" – ")
                    .Append(E(measures.TryGetValue(item.IndstillingId, out var measure) ? MeasureWording.MeasureType(measure) : "")).Append("</h3>");
                html.Append("<p><strong>Afgørelse:</strong> ").Append(Outcome(item.Outcome)).Append("</p>");
                if (indstillinger.TryGetValue(item.IndstillingId, out var proposed))
                    html.Append("<p><strong>Lovgrundlag:</strong> ").Append(E(MeasureWording.LegalBasis(proposed.Lovgrundlag)))
                        .Append("</p><p><strong>Omfang:</strong> ").Append(E(MeasureWording.Scope(item.ChangedQuantity ?? proposed.Omfang, proposed.Enhed))).Append("</p>");
                if (item.Status == AgendaItemStatus.Moved && item.MovedToItemId is { } to && destinations.TryGetValue(to, out var date))
                    html.Append("<p>Punktet er flyttet til mødet ").Append(date.ToString("d. MMMM yyyy", Danish)).Append(".</p>");
                if (item.Rationale is not null) html.Append("<p><strong>Begrundelse:</strong> ").Append(E(item.Rationale)).Append("</p>");
                if (item.Change is not null) html.Append("<p><strong>Ændring:</strong> ").Append(E(item.Change)).Append("</p>");
                if (item.Investigate is not null) html.Append("<p><strong>Undersøges nærmere:</strong> ").Append(E(item.Investigate)).Append("</p>");
                if (item.TimeLimit is { } limit) html.Append("<p><strong>Tidsbegrænset til:</strong> ").Append(limit.ToString("d. MMMM yyyy", Danish)).Append("</p>");
                if (item.FollowUpCadence is not null) html.Append("<p><strong>Opfølgning:</strong> ").Append(E(MeasureWording.Cadence(item.FollowUpCadence))).Append("</p>");
                if (item.DisqualifiedIds.Count > 0)
                    html.Append("<p><strong>Inhabil:</strong> ").Append(string.Join(", ", item.DisqualifiedIds.Select(Name))).Append(" deltog ikke i afgørelsen.</p>");
                if (item.DecidedBy is not null) html.Append("<p>Registreret af ").Append(Signer(item.DecidedBy)).Append("</p>");
                html.Append("</section>");
            }
            html.Append(meeting.MinutesApprovedAt is { } approved
                ? $"<p>Referatet er godkendt af {Signer(meeting.MinutesApprovedBy)} {TimeZoneInfo.ConvertTime(approved, zone).ToString("d. MMMM yyyy 'kl.' HH:mm", Danish)}.</p>"
                : "<p><em>Udkast: referatet er ikke godkendt af formanden.</em></p>");
            html.Append("</body></html>");
            return html.ToString();
        }
    }

    private static string Outcome(MeetingOutcome? outcome) => outcome switch
    {
        MeetingOutcome.Bevilget => "Bevilget som indstillet.",
        MeetingOutcome.BevilgetMedAendring => "Bevilget med ændring.",
        MeetingOutcome.Afslaaet => "Afslået.",
        MeetingOutcome.Tilbagesendt => "Sendt tilbage til yderligere undersøgelse.",
        MeetingOutcome.Udsat => "Udsat.",
        _ => "Ikke behandlet.",
    };
}
