using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Features.Fora;

public static class GetForum
{
    public sealed record Query(Guid Id) : IQuery<ForumView>;

    public sealed class Handler(VisitationDbContext db) : IQueryHandler<Query, ForumView>
    {
        public async ValueTask<ForumView> Handle(Query query, CancellationToken cancellationToken)
        {
            var forum = await db.Forums.AsNoTracking().SingleOrDefaultAsync(f => f.Id == query.Id, cancellationToken) ?? throw new ResourceNotFoundException("Forummet");
            return ForumView.From(forum, await ForumNames.ForAsync(db, [forum], cancellationToken));
        }
    }
}
