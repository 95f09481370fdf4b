using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Visitation.Workflows.Execution;
using Visitation.Workflows.Timers;
using static Visitation.Workflows.Tests.Execution.TestFlow;

namespace Visitation.Workflows.Tests.Execution;

public class WorkflowTimerServiceTests
{
    sealed class SingleServiceScopes(WorkflowRuntime runtime) : IServiceScopeFactory, IServiceScope, IServiceProvider
    {
        public IServiceScope CreateScope() => this;
        public IServiceProvider ServiceProvider => this;
        public object? GetService(Type serviceType) => serviceType == typeof(WorkflowRuntime) ? runtime : null;
        public void Dispose() { }
    }

    [Fact]
    public async Task Should_fire_due_timers_and_catch_up_after_a_restart()
    {
        // Arrange: three instances waiting for delays of 1, 2 and 3 hours.
        var harness = new WorkflowHarness();
        var definition = harness.Add(new TestFlow().Add("d", "Elsa.Delay", ("timeSpan", Js("'PT' + getInput('Hours') + 'H'"))).Line("w", "fired").Connect("d", "w").Build());
        foreach (var hours in new[] { 1, 2, 3 })
            await harness.StartAsync(definition, new StartWorkflowOptions { Input = new() { ["Hours"] = hours } });
        var service = new WorkflowTimerService(new SingleServiceScopes(harness.Runtime), harness.Clock,
            new WorkflowTimerOptions { BatchSize = 1 }, NullLogger<WorkflowTimerService>.Instance);

        // Act: a tick before anything is due, then the "host" comes back 2.5 hours later.
        Assert.Equal(0, await service.TickAsync());
        harness.Clock.Advance(TimeSpan.FromHours(2.5));
        var fired = await service.TickAsync();

        // Assert
        Assert.Equal(2, fired);
        Assert.Equal(["fired", "fired"], harness.Lines);
        Assert.Single(harness.Store.Bookmarks);
    }
}
