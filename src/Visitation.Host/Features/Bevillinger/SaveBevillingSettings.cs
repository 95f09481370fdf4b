using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Bevillinger;

/// <summary>
/// Sets who resolves a provider's decline (a staff role, or a user of the municipality's staff) and the expiry
/// notice in days (1-365).
/// </summary>
public static class SaveBevillingSettings
{
    public const int MaxNoticeDays = 365;

    static readonly string[] Kinds = ["user", "role"];

    public sealed record Command(string? ResolverKind, string? ResolverId, int? ExpiryNoticeDays) : ICommand<BevillingSettingsView>, IValidatable
    {
        public IEnumerable<ProblemError> Validate()
        {
            if (ResolverKind is null || !Kinds.Contains(ResolverKind)) yield return ErrorMessages.Error("/resolverKind", "bevilling.resolverKind");
            else if (ResolverKind == "role")
                foreach (var error in FieldRules.OneOf("/resolverId", ResolverId, Roles.MunicipalityRoles)) yield return error;
            else
                foreach (var error in FieldRules.Text("/resolverId", ResolverId, 200)) yield return error;
            if (ExpiryNoticeDays is null) yield return ErrorMessages.Error("/expiryNoticeDays", "field.required");
            else if (ExpiryNoticeDays is < 1 or > MaxNoticeDays) yield return ErrorMessages.Error("/expiryNoticeDays", "field.outOfRange", 1, MaxNoticeDays);
        }
    }

    public sealed class Handler(VisitationDbContext db, CurrentUser currentUser) : ICommandHandler<Command, BevillingSettingsView>
    {
        public async ValueTask<BevillingSettingsView> Handle(Command command, CancellationToken cancellationToken)
        {
            var kommuneId = currentUser.RequireKommuneId();
            var resolverId = command.ResolverId!.Trim();
            if (command.ResolverKind == "user")
            {
                resolverId = resolverId.ToLowerInvariant();
                var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.KommuneId == kommuneId && u.UserName == resolverId, cancellationToken);
                if (user is null || user.HasRole(Roles.Leverandoer))
                    throw new RequestValidationException(ErrorMessages.Error("/resolverId", "organisation.unknownUser", resolverId));
            }
            var settings = await db.BevillingSettings.SingleOrDefaultAsync(s => s.KommuneId == kommuneId, cancellationToken);
            if (settings is null)
            {
                settings = BevillingSettings.Default(kommuneId);
                db.BevillingSettings.Add(settings);
            }
            settings.ResolverKind = command.ResolverKind!;
            settings.ResolverId = resolverId;
            settings.UdloebVarselDage = command.ExpiryNoticeDays!.Value;
            return BevillingSettingsView.From(settings);
        }
    }
}
