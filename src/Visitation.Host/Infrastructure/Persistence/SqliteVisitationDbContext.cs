using Microsoft.EntityFrameworkCore;

namespace Visitation.Host.Infrastructure.Persistence;

/// <summary>The embedded default: one SQLite file, one node.</summary>
public sealed class SqliteVisitationDbContext(DbContextOptions<SqliteVisitationDbContext> options) : VisitationDbContext(options);
