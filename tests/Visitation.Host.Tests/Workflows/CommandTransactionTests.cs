using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
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
