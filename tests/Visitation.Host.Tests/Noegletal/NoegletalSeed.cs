using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Visitation.Host.Features.Opgaver;
using Visitation.Host.Features.Sager;
using Visitation.Host.Features.Undersoegelser;
using Visitation.Host.Features.Underretninger;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Tests.Noegletal;

/// <summary>
/// Hand-made work for the nøgletal: cases, underretninger and the flows' tasks written straight into the database with
/// the instants a test chooses, so each boundary is exact to the second. Local times are Danish.
/// </summary>
public sealed class NoegletalSeed(IServiceProvider services)
{
    public static readonly TimeZoneInfo Copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    /// <summary>A Danish wall-clock time as an instant.</summary>
    public static DateTimeOffset Local(int year, int month, int day, int hour, int minute = 0, int second = 0)
    {
        var local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Copenhagen.GetUtcOffset(local)).ToUniversalTime();
    }

    public async Task<(Guid KommuneId, Guid UserId)> UserAsync(string userName)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VisitationDbContext>();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == userName);
        return (user.KommuneId!.Value, user.Id);
    }

    public async Task<Guid> CaseAsync(string tovholder, string barnNavn = "Testbarn", string? cpr = "010120-1234", SagStatus status = SagStatus.Aaben)
    {
        var (kommuneId, userId) = await UserAsync(tovholder);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VisitationDbContext>();
        var sag = new Sag
        {
            Id = Guid.NewGuid(), KommuneId = kommuneId, Sagsnummer = $"T-{Guid.NewGuid():N}"[..14], BarnNavn = barnNavn, Cpr = cpr,
            TovholderId = userId, Status = status, OprettetAt = Local(2027, 1, 2, 9), OprettetAf = tovholder,
        };
        db.Sager.Add(sag);
        await db.SaveChangesAsync();
        return sag.Id;
    }

    public async Task UnderretningAsync(Guid sagId, DateTimeOffset modtaget, UnderretterType type = UnderretterType.Professional, DateTimeOffset? bekendt = null)
    {
        await WithDbAsync(async db =>
        {
            var kommuneId = await db.Sager.IgnoreQueryFilters().Where(s => s.Id == sagId).Select(s => s.KommuneId).SingleAsync();
            db.Underretninger.Add(new Underretning
            {
                Id = Guid.NewGuid(), KommuneId = kommuneId, SagId = sagId, ModtagelsesId = Guid.NewGuid(), UnderretterType = type,
                UnderretterNavn = type == UnderretterType.Anonymous ? null : "Skolen", ModtagetAt = modtaget, BekendtAt = bekendt ?? modtaget,
                Indhold = "Bekymring for barnets trivsel i skolen.", RegistreretAt = modtaget, RegistreretAf = "test",
            });
        });
    }

    /// <summary>A flow task of the case, created at <paramref name="created"/> and completed at <paramref name="completed"/> (open when null).</summary>
    public async Task TaskAsync(Guid sagId, string activityId, DateTimeOffset created, DateTimeOffset? completed, DateTimeOffset? due = null, string? instanceId = null)
    {
        await WithDbAsync(async db =>
        {
            var kommuneId = await db.Sager.IgnoreQueryFilters().Where(s => s.Id == sagId).Select(s => s.KommuneId).SingleAsync();
            var id = Guid.NewGuid().ToString("N");
            db.WorkItems.Add(new WorkItem
            {
                Id = id, KommuneId = kommuneId, BookmarkId = id, InstanceId = instanceId ?? $"inst-{id}", ActivityId = activityId, CaseId = sagId.ToString(),
                Title = activityId, DueAt = due, CreatedAt = created, CompletedAt = completed,
                Status = completed is null ? WorkItemStatus.Open : WorkItemStatus.Completed, CompletedBy = completed is null ? null : "test",
            });
        });
    }

    public async Task UndersoegelseAsync(Guid sagId, DateTimeOffset bekendt, DateTimeOffset fristAt)
    {
        await WithDbAsync(async db =>
        {
            var kommuneId = await db.Sager.IgnoreQueryFilters().Where(s => s.Id == sagId).Select(s => s.KommuneId).SingleAsync();
            db.Undersoegelser.Add(new Undersoegelse
            {
                Id = Guid.NewGuid(), KommuneId = kommuneId, SagId = sagId, BekendtAt = bekendt, FristAt = fristAt, SektionerJson = "[]",
                OpdateretAt = bekendt, OpdateretAf = "test",
            });
        });
    }

    private async Task WithDbAsync(Func<VisitationDbContext, Task> work)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VisitationDbContext>();
        await work(db);
        await db.SaveChangesAsync();
    }
}
