using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Sager;

/// <summary>
/// Which published flow a new case starts when an underretning opens it: <c>visitation-standard</c> unless the
/// municipality chose another (e.g. <c>visitation-bevilling-foer-matchning</c> for strict BUM). Only new cases
/// read it; a running case keeps the instance it started with. Who changed it and when stay on the row.
/// </summary>
public sealed class SagFlowSettings : ITenantScoped
{
    public Guid KommuneId { get; set; }

    public required string DefinitionId { get; set; }

    public DateTimeOffset AendretAt { get; set; }

    public required string AendretAf { get; set; }
}
