using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Tilbud;

/// <summary>A catalogue editor adds an offer to a provider of the municipality (<see cref="Create"/>) or changes one (<see cref="Update"/>).</summary>
public static class SaveOffer
{
    public sealed record Create(Guid? ProviderId, OfferFields Fields) : ICommand<OfferView>, IValidatable
    {
        public IEnumerable<ProblemError> Validate() => ProviderRequired(ProviderId).Concat(Fields.Validate());
    }

    public sealed record Update(Guid Id, Guid? ProviderId, OfferFields Fields) : ICommand<OfferView>, IValidatable
    {
        public IEnumerable<ProblemError> Validate() => ProviderRequired(ProviderId).Concat(Fields.Validate());
    }

    private static IEnumerable<ProblemError> ProviderRequired(Guid? providerId)
    {
        if (providerId is null) yield return ErrorMessages.Error("/providerId", "field.required");
    }

    public sealed class Handler(VisitationDbContext db, CurrentUser currentUser) : ICommandHandler<Create, OfferView>, ICommandHandler<Update, OfferView>
    {
        public async ValueTask<OfferView> Handle(Create command, CancellationToken cancellationToken)
        {
            var provider = await ProviderAsync(command.ProviderId!.Value, cancellationToken);
            var offer = new Offer
            {
                Id = Guid.NewGuid(), KommuneId = currentUser.RequireKommuneId(), ProviderId = provider.Id, Name = "", Type = "", LegalBasis = "", PriceUnit = "",
                Provision = "", Financing = "",
            };
            command.Fields.ApplyTo(offer);
            db.Offers.Add(offer);
            await db.SaveChangesAsync(cancellationToken);
            return OfferView.From(offer, provider.Name);
        }

        public async ValueTask<OfferView> Handle(Update command, CancellationToken cancellationToken)
        {
            var offer = await db.Offers.SingleOrDefaultAsync(o => o.Id == command.Id, cancellationToken) ?? throw new ResourceNotFoundException("Tilbuddet");
            var provider = await ProviderAsync(command.ProviderId!.Value, cancellationToken);
            offer.ProviderId = provider.Id;
            command.Fields.ApplyTo(offer);
            await db.SaveChangesAsync(cancellationToken);
            return OfferView.From(offer, provider.Name);
        }

        private async Task<Provider> ProviderAsync(Guid id, CancellationToken cancellationToken) =>
            await db.Providers.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
            ?? throw new UnprocessableException([ErrorMessages.Error("/providerId", "provider.unknown")]);
    }
}
