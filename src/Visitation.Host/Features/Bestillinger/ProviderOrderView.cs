using System.Text.Json;

namespace Visitation.Host.Features.Bestillinger;

/// <summary>The child as a provider needs to know them: name and birth date, never the CPR number.</summary>
public sealed record OrderChildView(string Name, DateOnly? DateOfBirth);

public sealed record OrderContactView(string Name, string Username);

/// <summary>An order as its provider sees it: what to deliver, for whom, for how long, whom to call, and the answer.</summary>
public sealed record ProviderOrderView(Guid Id, BestillingStatus Status, string MeasureType, IReadOnlyList<string> Goals, string LegalBasis, decimal Quantity,
    string Unit, decimal UnitPrice, DateOnly Start, DateOnly? End, OrderChildView Child, OrderContactView Contact, DateTimeOffset SentAt,
    DateTimeOffset? AnsweredAt, string? Reason)
{
    public static ProviderOrderView From(Bestilling b, OrderChildView child) => new(b.Id, b.Status, b.IndsatsType,
        JsonSerializer.Deserialize<List<string>>(b.MaalJson) ?? [], b.Lovgrundlag, b.Omfang, b.Enhed, b.EnhedsprisOere / 100m, b.Start, b.Slut, child,
        new OrderContactView(b.KontaktNavn, b.KontaktBrugernavn), b.SendtAt, b.BesvaretAt, b.Begrundelse);
}
