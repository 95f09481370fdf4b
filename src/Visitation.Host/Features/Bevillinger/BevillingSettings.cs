using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Bevillinger;

/// <summary>
/// A municipality's settings for grants and orders: who resolves a provider's decline (the neutral resolver, a user or
/// a role) and how many days before a grant's end date the expiry watch sends it to re-visitation.
/// </summary>
public sealed class BevillingSettings : ITenantScoped
{
    public const int DefaultNoticeDays = 30;

    public const string DefaultResolverKind = "role";

    public static readonly string DefaultResolverId = Roles.Leder;

    public Guid KommuneId { get; set; }

    /// <summary><c>user</c> or <c>role</c>, a candidate kind of the work list.</summary>
    public string ResolverKind { get; set; } = DefaultResolverKind;

    public string ResolverId { get; set; } = DefaultResolverId;

    public int UdloebVarselDage { get; set; } = DefaultNoticeDays;

    public static BevillingSettings Default(Guid kommuneId) => new() { KommuneId = kommuneId };
}
