namespace Visitation.Host.Features.Sager;

/// <summary>A case in lists and search results: the CPR number masked (<c>DDMMYY-XXXX</c>).</summary>
public sealed record SagSummaryView(Guid Id, string CaseNumber, string ChildName, string? Cpr, DateOnly? DateOfBirth, bool Unborn,
    SagStatus Status, string Tovholder, string? HandoverTo, Guid? SiblingGroupId, DateTimeOffset CreatedAt)
{
    public static SagSummaryView From(Sag sag, IReadOnlyDictionary<Guid, string> userNames) =>
        new(sag.Id, sag.Sagsnummer, sag.BarnNavn, Mask(sag.Cpr), sag.Foedselsdato, sag.Ufoedt, sag.Status,
            userNames.GetValueOrDefault(sag.TovholderId, "?"), sag.OverdragesTilId is { } to ? userNames.GetValueOrDefault(to) : null,
            sag.SoeskendeGruppeId, sag.OprettetAt);

    public static string? Mask(string? cpr) => cpr is null ? null : Sager.Cpr.Parse(cpr).Masked;
}

public sealed record CustodyHolderView(Guid Id, string Name, string? Relation, string? Contact)
{
    public static CustodyHolderView From(Myndighedsindehaver holder) => new(holder.Id, holder.Navn, holder.Relation, holder.Kontakt);
}

public sealed record SiblingView(Guid Id, string CaseNumber, string ChildName);

public sealed record DocumentView(Guid Id, string Title, string FileName, string ContentType, long Size, Guid? UnderretningId,
    DateTimeOffset AddedAt, string AddedBy)
{
    public static DocumentView From(SagDokument document) => new(document.Id, document.Titel, document.FilNavn, document.ContentType,
        document.Stoerrelse, document.UnderretningId, document.TilfoejetAt, document.TilfoejetAf);
}

/// <summary>The case page; the CPR number masked like everywhere else (<c>POST /api/cases/{id}/cpr/reveal</c> shows it, audited).</summary>
public sealed record SagDetailView(Guid Id, string CaseNumber, string ChildName, string? Cpr, DateOnly? DateOfBirth, bool Unborn,
    SagStatus Status, string Tovholder, string? HandoverTo, string? WorkflowInstanceId, DateTimeOffset CreatedAt, string CreatedBy,
    IReadOnlyList<CustodyHolderView> CustodyHolders, IReadOnlyList<SiblingView> Siblings, IReadOnlyList<DocumentView> Documents);
