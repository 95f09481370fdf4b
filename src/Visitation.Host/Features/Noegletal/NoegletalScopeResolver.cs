using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Noegletal;

/// <summary>
/// The cases a scope covers, by their current tovholder: null ids mean the whole municipality (the tenant filter
/// alone), otherwise the case ids of the caller's own caseload or of the caller's team's caseworkers.
/// </summary>
public sealed class ScopedCases
{
    public required NoegletalScope Scope { get; init; }

    public List<Guid>? Ids { get; init; }

    /// <summary>The same ids as the flows write them into a task's case id.</summary>
    public List<string>? Keys { get; init; }

    public IQueryable<T> Filter<T>(IQueryable<T> query, Expression<Func<T, Guid>> sagId)
    {
        if (Ids is null) return query;
        var contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(Guid)],
            Expression.Property(Expression.Constant(this), nameof(Ids)), sagId.Body);
        return query.Where(Expression.Lambda<Func<T, bool>>(contains, sagId.Parameters));
    }

    public IQueryable<T> FilterKeys<T>(IQueryable<T> query, Expression<Func<T, string?>> caseKey)
    {
        if (Keys is null) return query;
        var contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(string)],
            Expression.Property(Expression.Constant(this), nameof(Keys)), caseKey.Body);
        return query.Where(Expression.Lambda<Func<T, bool>>(contains, caseKey.Parameters));
    }
}

/// <summary>
/// Who may see which scope: a caseworker (Rådgiver) only their own caseload; a leader their own, their team's and the
/// municipality's; Økonomi and Administrator the municipality's. Never another municipality's: every query runs under
/// the tenant filter.
/// </summary>
public sealed class NoegletalScopeResolver(VisitationDbContext db, CurrentUser currentUser)
{
    public async Task<ScopedCases> ResolveAsync(NoegletalScope scope, CancellationToken cancellationToken)
    {
        EnsureAllowed(scope);
        var kommuneId = currentUser.RequireKommuneId();
        switch (scope)
        {
            case NoegletalScope.Kommune:
                return new ScopedCases { Scope = scope };
            case NoegletalScope.Egen:
            {
                var userId = currentUser.UserId;
                var ids = await db.Sager.AsNoTracking().Where(s => s.TovholderId == userId).Select(s => s.Id).ToListAsync(cancellationToken);
                return Of(scope, ids);
            }
            default:
            {
                var teamId = await db.Users.AsNoTracking().Where(u => u.Id == currentUser.UserId && u.KommuneId == kommuneId)
                    .Select(u => u.TeamId).SingleOrDefaultAsync(cancellationToken);
                if (teamId is null) return Of(scope, []);
                var members = db.Users.Where(u => u.KommuneId == kommuneId && u.TeamId == teamId).Select(u => u.Id);
                var ids = await db.Sager.AsNoTracking().Where(s => members.Contains(s.TovholderId)).Select(s => s.Id).ToListAsync(cancellationToken);
                return Of(scope, ids);
            }
        }
    }

    public void EnsureAllowed(NoegletalScope scope)
    {
        var allowed = currentUser.IsInRole(Roles.Leder)
            || (scope == NoegletalScope.Egen && currentUser.IsInRole(Roles.Raadgiver))
            || (scope == NoegletalScope.Kommune && (currentUser.IsInRole(Roles.Oekonomi) || currentUser.IsInRole(Roles.Administrator)));
        if (!allowed) throw new ForbiddenException(ErrorMessages.Error("/scope", "noegletal.scopeNotAllowed"));
    }

    private static ScopedCases Of(NoegletalScope scope, List<Guid> ids) =>
        new() { Scope = scope, Ids = ids, Keys = [.. ids.Select(id => id.ToString())] };
}
