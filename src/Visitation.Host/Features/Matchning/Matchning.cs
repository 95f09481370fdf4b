using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Matchning;

public enum MatchningStatus
{
    /// <summary>The flow opened the matching; the caseworker has not recorded the need yet.</summary>
    AfventerBehov,

    /// <summary>The need is recorded; an offer is to be chosen (after the bid round, if there is one).</summary>
    Aaben,

    /// <summary>
    /// An offer is chosen that leaves the competence that decided (another level by the plan, a gate not met, a price above the decided
    /// amount or another measure); it waits for the competent level's approval before the flow gets it.
    /// </summary>
    AfventerGodkendelse,

    /// <summary>An offer is chosen and awaits the beslutning.</summary>
    Valgt,

    /// <summary>The chosen offer was accepted within the frame.</summary>
    Accepteret,
}

/// <summary>
/// The matching of one indstilling to an offer (docs/domain.md § 7): the assessed need, the bid round of strict BUM,
/// the chosen offer with its price, and the beslutning on it. A rejection clears the choice and opens the
/// matching again; the last rejection's reason is kept.
/// </summary>
public sealed class Matchning : ITenantScoped
{
    public Guid Id { get; set; }

    public Guid KommuneId { get; set; }

    public Guid SagId { get; set; }

    public Guid IndstillingId { get; set; }

    public MatchningStatus Status { get; set; }

    public string? Behov { get; set; }

    public required string IndsatsType { get; set; }

    public string? Maalgruppe { get; set; }

    public required string Lovgrundlag { get; set; }

    public decimal Omfang { get; set; }

    public required string Enhed { get; set; }

    public DateOnly Start { get; set; }

    /// <summary>Null for open-ended help.</summary>
    public DateOnly? Slut { get; set; }

    public bool Budrunde { get; set; }

    /// <summary>When the internal providers' time to bid ends.</summary>
    public DateTimeOffset? BudFrist { get; set; }

    /// <summary>External quotes were invited before the deadline: every internal provider declined, or an internal choice was rejected.</summary>
    public bool EksterneInviteret { get; set; }

    /// <summary>The grant whose frame the matching stays within (strict BUM), when the flow names it.</summary>
    public Guid? BevillingId { get; set; }

    public Guid? OfferId { get; set; }

    public Guid? ProviderId { get; set; }

    public string? ProviderNavn { get; set; }

    public bool Intern { get; set; }

    /// <summary>The chosen price per unit in øre: the offer's price, or the bid's in a bid round.</summary>
    public long? EnhedsprisOere { get; set; }

    public string? ValgtEnhed { get; set; }

    public decimal? ValgtMaengde { get; set; }

    /// <summary>Why an external offer was chosen when an internal one fitted.</summary>
    public string? Begrundelse { get; set; }

    public string? ValgtAf { get; set; }

    /// <summary>The case's flow has received the choice (a waiting step was resumed, or a step started later picked it up).</summary>
    public bool ValgModtagetAfForloeb { get; set; }

    public DateTimeOffset? ValgtAt { get; set; }

    /// <summary>The approved frame per year in øre that the last beslutning checked.</summary>
    public long? RammeOere { get; set; }

    public string? BesluttetAf { get; set; }

    public DateTimeOffset? BesluttetAt { get; set; }

    public string? AfvistBegrundelse { get; set; }

    /// <summary>The level whose approval a choice outside the decided competence waits for, with the plan's rule and version that route it there.</summary>
    public string? GodkendelseNiveauKode { get; set; }

    public string? GodkendelseNiveauNavn { get; set; }

    public string? GodkendelseNiveauType { get; set; }

    public string? GodkendelseRegelId { get; set; }

    public int? GodkendelsePlanVersion { get; set; }

    /// <summary>Why the choice needs approval: codes of <see cref="KompetenceAfvigelse"/>, comma-separated.</summary>
    public string? GodkendelseAarsager { get; set; }

    public string? GodkendtAf { get; set; }

    public DateTimeOffset? GodkendtAt { get; set; }

    public required string OprettetAf { get; set; }

    public DateTimeOffset OprettetAt { get; set; }

    /// <summary>Back to choosing: the need stays, the chosen offer and who chose it are forgotten.</summary>
    public void ClearChoice()
    {
        Status = MatchningStatus.Aaben;
        OfferId = null;
        ProviderId = null;
        ProviderNavn = null;
        Intern = false;
        EnhedsprisOere = null;
        ValgtEnhed = null;
        ValgtMaengde = null;
        Begrundelse = null;
        ValgtAf = null;
        ValgtAt = null;
        ValgModtagetAfForloeb = false;
        GodkendelseNiveauKode = null;
        GodkendelseNiveauNavn = null;
        GodkendelseNiveauType = null;
        GodkendelseRegelId = null;
        GodkendelsePlanVersion = null;
        GodkendelseAarsager = null;
        GodkendtAf = null;
        GodkendtAt = null;
    }
}
