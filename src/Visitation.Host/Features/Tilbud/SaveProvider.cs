using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Tilbud;

/// <summary>A catalogue editor adds a provider (<see cref="Create"/>) or changes one (<see cref="Update"/>); names are unique in the municipality.</summary>
public static class SaveProvider
{
    public sealed record Create(string? Name, string? Cvr) : ICommand<ProviderView>, IValidatable
    {
        public IEnumerable<ProblemError> Validate() => ProviderRules.Validate("/name", Name, "/cvr", Cvr);
    }

    public sealed record Update(Guid Id, string? Name, string? Cvr) : ICommand<ProviderView>, IValidatable
    {
        public IEnumerable<ProblemError> Validate() => ProviderRules.Validate("/name", Name, "/cvr", Cvr);
    }

    public sealed class Handler(VisitationDbContext db, CurrentUser currentUser) : ICommandHandler<Create, ProviderView>, ICommandHandler<Update, ProviderView>
    {
        public async ValueTask<ProviderView> Handle(Create command, CancellationToken cancellationToken)
        {
            await EnsureNameFreeAsync(command.Name!.Trim(), null, cancellationToken);
            var provider = new Provider { Id = Guid.NewGuid(), KommuneId = currentUser.RequireKommuneId(), Name = command.Name.Trim(), Cvr = ProviderRules.CleanCvr(command.Cvr) };
            db.Providers.Add(provider);
            await SaveAsync(cancellationToken);
            return ProviderView.From(provider);
        }

        public async ValueTask<ProviderView> Handle(Update command, CancellationToken cancellationToken)
        {
            var provider = await db.Providers.SingleOrDefaultAsync(p => p.Id == command.Id, cancellationToken) ?? throw new ResourceNotFoundException("Leverandøren");
            await EnsureNameFreeAsync(command.Name!.Trim(), provider.Id, cancellationToken);
            provider.Name = command.Name.Trim();
            provider.Cvr = ProviderRules.CleanCvr(command.Cvr);
            await SaveAsync(cancellationToken);
            return ProviderView.From(provider);
        }

        /// <summary>Two editors saving the same name at once: the unique index refuses the second.</summary>
        private async Task SaveAsync(CancellationToken cancellationToken)
        {
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                throw new ConflictException(ErrorMessages.Error("/name", "provider.nameTaken"));
            }
        }

        private async Task EnsureNameFreeAsync(string name, Guid? except, CancellationToken cancellationToken)
        {
            var names = await db.Providers.AsNoTracking().Where(p => p.Id != except).Select(p => p.Name).ToListAsync(cancellationToken);
            if (names.Any(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase)))
                throw new ConflictException(ErrorMessages.Error("/name", "provider.nameTaken"));
        }
    }
}
