using BenchmarkDotNet.Attributes;
using Visitation.Workflows.Definitions;
using Visitation.Workflows.Execution;

namespace Visitation.Benchmarks;

/// <summary>BenchmarkDotNet: the runner's own cost per instance (no store), for profiling between runs of the driver.</summary>
[MemoryDiagnoser]
public class RunnerBenchmarks
{
    WorkflowRunner _runner = null!;
    WorkflowDefinition _sequence = null!;
    WorkflowDefinition _human = null!;

    [GlobalSetup]
    public void Setup()
    {
        var options = new DriverOptions { BenchmarksDirectory = Paths.BenchmarksDirectory() };
        _runner = Flows.Runner();
        _sequence = Flows.Read(options, "sequence10");
        _human = Flows.Read(options, "human-decision");
    }

    [Benchmark(Description = "sequence10: start to end (10 activities)")]
    public Task Sequence10() => InMemoryFigure.Sequence10.RunOnce(_runner, _sequence);

    [Benchmark(Description = "human-decision: start, resume, end (4 activities)")]
    public Task HumanDecision() => InMemoryFigure.HumanDecision.RunOnce(_runner, _human);
}
