using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Oekonomi;

/// <summary>The forecast's settings: the grant probability of a pending indstilling (0-100 %) and the pool for unknown inflow per year.</summary>
public sealed record OekonomiSettingsView(int GrantProbabilityPercent, decimal Pool)
{
    public static OekonomiSettingsView From(OekonomiSettings s) => new(s.BevillingsSandsynlighedPct, s.PuljeOere / 100m);

    public static async Task<OekonomiSettings> ReadAsync(VisitationDbContext db, Guid kommuneId, CancellationToken cancellationToken) =>
        // Also read by the monthly forecast snapshot, which runs for every municipality without a signed-in user; the query names it.
        await db.OekonomiSettings.AsNoTracking().IgnoreQueryFilters().SingleOrDefaultAsync(s => s.KommuneId == kommuneId, cancellationToken)
        ?? Oekonomi.OekonomiSettings.Default(kommuneId);
}

public static class GetOekonomiSettings
{
    public sealed record Query : IQuery<OekonomiSettingsView>;

    public sealed class Handler(VisitationDbContext db, CurrentUser currentUser) : IQueryHandler<Query, OekonomiSettingsView>
    {
        public async ValueTask<OekonomiSettingsView> Handle(Query query, CancellationToken cancellationToken) =>
            OekonomiSettingsView.From(await OekonomiSettingsView.ReadAsync(db, currentUser.RequireKommuneId(), cancellationToken));
    }
}

public static class SaveOekonomiSettings
{
    public sealed record Command(int? GrantProbabilityPercent, decimal? Pool) : ICommand<OekonomiSettingsView>, IValidatable
    {
        public IEnumerable<ProblemError> Validate()
        {
            if (GrantProbabilityPercent is null) yield return ErrorMessages.Error("/grantProbabilityPercent", "field.required");
            else if (GrantProbabilityPercent is < 0 or > 100) yield return ErrorMessages.Error("/grantProbabilityPercent", "field.outOfRange", 0, 100);
            foreach (var error in ProjectCommitment.Money("/pool", Pool, Economy.MaxPrice)) yield return error;
        }
    }

    public sealed class Handler(VisitationDbContext db, CurrentUser currentUser) : ICommandHandler<Command, OekonomiSettingsView>
    {
        public async ValueTask<OekonomiSettingsView> Handle(Command command, CancellationToken cancellationToken)
        {
            var kommuneId = currentUser.RequireKommuneId();
            var settings = await db.OekonomiSettings.SingleOrDefaultAsync(s => s.KommuneId == kommuneId, cancellationToken);
            if (settings is null)
            {
                settings = OekonomiSettings.Default(kommuneId);
                db.OekonomiSettings.Add(settings);
            }
            settings.BevillingsSandsynlighedPct = command.GrantProbabilityPercent!.Value;
            settings.PuljeOere = Economy.ToOere(command.Pool!.Value);
            await db.SaveChangesAsync(cancellationToken);
            return OekonomiSettingsView.From(settings);
        }
    }
}
