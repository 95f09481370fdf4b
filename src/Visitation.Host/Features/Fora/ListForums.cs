using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Features.Fora;

/// <summary>The municipality's forums by name; every user of the municipality may read them (the designer offers them as a picker).</summary>
public static class ListForums
{
    public sealed record Query : IQuery<IReadOnlyList<ForumView>>;

    public sealed class Handler(VisitationDbContext db) : IQueryHandler<Query, IReadOnlyList<ForumView>>
    {
        public async ValueTask<IReadOnlyList<ForumView>> Handle(Query query, CancellationToken cancellationToken)
        {
            var forums = (await db.Forums.AsNoTracking().ToListAsync(cancellationToken)).OrderBy(f => f.Name, StringComparer.Create(new("da-DK"), true)).ToList();
            var names = await ForumNames.ForAsync(db, forums, cancellationToken);
            return forums.Select(f => ForumView.From(f, names)).ToList();
        }
    }
}
