using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Infrastructure.Persistence;

/// <summary>The embedded default: one SQLite file, one node.</summary>
public sealed class SqliteVisitationDbContext(DbContextOptions<SqliteVisitationDbContext> options, CurrentUser? currentUser = null)
    : VisitationDbContext(options, currentUser);
