using Visitation.Host.Features.Oekonomi;
using Visitation.Host.Features.Reference;

namespace Visitation.Host.Features.Bevillinger;

public sealed record MunicipalityView(string Code, string Name)
{
    public static MunicipalityView Of(string code) => new(code, Municipalities.Find(code)?.Name ?? code);
}

/// <summary>A grant; amounts in kroner. <c>ProviderId</c> is null for a frame grant whose provider is not ordered yet.</summary>
public sealed record BevillingView(Guid Id, Guid CaseId, Guid IndstillingId, Guid? DecisionId, string MeasureType, string? MeasureSubtype, Guid? ProviderId,
    Guid? OfferId, string? ProviderName, string LegalBasis, decimal Quantity, string Unit, decimal UnitPrice, DateOnly Start, DateOnly? End, DateOnly? TimeLimit,
    MunicipalityView ActingMunicipality, MunicipalityView PayingMunicipality, decimal? FramePerYear, BevillingStatus Status, string? EndReason,
    string GrantedBy, DateTimeOffset GrantedAt, DateTimeOffset? EndedAt)
{
    public static BevillingView From(Bevilling b) => new(b.Id, b.SagId, b.IndstillingId, b.AfgoerelseId, b.IndsatsType, b.IndsatsUndertype, b.ProviderId,
        b.OfferId, b.LeverandoerNavn, b.Lovgrundlag, b.Omfang, b.Enhed, b.EnhedsprisOere / 100m, b.Start, b.Slut, b.Tidsbegraensning,
        MunicipalityView.Of(b.HandlekommuneKode), MunicipalityView.Of(b.BetalingskommuneKode), b.RammePrAarOere / 100m, b.Status, b.AfslutningsAarsag,
        b.BevilgetAf, b.BevilgetAt, b.AfsluttetAt);
}

/// <summary>A grant with its commitment line projected month by month (to the horizon when open-ended).</summary>
public sealed record BevillingDetailView(BevillingView Grant, CommitmentProjectionView Commitment);

public sealed record MonthAmount(int Year, int Month, decimal Amount);

/// <summary>One grant's commitment line within the asked months.</summary>
public sealed record CommitmentLineView(Guid BevillingId, Guid CaseId, string MeasureType, string? ProviderName, MunicipalityView PayingMunicipality,
    BevillingStatus Status, DateOnly Start, DateOnly? End, IReadOnlyList<MonthAmount> Months, decimal Total);

/// <summary>The municipality's commitments per month: the sum of every grant's line, and each line.</summary>
public sealed record CommitmentsView(DateOnly From, DateOnly To, IReadOnlyList<MonthAmount> Months, IReadOnlyList<CommitmentLineView> Lines, decimal Total);

/// <summary>A grant whose end date falls within the notice, and when the case's flow was told.</summary>
public sealed record ExpiringView(BevillingView Grant, int DaysLeft, DateTimeOffset? NotifiedAt);

public sealed record BevillingSettingsView(string ResolverKind, string ResolverId, int ExpiryNoticeDays)
{
    public static BevillingSettingsView From(BevillingSettings s) => new(s.ResolverKind, s.ResolverId, s.UdloebVarselDage);
}
