using Visitation.Host.Features.Sager;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Underretninger;

/// <summary>
/// Who sees who notified: the case's tovholder, the caseworker it is offered to, and leaders. The same rule guards the
/// underretning's notifier fields and its attachments (a letter from the notifier names them).
/// </summary>
public static class NotifierIdentity
{
    public static bool IsVisibleTo(Sag sag, CurrentUser user) =>
        sag.TovholderId == user.UserId || sag.OverdragesTilId == user.UserId || user.IsInRole(Roles.Leder);

    public static bool IsVisibleTo(Guid tovholderId, Guid? offeredToId, CurrentUser user) =>
        tovholderId == user.UserId || offeredToId == user.UserId || user.IsInRole(Roles.Leder);
}
