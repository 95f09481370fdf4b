using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Infrastructure.Persistence;

/// <summary>Production and several nodes: PostgreSQL.</summary>
public sealed class PostgresVisitationDbContext(DbContextOptions<PostgresVisitationDbContext> options, CurrentUser? currentUser = null)
    : VisitationDbContext(options, currentUser);
