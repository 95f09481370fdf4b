using Mediator;

namespace Visitation.Host.Features.Reference;

/// <summary>The 98 municipalities' codes and names, for pickers of acting and paying municipality.</summary>
public static class ListMunicipalities
{
    public sealed record Query : IQuery<IReadOnlyList<MunicipalityReference>>;

    public sealed class Handler : IQueryHandler<Query, IReadOnlyList<MunicipalityReference>>
    {
        public ValueTask<IReadOnlyList<MunicipalityReference>> Handle(Query query, CancellationToken cancellationToken) => ValueTask.FromResult(Municipalities.All);
    }
}
