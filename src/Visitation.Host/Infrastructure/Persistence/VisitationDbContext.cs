using System.Linq.Expressions;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Fora;
using Visitation.Host.Features.Audit;
using Visitation.Host.Features.Bestillinger;
using Visitation.Host.Features.Bevillinger;
using Visitation.Host.Features.Frister;
using Visitation.Host.Features.Indstillinger;
using Visitation.Host.Features.Kommuner;
using Visitation.Host.Features.Kompetenceplaner;
using Visitation.Host.Features.Matchning;
using Visitation.Host.Features.Moeder;
using Visitation.Host.Features.Oekonomi;
using Visitation.Host.Features.Noegletal;
using Visitation.Host.Features.Opfoelgning;
using Visitation.Host.Features.Opgaver;
using Visitation.Host.Features.Organisation;
using Visitation.Host.Features.Tilbud;
using Visitation.Host.Features.Sager;
using Visitation.Host.Features.Undersoegelser;
using Visitation.Host.Features.Underretninger;
using Visitation.Host.Features.Users;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Infrastructure.Persistence;

/// <summary>
/// The host's own data: municipalities, users and (in later features) cases. Each database provider has a
/// thin subclass that owns its migrations; code depends on this base type only.
/// </summary>
/// <remarks>
/// Request scopes lease their context from a pool (<see cref="DatabaseServiceCollectionExtensions"/>), so the
/// caller is set on each lease rather than given to the constructor.
/// </remarks>
public abstract class VisitationDbContext(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    /// <summary>The caller whose municipality the query filters admit; none for a context without a caller.</summary>
    public CurrentUser? Caller { get; set; }

    /// <summary>
    /// The municipality a context without a caller acts for (a flow step's outbox handlers, <see cref="SharedConnectionContexts"/>);
    /// never set on a request's leased context.
    /// </summary>
    public Guid? Tenant { get; set; }

    /// <summary>Read by the query filters on every query, so each one sees only the caller's municipality.</summary>
    public Guid? CurrentKommuneId => Caller is { } caller ? caller.KommuneId : Tenant;

    public DbSet<Kommune> Kommuner => Set<Kommune>();

    public DbSet<User> Users => Set<User>();

    public DbSet<FristOverride> FristOverrides => Set<FristOverride>();

    public DbSet<Kompetenceniveau> Kompetenceniveauer => Set<Kompetenceniveau>();

    public DbSet<Team> Teams => Set<Team>();

    public DbSet<Kompetenceplan> Kompetenceplaner => Set<Kompetenceplan>();

    public DbSet<SimulatorExample> SimulatorExamples => Set<SimulatorExample>();

    public DbSet<Forum> Forums => Set<Forum>();

    public DbSet<Meeting> Meetings => Set<Meeting>();

    public DbSet<AgendaItem> AgendaItems => Set<AgendaItem>();

    public DbSet<MeetingAttendee> MeetingAttendees => Set<MeetingAttendee>();

    public DbSet<Provider> Providers => Set<Provider>();

    public DbSet<Offer> Offers => Set<Offer>();
    public DbSet<WorkItem> WorkItems => Set<WorkItem>();

    public DbSet<WorkItemCandidate> WorkItemCandidates => Set<WorkItemCandidate>();

    public DbSet<WorkItemEvent> WorkItemEvents => Set<WorkItemEvent>();
    public DbSet<Sag> Sager => Set<Sag>();

    public DbSet<SagDokument> SagDokumenter => Set<SagDokument>();

    public DbSet<SagFlowSettings> SagFlowSettings => Set<SagFlowSettings>();

    public DbSet<SagsnummerTaeller> SagsnummerTaellere => Set<SagsnummerTaeller>();

    public DbSet<Underretning> Underretninger => Set<Underretning>();

    public DbSet<Indstilling> Indstillinger => Set<Indstilling>();

    public DbSet<Afgoerelse> Afgoerelser => Set<Afgoerelse>();

    public DbSet<Features.Pligter.DecisionDuty> Pligter => Set<Features.Pligter.DecisionDuty>();

    public DbSet<Matchning> Matchninger => Set<Matchning>();

    public DbSet<MatchningBud> MatchningBud => Set<MatchningBud>();

    public DbSet<MatchningSettings> MatchningSettings => Set<MatchningSettings>();

    public DbSet<Undersoegelse> Undersoegelser => Set<Undersoegelse>();

    public DbSet<Bevilling> Bevillinger => Set<Bevilling>();

    public DbSet<BevillingSettings> BevillingSettings => Set<BevillingSettings>();

    public DbSet<Bestilling> Bestillinger => Set<Bestilling>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<KadenceRegel> KadenceRegler => Set<KadenceRegel>();

    public DbSet<RegistreretOpfoelgning> Opfoelgninger => Set<RegistreretOpfoelgning>();

    public DbSet<OpfoelgningPlan> OpfoelgningPlaner => Set<OpfoelgningPlan>();

    public DbSet<BudgetLine> BudgetLines => Set<BudgetLine>();

    public DbSet<BudgetLineVersion> BudgetLineVersions => Set<BudgetLineVersion>();

    public DbSet<ActualLine> ActualLines => Set<ActualLine>();

    public DbSet<ActualsImport> ActualsImports => Set<ActualsImport>();

    public DbSet<OekonomiSettings> OekonomiSettings => Set<OekonomiSettings>();

    public DbSet<ForecastSnapshot> ForecastSnapshots => Set<ForecastSnapshot>();
    public DbSet<NoegletalMaal> NoegletalMaal => Set<NoegletalMaal>();
    public DbSet<Features.Beskeder.OutboundMessage> OutboundMessages => Set<Features.Beskeder.OutboundMessage>();

    public DbSet<Features.Beskeder.Notification> Notifications => Set<Features.Beskeder.Notification>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Features.Auth.UserSession> UserSessions => Set<Features.Auth.UserSession>();

    public DbSet<UserAdministrationEntry> UserAdministrationLog => Set<UserAdministrationEntry>();

    public DbSet<Features.Kommuner.AdministratorInvitation> AdministratorInvitations => Set<Features.Kommuner.AdministratorInvitation>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(VisitationDbContext).Assembly,
            type => type.Namespace == typeof(Configurations.KommuneConfiguration).Namespace);
        ApplyTenantFilters(modelBuilder);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Instants are stored as UTC ticks so that SQLite can compare and order them like PostgreSQL (D13).
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcTicksConverter>();
    }

    private void ApplyTenantFilters(ModelBuilder modelBuilder)
    {
        foreach (var entityType in modelBuilder.Model.GetEntityTypes())
        {
            if (!typeof(ITenantScoped).IsAssignableFrom(entityType.ClrType)) continue;
            var entity = Expression.Parameter(entityType.ClrType, "e");
            var kommuneId = Expression.Property(entity, nameof(ITenantScoped.KommuneId));
            var current = Expression.Property(Expression.Constant(this), nameof(CurrentKommuneId));
            var body = Expression.Equal(Expression.Convert(kommuneId, typeof(Guid?)), current);
            modelBuilder.Entity(entityType.ClrType).HasQueryFilter(Expression.Lambda(body, entity));
        }
    }
}
