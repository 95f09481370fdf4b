using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Audit;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Sager;

/// <summary>
/// Creates cases for children: refuses a second open case for the same CPR number, resolves the tovholder and
/// records the write in the audit trail. The caller saves the unit of work.
/// </summary>
public sealed class SagRegistrar(VisitationDbContext db, CurrentUser currentUser, AuditTrail audit, TimeProvider clock)
{
    static readonly TimeZoneInfo Copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    public async Task<Guid> ResolveTovholderAsync(string? userName, string path, CancellationToken cancellationToken)
    {
        var kommuneId = currentUser.RequireKommuneId();
        if (string.IsNullOrWhiteSpace(userName)) return currentUser.UserId ?? throw new InvalidOperationException("Signed-in user without id.");
        var name = userName.Trim().ToLowerInvariant();
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.KommuneId == kommuneId && u.UserName == name && u.IsActive, cancellationToken);
        if (user is null || !(user.HasRole(Roles.Raadgiver) || user.HasRole(Roles.Leder)))
            throw new UnprocessableException([ErrorMessages.Error(path, "sag.unknownCaseworker", userName)]);
        return user.Id;
    }

    public async Task<Sag> AddAsync(ChildInput child, IReadOnlyList<CustodyHolderInput>? custodyHolders, Guid tovholderId, Guid? siblingGroupId,
        string childPath, CancellationToken cancellationToken)
    {
        var kommuneId = currentUser.RequireKommuneId();
        var cpr = child.Cpr?.Reveal();
        if (cpr is not null && (await db.Sager.AnyAsync(s => s.Cpr == cpr && s.Status == SagStatus.Aaben, cancellationToken)
                                || db.Sager.Local.Any(s => s.Cpr == cpr && s.Status == SagStatus.Aaben)))
            throw new ConflictException(ErrorMessages.Error($"{childPath}/cpr", "sag.duplicate"));
        var sag = new Sag
        {
            Id = Guid.NewGuid(),
            KommuneId = kommuneId,
            Sagsnummer = "",
            BarnNavn = child.Name!.Trim(),
            Cpr = cpr,
            Foedselsdato = child.Cpr?.DateOfBirth ?? child.DateOfBirth,
            Ufoedt = child.Unborn == true,
            TovholderId = tovholderId,
            SoeskendeGruppeId = siblingGroupId,
            OprettetAt = clock.GetUtcNow(),
            OprettetAf = currentUser.Actor,
            Foraeldremyndighed = [.. (custodyHolders ?? []).Select(h => new Myndighedsindehaver
            {
                Id = Guid.NewGuid(), Navn = h.Name!.Trim(), Relation = h.Relation?.Trim(), Kontakt = h.Contact?.Trim(),
            })],
        };
        var year = TimeZoneInfo.ConvertTime(sag.OprettetAt, Copenhagen).Year;
        sag.Sagsnummer = await SagsnummerTaeller.NextAsync(db, kommuneId, year, cancellationToken);
        db.Sager.Add(sag);
        audit.Write(kommuneId, sag.Id, "sag.register");
        return sag;
    }
}
