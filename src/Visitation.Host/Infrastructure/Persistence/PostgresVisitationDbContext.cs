using Microsoft.EntityFrameworkCore;

namespace Visitation.Host.Infrastructure.Persistence;

/// <summary>Production and several nodes: PostgreSQL.</summary>
public sealed class PostgresVisitationDbContext(DbContextOptions<PostgresVisitationDbContext> options) : VisitationDbContext(options);
