using Visitation.Host.Features.Bevillinger;
using Visitation.Host.Features.Indstillinger;
using Visitation.Host.Features.Kommuner;
using Visitation.Host.Features.Opgaver;
using Visitation.Host.Features.Sager;
using Visitation.Host.Features.Undersoegelser;
using Visitation.Host.Features.Underretninger;
using Visitation.Host.Features.Users;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.KpiBenchmark;

/// <summary>
/// Lays down a municipality's history: per year <see cref="PerYear"/> underretninger, each with its case, the assessment and
/// receipt tasks, for half of them an undersøgelse (task and row), for a fifth a grant (with its indstilling) and a first
/// follow-up task. Deterministic (seeded random), written in batches with change tracking off.
/// </summary>
public sealed class Generator(Func<VisitationDbContext> newContext, DateTimeOffset now)
{
    public const int PerYear = 3000;
    private const int Batch = 4000;

    public async Task<Guid> MunicipalityAsync(string code, int years)
    {
        var random = new Random(code.GetHashCode(StringComparison.Ordinal) & 0xffff);
        var kommune = new Kommune { Id = Guid.NewGuid(), Code = code, Name = $"Bench {code}", CreatedAt = now.AddYears(-years) };
        var users = Enumerable.Range(0, 25).Select(i => new User
        {
            Id = Guid.NewGuid(), KommuneId = kommune.Id, UserName = $"raadgiver{i}@{code}", DisplayName = $"Rådgiver {i}", Roles = ["Raadgiver"], CreatedAt = kommune.CreatedAt,
        }).ToList();
        await SaveAsync([kommune, .. users]);

        var pending = new List<object>();
        var total = PerYear * years;
        var span = TimeSpan.FromDays(365.25 * years);
        for (var i = 0; i < total; i++)
        {
            var received = now - span + TimeSpan.FromTicks((long)(span.Ticks * (i + random.NextDouble()) / total));
            var recent = now - received < TimeSpan.FromDays(400);
            var sag = new Sag
            {
                Id = Guid.NewGuid(), KommuneId = kommune.Id, Sagsnummer = $"{received.Year}-{i:D6}", BarnNavn = $"Barn {i}", Cpr = $"010118-{i % 10000:D4}",
                TovholderId = users[random.Next(users.Count)].Id, Status = recent && random.Next(3) > 0 ? SagStatus.Aaben : SagStatus.Lukket,
                OprettetAt = received, OprettetAf = "bench",
            };
            var key = sag.Id.ToString();
            var anonymous = random.Next(10) == 0;
            pending.Add(sag);
            pending.Add(new Underretning
            {
                Id = Guid.NewGuid(), KommuneId = kommune.Id, SagId = sag.Id, ModtagelsesId = Guid.NewGuid(),
                UnderretterType = anonymous ? UnderretterType.Anonymous : UnderretterType.Professional, ModtagetAt = received, BekendtAt = received,
                Indhold = "Bekymring.", RegistreretAt = received, RegistreretAf = "bench",
            });
            pending.Add(Task(kommune.Id, key, "vurdering", received, received.AddHours(random.Next(2, 40)), received.AddHours(24)));
            if (!anonymous) pending.Add(Task(kommune.Id, key, "kvittering", received, received.AddDays(random.Next(1, 10)), null));
            if (random.Next(2) == 0)
            {
                var started = received.AddDays(1);
                var finished = started.AddDays(random.Next(40, 160));
                pending.Add(Task(kommune.Id, key, "undersoegelse", started, finished <= now ? finished : null, received.AddMonths(4)));
                pending.Add(new Undersoegelse
                {
                    Id = Guid.NewGuid(), KommuneId = kommune.Id, SagId = sag.Id, BekendtAt = received, FristAt = received.AddMonths(4), SektionerJson = "[]",
                    OpdateretAt = started, OpdateretAf = "bench",
                });
                if (random.Next(5) < 2)
                {
                    var indstilling = new Indstilling
                    {
                        Id = Guid.NewGuid(), KommuneId = kommune.Id, SagId = sag.Id, Status = IndstillingStatus.Afgjort, Behov = "Behov", IndsatsType = random.Next(4) == 0 ? "anbringelse" : "familiebehandling",
                        Lovgrundlag = "BL-32", LeverandoerType = random.Next(2) == 0 ? "intern" : "ekstern", Omfang = 6, Enhed = "timer-pr-maaned", EnhedsprisOere = 85050,
                        Start = DateOnly.FromDateTime(finished.UtcDateTime), MaalJson = "[]", Opfoelgning = "P3M", PorteJson = "{}", IndstilletAf = "bench",
                        IndstilletAfId = sag.TovholderId, OprettetAt = finished, IndsendtAt = finished,
                    };
                    var start = DateOnly.FromDateTime(finished.UtcDateTime).AddDays(14);
                    pending.Add(indstilling);
                    pending.Add(new Bevilling
                    {
                        Id = Guid.NewGuid(), KommuneId = kommune.Id, SagId = sag.Id, IndstillingId = indstilling.Id, IndsatsType = indstilling.IndsatsType, Lovgrundlag = "BL-32",
                        Omfang = 6, Enhed = "timer-pr-maaned", EnhedsprisOere = 85050, Start = start, Slut = start.AddMonths(random.Next(3, 18)),
                        HandlekommuneKode = code, BetalingskommuneKode = code, BevilgetAf = "bench", BevilgetAt = finished.AddDays(10),
                    });
                    var due = finished.AddDays(14).AddMonths(3);
                    var done = due.AddDays(random.Next(-20, 30));
                    pending.Add(Task(kommune.Id, key, "opfoelgning", finished.AddDays(14), done <= now ? done : null, due));
                }
            }
            if (pending.Count >= Batch)
            {
                await SaveAsync(pending);
                pending.Clear();
            }
        }
        await SaveAsync(pending);
        return kommune.Id;
    }

    private static WorkItem Task(Guid kommuneId, string caseId, string activityId, DateTimeOffset created, DateTimeOffset? completed, DateTimeOffset? due)
    {
        var id = Guid.NewGuid().ToString("N");
        return new WorkItem
        {
            Id = id, KommuneId = kommuneId, BookmarkId = id, InstanceId = $"i-{caseId}-{activityId}", ActivityId = activityId, CaseId = caseId, Title = activityId,
            DueAt = due, CreatedAt = created, CompletedAt = completed, Status = completed is null ? WorkItemStatus.Open : WorkItemStatus.Completed,
        };
    }

    private async Task SaveAsync(IEnumerable<object> rows)
    {
        await using var db = newContext();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        // Parents before children, as the foreign keys want them.
        foreach (var group in rows.GroupBy(r => r.GetType()).OrderBy(g => Order(g.Key)))
            db.AddRange(group);
        await db.SaveChangesAsync();
    }

    private static int Order(Type type) => type.Name switch
    {
        nameof(Kommune) => 0, nameof(User) => 1, nameof(Sag) => 2, nameof(Indstilling) => 3, nameof(Bevilling) => 4, _ => 5,
    };
}
