using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Visitation.Host.Features.Audit;
using Visitation.Host.Features.Kommuner;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Tests.Infrastructure;
using Visitation.Workflows.Execution;
using Visitation.Workflows.Hosting;

namespace Visitation.Host.Tests.Workflows;

/// <summary>A use case's own data and its flow's step commit together or not at all.</summary>
public abstract class CommandTransactionTests(HostFixture host)
{
    [Fact]
    public async Task Should_commit_host_data_and_the_flow_step_together()
    {
        var (definitionId, tenantId) = await PublishedFlowAsync();
        const string code = "9961";

        await InScopeAsync(async (uow, db, tenant) => await uow.RunAsync(async () =>
        {
            db.Kommuner.Add(new Kommune { Id = Guid.NewGuid(), Code = code, Name = "Fælles commit" });
            return await tenant.Runtime.StartAsync(definitionId, new StartWorkflowOptions { CorrelationId = code });
        }, CancellationToken.None), tenantId);

        Assert.True(await CountsAsync(code, tenantId) is (1, 1));
    }

    [Fact]
    public async Task Should_roll_back_both_when_the_use_case_fails_after_the_flow_moved()
    {
        var (definitionId, tenantId) = await PublishedFlowAsync();
        const string code = "9962";

        await Assert.ThrowsAsync<InvalidOperationException>(() => InScopeAsync(async (uow, db, tenant) => await uow.RunAsync<int>(async () =>
        {
            db.Kommuner.Add(new Kommune { Id = Guid.NewGuid(), Code = code, Name = "Rulles tilbage" });
            await db.SaveChangesAsync();
            await tenant.Runtime.StartAsync(definitionId, new StartWorkflowOptions { CorrelationId = code });
            throw new InvalidOperationException("The use case failed after the step was saved.");
        }, CancellationToken.None), tenantId));

        Assert.True(await CountsAsync(code, tenantId) is (0, 0));
    }

    [Fact]
    public async Task Should_roll_back_the_step_the_use_case_and_its_audit_entry_when_an_outbox_handler_fails()
    {
        using var designer = await host.Client().SignedInAsync("procesdesigner@9901");
        var id = Flows.NewId("outbox-fails");
        // The grant names an indstilling that is on no case, so the grant's handler refuses it inside the step's commit.
        await designer.ImportAndPublishAsync(Flows.Flowchart(id,
            [Flows.Activity("start", "Elsa.Start"), Flows.Activity("grant", "Visitation.Bevilg", ("indstillingId", Flows.Literal("String", Guid.NewGuid().ToString())))],
            [Flows.Connect("start", "grant")]));
        var (_, tenantId) = await PublishedFlowAsync();
        // A case of the municipality, made (inside the transaction that rolls back) to have this flow as its own,
        // so the grant's handler acts on it; the grant names an indstilling that is on no case, so the handler refuses it.
        using var caseworker = await host.Client().SignedInAsync("raadgiver@9901");
        var registered = await Sager.UnderretningApi.RegisterAsync(caseworker, [Sager.UnderretningApi.Child("Rulle Tilbage", Sager.CaseApi.NewCpr())]);
        var (sagId, ownFlow) = await CaseAsync(tenantId, registered.Cases[0].CaseId);
        var before = await CountForCaseAsync(sagId.ToString(), tenantId);
        var instanceId = Guid.CreateVersion7().ToString("N");
        const string code = "9963";

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => InScopeAsync(async (transaction, db, tenant) => await transaction.RunAsync(async () =>
        {
            db.Kommuner.Add(new Kommune { Id = Guid.NewGuid(), Code = code, Name = "Rulles tilbage" });
            var sag = await db.Sager.IgnoreQueryFilters().SingleAsync(s => s.Id == sagId);
            sag.WorkflowInstanceId = instanceId;
            db.AuditEntries.Add(new AuditEntry
            {
                KommuneId = Guid.Parse(tenantId), SagId = sagId, At = DateTimeOffset.UtcNow, UserName = "raadgiver@9901", Action = "test.write", IsRead = false,
            });
            await db.SaveChangesAsync();
            return await tenant.Runtime.StartAsync(id, new StartWorkflowOptions { InstanceId = instanceId, CorrelationId = sagId.ToString() });
        }, CancellationToken.None), tenantId));

        Assert.Contains("indstilling is not on the flow's case", failure.Message);
        Assert.True(await CountsAsync(code, tenantId) is (0, 0));
        Assert.Equal(before, await CountForCaseAsync(sagId.ToString(), tenantId));
        Assert.Equal(ownFlow, (await CaseAsync(tenantId, sagId)).OwnFlow);
    }

    private async Task<(Guid SagId, string? OwnFlow)> CaseAsync(string tenantId, Guid sagId)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var kommuneId = Guid.Parse(tenantId);
        var sag = await scope.ServiceProvider.GetRequiredService<VisitationDbContext>().Sager.IgnoreQueryFilters().AsNoTracking()
            .SingleAsync(s => s.KommuneId == kommuneId && s.Id == sagId);
        return (sag.Id, sag.WorkflowInstanceId);
    }

    private async Task<int> CountForCaseAsync(string sagId, string tenantId)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var audit = await services.GetRequiredService<VisitationDbContext>().AuditEntries.IgnoreQueryFilters().CountAsync(a => a.SagId == Guid.Parse(sagId));
        var instances = await services.GetRequiredService<WorkflowTenants>().For(tenantId).Db.Instances
            .CountAsync(i => i.TenantId == tenantId && i.CorrelationId == sagId);
        return audit + instances;
    }

    private async Task<(string DefinitionId, string TenantId)> PublishedFlowAsync()
    {
        using var designer = await host.Client().SignedInAsync("procesdesigner@9901");
        var id = Flows.NewId("uow");
        await designer.ImportAndPublishAsync(Flows.WaitForEvent(id, "never"));
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var kommune = await scope.ServiceProvider.GetRequiredService<VisitationDbContext>().Kommuner.SingleAsync(k => k.Code == "9901");
        return (id, kommune.Id.ToString());
    }

    private async Task InScopeAsync(Func<CommandTransaction, VisitationDbContext, WorkflowTenant, Task> work, string tenantId)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await work(services.GetRequiredService<CommandTransaction>(), services.GetRequiredService<VisitationDbContext>(),
            services.GetRequiredService<WorkflowTenants>().For(tenantId));
    }

    private async Task<(int Kommuner, int Instances)> CountsAsync(string code, string tenantId)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var kommuner = await services.GetRequiredService<VisitationDbContext>().Kommuner.CountAsync(k => k.Code == code);
        var instances = await services.GetRequiredService<WorkflowTenants>().For(tenantId).Db.Instances
            .CountAsync(i => i.TenantId == tenantId && i.CorrelationId == code);
        return (kommuner, instances);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CommandTransactionTestsOnSqlite(SqliteHostFixture host) : CommandTransactionTests(host);

[Collection(PostgresCollection.Name)]
public sealed class CommandTransactionTestsOnPostgres(PostgresHostFixture host) : CommandTransactionTests(host);
