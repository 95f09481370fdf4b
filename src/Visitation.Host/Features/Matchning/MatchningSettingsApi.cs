using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Matchning;

/// <summary>The municipality's matching rules: the internal providers' bid deadline in working days.</summary>
public sealed record MatchningSettingsView(int BidDeadlineWorkingDays);

/// <summary>The municipality's matching rules: read by every user of it (<see cref="Get"/>), set by those who keep the offer catalogue (<see cref="Set"/>).</summary>
public static class MatchningSettingsApi
{
    public sealed record Get : IQuery<MatchningSettingsView>;

    public sealed record Set(int? BidDeadlineWorkingDays) : ICommand<MatchningSettingsView>, IValidatable
    {
        public IEnumerable<ProblemError> Validate()
        {
            if (BidDeadlineWorkingDays is null) yield return ErrorMessages.Error("/bidDeadlineWorkingDays", "field.required");
            else if (BidDeadlineWorkingDays is < 1 or > MatchningSettings.MaxBudfristHverdage)
                yield return ErrorMessages.Error("/bidDeadlineWorkingDays", "field.outOfRange", 1, MatchningSettings.MaxBudfristHverdage);
        }
    }

    public sealed class Handler(VisitationDbContext db, CurrentUser currentUser) : IQueryHandler<Get, MatchningSettingsView>, ICommandHandler<Set, MatchningSettingsView>
    {
        public async ValueTask<MatchningSettingsView> Handle(Get query, CancellationToken cancellationToken)
        {
            var settings = await db.MatchningSettings.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
            return new MatchningSettingsView(settings?.BudfristHverdage ?? MatchningSettings.DefaultBudfristHverdage);
        }

        public async ValueTask<MatchningSettingsView> Handle(Set command, CancellationToken cancellationToken)
        {
            var settings = await db.MatchningSettings.SingleOrDefaultAsync(cancellationToken);
            if (settings is null)
            {
                settings = new MatchningSettings { KommuneId = currentUser.RequireKommuneId() };
                db.MatchningSettings.Add(settings);
            }
            settings.BudfristHverdage = command.BidDeadlineWorkingDays!.Value;
            await db.SaveChangesAsync(cancellationToken);
            return new MatchningSettingsView(settings.BudfristHverdage);
        }
    }
}
