using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Opgaver;

/// <summary>
/// The caller as the work list sees them: their user name, roles and competence levels, plus the user names and
/// levels of the absent colleagues they are substitute (stedfortræder) for, since the substitute acts for them.
/// Leaders and administrators oversee every task of the municipality and stand for forum candidates.
/// </summary>
public sealed class WorkItemActor
{
    public required Guid KommuneId { get; init; }

    public required string UserName { get; init; }

    public required Guid? TeamId { get; init; }

    /// <summary>The caller's own user name and those of the absent colleagues they stand in for.</summary>
    public required IReadOnlyList<string> UserNames { get; init; }

    public required IReadOnlyList<string> Roles { get; init; }

    public required IReadOnlyList<string> Levels { get; init; }

    public required bool IsLeader { get; init; }

    public static async Task<WorkItemActor> LoadAsync(VisitationDbContext db, CurrentUser currentUser, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var kommuneId = currentUser.RequireKommuneId();
        var userId = currentUser.UserId ?? throw new InvalidOperationException("A signed-in user has an id.");
        var me = await db.Users.AsNoTracking().SingleAsync(u => u.Id == userId && u.KommuneId == kommuneId, cancellationToken);
        return await ForUserAsync(db, me, now, cancellationToken);
    }

    /// <summary>Any user of a municipality as the work list sees them, e.g. the person a task is assigned to.</summary>
    public static async Task<WorkItemActor> ForUserAsync(VisitationDbContext db, Users.User me, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var kommuneId = me.KommuneId ?? throw new InvalidOperationException("The user belongs to no municipality.");
        var userId = me.Id;
        var standingInFor = (await db.Users.AsNoTracking().Where(u => u.KommuneId == kommuneId && u.SubstituteId == userId).ToListAsync(cancellationToken))
            .Where(u => u.IsAbsentAt(now)).ToList();
        return new WorkItemActor
        {
            KommuneId = kommuneId,
            UserName = me.UserName,
            TeamId = me.TeamId,
            UserNames = [me.UserName, .. standingInFor.Select(u => u.UserName)],
            Roles = me.Roles.Select(r => r.ToLowerInvariant()).ToList(),
            Levels = me.Kompetenceniveauer.Concat(standingInFor.SelectMany(u => u.Kompetenceniveauer)).Distinct().ToList(),
            IsLeader = me.HasRole(Infrastructure.Tenancy.Roles.Leder) || me.HasRole(Infrastructure.Tenancy.Roles.Administrator),
        };
    }

    /// <summary>
    /// Tasks assigned to the caller or to a colleague they stand in for, as one equality per name: EF caches the SQL of
    /// equalities with parameters, while a comparison with a list parameter had its SQL built anew on every query.
    /// </summary>
    public Expression<Func<WorkItem, bool>> IsAssignedToMe()
    {
        var item = Expression.Parameter(typeof(WorkItem), "w");
        var assignee = Expression.Property(item, nameof(WorkItem.Assignee));
        Expression body = Expression.Constant(false);
        foreach (var userName in UserNames)
        {
            Expression<Func<string>> name = () => userName;
            body = Expression.OrElse(body, Expression.Equal(assignee, name.Body));
        }
        return Expression.Lambda<Func<WorkItem, bool>>(body, item);
    }

    /// <summary>Tasks the caller may take: one of their identities matches a candidate.</summary>
    public Expression<Func<WorkItem, bool>> IsCandidateFor()
    {
        var names = UserNames;
        var roles = Roles;
        var levels = Levels;
        var leader = IsLeader;
        return w => w.Candidates.Any(c => (c.Kind == WorkItemCandidate.User && names.Contains(c.Value))
            || (c.Kind == WorkItemCandidate.Role && roles.Contains(c.Value))
            || (c.Kind == WorkItemCandidate.Level && levels.Contains(c.Value))
            || (c.Kind == WorkItemCandidate.Forum && leader));
    }

    /// <summary>Tasks the caller may see: theirs, those they may take, and for leaders every task of the municipality.</summary>
    public Expression<Func<WorkItem, bool>> CanSee()
    {
        var names = UserNames;
        var roles = Roles;
        var levels = Levels;
        var leader = IsLeader;
        return w => leader || (w.Assignee != null && names.Contains(w.Assignee))
            || w.Candidates.Any(c => (c.Kind == WorkItemCandidate.User && names.Contains(c.Value))
                || (c.Kind == WorkItemCandidate.Role && roles.Contains(c.Value))
                || (c.Kind == WorkItemCandidate.Level && levels.Contains(c.Value)));
    }

    public bool IsCandidate(WorkItem item) => item.Candidates.Any(c => c.Kind switch
    {
        WorkItemCandidate.User => UserNames.Contains(c.Value),
        WorkItemCandidate.Role => Roles.Contains(c.Value),
        WorkItemCandidate.Level => Levels.Contains(c.Value),
        WorkItemCandidate.Forum => IsLeader,
        _ => false,
    });

    public bool Has(WorkItem item) => item.Assignee is { } assignee && UserNames.Contains(assignee);

    public bool CanSee(WorkItem item) => IsLeader || Has(item) || IsCandidate(item);
}
