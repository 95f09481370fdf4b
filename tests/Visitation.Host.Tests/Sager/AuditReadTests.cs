using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Tests.Infrastructure;
using static Visitation.Host.Tests.Sager.CaseApi;

namespace Visitation.Host.Tests.Sager;

/// <summary>
/// Reads of cases are committed to the audit trail in groups and appended without change tracking; every read still has
/// its own entry, by its own user, before its answer arrives.
/// </summary>
public abstract class AuditReadTests(HostFixture host)
{
    [Fact]
    public async Task Should_record_each_of_many_concurrent_reads_of_a_case_by_its_reader()
    {
        using var raadgiver = await host.Client().SignedInAsync("raadgiver@9901");
        using var leder = await host.Client().SignedInAsync("leder@9901");
        var sag = await RegisterAsync(raadgiver, "Ida Mortensen", NewCpr());

        var reads = Enumerable.Range(0, 24).Select(i => (i % 2 == 0 ? raadgiver : leder).GetAsync($"/api/cases/{sag.Id}")).ToList();
        var answers = await Task.WhenAll(reads);

        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.OK, answer.StatusCode));
        var trail = await leder.ReadAsync<List<AuditEntry>>(await leder.GetAsync($"/api/cases/{sag.Id}/audit"));
        var caseReads = trail.Where(e => e.Action == "sag.read").ToList();
        Assert.Equal(24, caseReads.Count);
        Assert.All(caseReads, e => Assert.True(e.IsRead));
        Assert.Equal(12, caseReads.Count(e => e.User == "raadgiver@9901"));
        Assert.Equal(12, caseReads.Count(e => e.User == "leder@9901"));
    }

    [Fact]
    public async Task Should_record_a_read_of_every_case_the_case_list_and_the_work_list_show()
    {
        using var raadgiver = await host.Client().SignedInAsync("raadgiver@9901");
        using var leder = await host.Client().SignedInAsync("leder@9901");
        var registered = await UnderretningApi.RegisterAsync(raadgiver, [UnderretningApi.Child("Otto Lund", NewCpr())]);
        var caseId = registered.Cases.Single().CaseId;

        Assert.Equal(HttpStatusCode.OK, (await raadgiver.GetAsync("/api/cases?mine=true")).StatusCode);
        var tasks = await raadgiver.GetAsync($"/api/tasks?view=case&caseId={caseId}");

        Assert.Equal(HttpStatusCode.OK, tasks.StatusCode);
        Assert.Contains(caseId.ToString(), await tasks.Content.ReadAsStringAsync());
        var trail = await leder.ReadAsync<List<AuditEntry>>(await leder.GetAsync($"/api/cases/{caseId}/audit"));
        Assert.Single(trail, e => e.Action == "sag.list" && e.User == "raadgiver@9901" && e.IsRead);
        Assert.Single(trail, e => e.Action == "opgave.list" && e.User == "raadgiver@9901" && e.IsRead);
    }

    [Fact]
    public async Task Should_append_a_group_larger_than_one_statement_completely_and_exactly()
    {
        using var scope = host.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<VisitationDbContext>();
        var kommuneId = await db.Kommuner.IgnoreQueryFilters().Select(k => k.Id).FirstAsync();
        var sagId = Guid.NewGuid();
        var at = new DateTimeOffset(2026, 12, 7, 21, 30, 15, TimeSpan.Zero).AddTicks(1234567);
        var entries = Enumerable.Range(0, Features.Audit.AuditEntryInsert.RowsPerStatement * 2 + 1).Select(i => new Features.Audit.AuditEntry
        {
            KommuneId = kommuneId, SagId = sagId, At = at.AddTicks(i), UserId = i % 2 == 0 ? null : Guid.NewGuid(),
            UserName = $"læser-{i}", Action = "sag.read", IsRead = true,
        }).ToList();

        await Features.Audit.AuditEntryInsert.For(db).InsertAsync(db, entries, CancellationToken.None);

        var stored = await db.AuditEntries.IgnoreQueryFilters().AsNoTracking().Where(e => e.SagId == sagId).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(entries.Count, stored.Count);
        Assert.Equal(entries.Select(e => (e.KommuneId, e.At, e.UserId, e.UserName, e.Action, e.IsRead)),
            stored.Select(e => (e.KommuneId, e.At, e.UserId, e.UserName, e.Action, e.IsRead)));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AuditReadTestsOnSqlite(SqliteHostFixture host) : AuditReadTests(host);

[Collection(PostgresCollection.Name)]
public sealed class AuditReadTestsOnPostgres(PostgresHostFixture host) : AuditReadTests(host);
