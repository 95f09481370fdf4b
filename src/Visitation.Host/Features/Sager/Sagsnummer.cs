using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Sager;

/// <summary>
/// The municipality's running count of cases in a year, from which each new case gets its readable number
/// <c>2027-000123</c>. The row is counted up with one UPDATE inside the registering transaction, which holds its lock
/// until the commit, so two registrations at once get two numbers.
/// </summary>
public sealed class SagsnummerTaeller : ITenantScoped
{
    public Guid KommuneId { get; set; }

    public int Aar { get; set; }

    /// <summary>The last number given out.</summary>
    public int Sidste { get; set; }

    public static string Format(int year, int number) => $"{year}-{number:000000}";

    /// <summary>The next case number of the municipality in the year, inside the caller's transaction or one of its own.</summary>
    public static async Task<string> NextAsync(VisitationDbContext db, Guid kommuneId, int year, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null) return await CountAsync(db, kommuneId, year, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var number = await CountAsync(db, kommuneId, year, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return number;
    }

    static async Task<string> CountAsync(VisitationDbContext db, Guid kommuneId, int year, CancellationToken cancellationToken)
    {
        var counted = await db.SagsnummerTaellere.Where(t => t.KommuneId == kommuneId && t.Aar == year)
            .ExecuteUpdateAsync(t => t.SetProperty(c => c.Sidste, c => c.Sidste + 1), cancellationToken);
        if (counted == 0)
        {
            // The year's first case: the row is written at once, so the next registration counts on from it.
            var first = new SagsnummerTaeller { KommuneId = kommuneId, Aar = year, Sidste = 1 };
            db.SagsnummerTaellere.Add(first);
            await db.SaveChangesAsync(cancellationToken);
            db.Entry(first).State = EntityState.Detached;
            return Format(year, 1);
        }
        var last = await db.SagsnummerTaellere.AsNoTracking().Where(t => t.KommuneId == kommuneId && t.Aar == year)
            .Select(t => t.Sidste).SingleAsync(cancellationToken);
        return Format(year, last);
    }
}
