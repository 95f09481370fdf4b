using System.Globalization;
using Visitation.Host.Features.Indstillinger;
using Visitation.Host.Features.Kompetenceplaner;
using Visitation.Host.Features.Oekonomi;
using Visitation.Host.Features.Beskeder;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Features.Pligter;

/// <summary>
/// Where duty messages go: <see cref="OutboxDutyMessageSink"/> keeps them on the duty and writes them to the outbox in
/// the same transaction (the context passed is the one of that transaction).
/// </summary>
public interface IDutyMessageSink
{
    ValueTask AcceptAsync(VisitationDbContext db, DecisionDuty duty, DutyMessage message, CancellationToken cancellationToken);
}

/// <summary>
/// Keeps the message on the duty record (what the case page and Mine godkendelser show) and puts it in the outbox in the
/// same transaction, for the level's holders' bell and e-mail (docs/outbound-messages.md).
/// </summary>
public sealed class OutboxDutyMessageSink(MessageOutbox outbox, TimeProvider clock) : IDutyMessageSink
{
    public async ValueTask AcceptAsync(VisitationDbContext db, DecisionDuty duty, DutyMessage message, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        duty.BeskedNoegle = message.DedupKey;
        duty.BeskedEmne = message.Subject;
        duty.BeskedTekst = message.BodyText;
        duty.BeskedAt = now;
        await outbox.EnqueueAsync(db, message, now, cancellationToken);
    }
}

/// <summary>Turns a duty into its message (Danish, as the municipality's staff read it).</summary>
public static class DutyMessages
{
    private static readonly CultureInfo Da = CultureInfo.GetCultureInfo("da-DK");

    /// <summary>The copy or information after a decision; a copy with price states the monthly rate and the expected amounts by the cost rule.</summary>
    public static DutyMessage Decided(DecisionDuty duty, string sagsnummer, Indstilling indstilling, Afgoerelse afgoerelse)
    {
        var outcome = OutcomeText(afgoerelse.Udfald);
        var what = $"{indstilling.IndsatsType} efter {indstilling.Lovgrundlag}";
        var subject = duty.Kind == PlanDuty.Inform
            ? $"Orientering: afgørelse i sag {sagsnummer}"
            : $"Kopi af afgørelse i sag {sagsnummer}";
        var lines = new List<string>
        {
            $"{afgoerelse.NiveauNavn} har truffet afgørelse i sag {sagsnummer}: {outcome}.",
            $"Indsats: {what}.",
            $"Afgjort af {afgoerelse.AfgjortAf} den {afgoerelse.AfgjortAt.UtcDateTime:yyyy-MM-dd}.",
        };
        if (duty.Kind == PlanDuty.CopyWithPrice) lines.Add(Price(indstilling, afgoerelse));
        lines.Add($"Du modtager denne {(duty.Kind == PlanDuty.Inform ? "orientering" : "kopi")} som {duty.NiveauNavn} efter kompetenceplanen (regel {duty.RegelId}, version {duty.PlanVersion}).");
        lines.Add(Link(duty));
        return new DutyMessage($"pligt:{duty.Id}:afgoerelse", duty.KommuneId, RecipientIds(duty), subject, string.Join("\n", lines), duty.SagId);
    }

    /// <summary>The decider has written the justification; it is read on the case.</summary>
    public static DutyMessage Justified(DecisionDuty duty, string sagsnummer) => new(
        $"pligt:{duty.Id}:begrundelse", duty.KommuneId, RecipientIds(duty), $"Begrundelse til {duty.NiveauNavn} i sag {sagsnummer}",
        string.Join("\n",
            $"{duty.BesvaretAf} har begrundet indstillingen i sag {sagsnummer} over for {duty.NiveauNavn} efter kompetenceplanen (regel {duty.RegelId}, version {duty.PlanVersion}).",
            "Begrundelsen kan læses under Mine godkendelser i Møder og på sagen.",
            Link(duty)),
        duty.SagId);

    /// <summary>An approval task has been made for the level.</summary>
    public static DutyMessage ApprovalRequested(DecisionDuty duty, string sagsnummer, Indstilling indstilling) => new(
        $"pligt:{duty.Id}:godkendelse", duty.KommuneId, RecipientIds(duty), $"Godkendelse ønskes i sag {sagsnummer}",
        string.Join("\n",
            $"En indstilling om {indstilling.IndsatsType} i sag {sagsnummer} skal godkendes af {duty.NiveauNavn}, før afgørelsen kan få virkning "
            + $"(kompetenceplanen, regel {duty.RegelId}, version {duty.PlanVersion}).",
            Price(indstilling, null),
            "Godkend eller afvis med en begrundelse under Mine godkendelser i Møder.",
            Link(duty)),
        duty.SagId);

    /// <summary>The users the duty's message goes to: the level's holders when the duty was made.</summary>
    public static IReadOnlyList<Guid> RecipientIds(DecisionDuty duty) => [.. Recipients(duty).Select(Guid.Parse)];

    public static IReadOnlyList<string> Recipients(DecisionDuty duty) =>
        System.Text.Json.JsonSerializer.Deserialize<List<string>>(duty.ModtagereJson) ?? [];

    private static string Link(DecisionDuty duty) => $"Sagen: /sager/{duty.SagId}";

    private static string Price(Indstilling indstilling, Afgoerelse? afgoerelse)
    {
        var quantity = afgoerelse?.AendretOmfang ?? indstilling.Omfang;
        var scope = new CostScope(quantity, indstilling.Enhed, indstilling.EnhedsprisOere / 100m, indstilling.Start, indstilling.ForventetSlut);
        var amounts = ExpectedAmounts.Of(scope, indstilling.Start.Year);
        return $"Pris: {Money(indstilling.EnhedsprisOere / 100m)} pr. enhed, {MeasureWording.Scope(quantity, indstilling.Enhed)}; "
               + $"forventet udgift i {indstilling.Start.Year}: {Money(amounts.ThisYear)}, i alt: {Money(amounts.Total)}";
    }

    public static string Money(decimal kroner) => kroner.ToString("N2", Da) + " kr.";

    private static string OutcomeText(AfgoerelseUdfald udfald) => udfald switch
    {
        AfgoerelseUdfald.Bevilget => "bevilget",
        AfgoerelseUdfald.BevilgetMedAendring => "bevilget med ændring",
        AfgoerelseUdfald.Afslaaet => "afslået",
        _ => "sendt tilbage",
    };
}
