using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Audit;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Sager;

/// <summary>
/// The tovholder (or a leader) offers the case to another caseworker (<see cref="Offer"/>); the case stays
/// with the current tovholder until the receiver accepts (<see cref="Accept"/>) or declines (<see cref="Decline"/>),
/// so there is exactly one tovholder at every moment.
/// </summary>
public static class HandOverSag
{
    public sealed record Offer(Guid Id, string? To) : ICommand<SagSummaryView>;

    public sealed record Accept(Guid Id) : ICommand<SagSummaryView>;

    public sealed record Decline(Guid Id) : ICommand<SagSummaryView>;

    public sealed class Handler(VisitationDbContext db, CurrentUser currentUser, SagRegistrar registrar, UserNames userNames, AuditTrail audit)
        : ICommandHandler<Offer, SagSummaryView>, ICommandHandler<Accept, SagSummaryView>, ICommandHandler<Decline, SagSummaryView>
    {
        public async ValueTask<SagSummaryView> Handle(Offer command, CancellationToken cancellationToken)
        {
            var sag = await LoadAsync(command.Id, cancellationToken);
            if (sag.TovholderId != currentUser.UserId && !currentUser.IsInRole(Roles.Leder))
                throw new ConflictException(ErrorMessages.Error("", "sag.notTovholder"));
            if (string.IsNullOrWhiteSpace(command.To)) throw new RequestValidationException(ErrorMessages.Error("/to", "field.required"));
            var receiver = await registrar.ResolveTovholderAsync(command.To, "/to", cancellationToken);
            if (receiver == sag.TovholderId) throw new UnprocessableException([ErrorMessages.Error("/to", "sag.handoverToSelf")]);
            sag.OverdragesTilId = receiver;
            return await SaveAsync(sag, "sag.handoverOffered", cancellationToken);
        }

        public async ValueTask<SagSummaryView> Handle(Accept command, CancellationToken cancellationToken)
        {
            var sag = await LoadPendingForCallerAsync(command.Id, cancellationToken);
            sag.TovholderId = sag.OverdragesTilId!.Value;
            sag.OverdragesTilId = null;
            return await SaveAsync(sag, "sag.handoverAccepted", cancellationToken);
        }

        public async ValueTask<SagSummaryView> Handle(Decline command, CancellationToken cancellationToken)
        {
            var sag = await LoadPendingForCallerAsync(command.Id, cancellationToken);
            sag.OverdragesTilId = null;
            return await SaveAsync(sag, "sag.handoverDeclined", cancellationToken);
        }

        private async Task<Sag> LoadAsync(Guid id, CancellationToken cancellationToken) =>
            await db.Sager.SingleOrDefaultAsync(s => s.Id == id, cancellationToken) ?? throw new ResourceNotFoundException("Sagen");

        private async Task<Sag> LoadPendingForCallerAsync(Guid id, CancellationToken cancellationToken)
        {
            var sag = await LoadAsync(id, cancellationToken);
            if (sag.OverdragesTilId is null || sag.OverdragesTilId != currentUser.UserId)
                throw new ConflictException(ErrorMessages.Error("", "sag.noHandoverForYou"));
            return sag;
        }

        private async Task<SagSummaryView> SaveAsync(Sag sag, string action, CancellationToken cancellationToken)
        {
            audit.Write(sag.KommuneId, sag.Id, action);
            return SagSummaryView.From(sag, await userNames.ForAsync([sag], cancellationToken));
        }
    }
}
