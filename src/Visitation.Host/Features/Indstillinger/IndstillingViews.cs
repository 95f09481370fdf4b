using System.Text.Json;
using Visitation.Host.Features.Kompetenceplaner;

namespace Visitation.Host.Features.Indstillinger;

/// <summary>Which level decides and why, as stored at submission.</summary>
public sealed record RoutingView(string Level, string LevelId, string LevelKind, string RuleId, int PlanVersion, bool OwnCompetence, string? Explanation);

public sealed record IndstillingView(Guid Id, Guid CaseId, IndstillingStatus Status, string Needs, MeasureFields Measure, ScopeFields Scope,
    DateOnly Start, DateOnly? ExpectedEnd, decimal CostThisYear, decimal CostTotal, IReadOnlyList<string> Goals, string FollowUpCadence,
    string? Alternatives, GateEvidence Gates, string SubmittedBy, DateTimeOffset? SubmittedAt, RoutingView? Routing, string? ReturnedFor,
    Moeder.ScheduledMeetingView? Meeting = null, bool? Consent = null)
{
    /// <summary>With the meeting the indstilling is on, when a forum decides it.</summary>
    public static IndstillingView From(Indstilling i, Moeder.ScheduledMeetingView? meeting) => From(i) with { Meeting = meeting };

    public static IndstillingView From(Indstilling i) => new(i.Id, i.SagId, i.Status, i.Behov,
        new MeasureFields(i.IndsatsType, i.IndsatsUndertype, i.Lovgrundlag, i.Leverandoer, i.LeverandoerType, i.LeverandoerFinansiering),
        new ScopeFields(i.Omfang, i.Enhed, i.EnhedsprisOere / 100m), i.Start, i.ForventetSlut, i.UdgiftIAarOere / 100m, i.UdgiftIAltOere / 100m,
        JsonSerializer.Deserialize<List<string>>(i.MaalJson) ?? [], i.Opfoelgning, i.Alternativer,
        JsonSerializer.Deserialize<GateEvidence>(i.PorteJson, JsonSerializerOptions.Web)!, i.IndstilletAf, i.IndsendtAt,
        i.NiveauKode is null ? null : new RoutingView(i.NiveauNavn!, i.NiveauKode, i.NiveauType!, i.RegelId!, i.PlanVersion!.Value,
            i.EgenKompetence, null),
        i.TilbagesendtFor, Consent: i.Samtykke);
}

public sealed record SubmittedView(IndstillingView Indstilling, RoutingView Routing, IReadOnlyList<string> Notify);

public sealed record DecisionView(Guid Id, Guid CaseId, Guid IndstillingId, AfgoerelseUdfald Outcome, string Rationale, string? Change, decimal? ChangedQuantity,
    string? Investigate, string Level, string LevelId, string RuleId, int PlanVersion, string DecidedBy, string? SubstituteFor, DateTimeOffset DecidedAt,
    DateOnly? TimeLimit = null, string? FollowUpCadence = null, Guid? MeetingId = null)
{
    public static DecisionView From(Afgoerelse a) => new(a.Id, a.SagId, a.IndstillingId, a.Udfald, a.Begrundelse, a.Aendring, a.AendretOmfang, a.Undersoeg,
        a.NiveauNavn, a.NiveauKode, a.RegelId, a.PlanVersion, a.AfgjortAf, a.StedfortraederFor, a.AfgjortAt, a.Tidsbegraensning, a.OpfoelgningKadence, a.MoedeId);
}

internal static class LevelKindNames
{
    public static string Of(Organisation.LevelKind kind) => kind.ToString().ToLowerInvariant();

    public static RoutingView ToView(Routing routing, bool own) =>
        new(routing.Level.Name, routing.Level.Code, Of(routing.Level.Kind), routing.RuleId, routing.PlanVersion, own,
            System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? routing.Explanation.En : routing.Explanation.Da);
}
