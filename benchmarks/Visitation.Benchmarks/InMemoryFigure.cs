using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Visitation.Workflows.Definitions;
using Visitation.Workflows.Execution;

namespace Visitation.Benchmarks;

/// <summary>
/// Figure 1: in-memory execution, our runner (in this process, no store) against bpmn-engine running the BPMN
/// twins (a long-lived Node process), in interleaved rounds. Activities per second; ratio ours / peer.
/// </summary>
public static class InMemoryFigure
{
    public sealed record Flow(string Name, int Activities, Func<WorkflowRunner, WorkflowDefinition, Task> RunOnce);

    static readonly JsonObject TaskCompletion = new() { ["action"] = "Done", ["data"] = true };

    public static readonly Flow Sequence10 = new("sequence10", 10, async (runner, definition) =>
    {
        var step = await runner.StartAsync(definition);
        if (step.State.Status != WorkflowStatus.Finished) throw new InvalidOperationException("sequence10 did not finish");
    });

    public static readonly Flow HumanDecision = new("human-decision", 4, async (runner, definition) =>
    {
        var started = await runner.StartAsync(definition);
        var bookmark = started.BookmarksCreated[0];
        var step = await runner.ResumeAsync(definition, started.State, bookmark.Id, TaskCompletion);
        if (step.State.Status != WorkflowStatus.Finished) throw new InvalidOperationException("human-decision did not finish");
    });

    public static async Task RunAsync(DriverOptions options)
    {
        Console.WriteLine("## 1. In-memory execution: our runner against bpmn-engine (activities per second)");
        var runner = Flows.Runner();
        using var peer = Peer.Start(options);
        Console.WriteLine($"peer: bpmn-engine {peer.Version} on Node {peer.NodeVersion}");

        foreach (var flow in new[] { Sequence10, HumanDecision })
        {
            var definition = Flows.Read(options, flow.Name);
            await VerifyAsync(runner, definition, flow);
            await Stats.TimedAsync(Math.Max(6, options.Seconds * 3), _ => flow.RunOnce(runner, definition)); // warm-up (JIT, tiering)
            await peer.MeasureAsync(flow.Name, 3000); // warm-up of the peer (V8 tiers up too)

            var ours = new List<double>();
            var theirs = new List<double>();
            var ratios = new List<double>();
            for (var round = 1; round <= options.Rounds; round++)
            {
                var (o, p) = await Stats.PairedAsync(options.Seconds * 2, 8, OursAsync, PeerAsync);
                ours.Add(o); theirs.Add(p); ratios.Add(o / p);
                Console.WriteLine($"  {flow.Name} round {round}: ours {Stats.Format(o)} act/s, bpmn-engine {Stats.Format(p)} act/s, ratio {o / p:0.0}x");
            }
            Console.WriteLine($"{flow.Name}: median ours {Stats.Format(Stats.Median(ours))} act/s, bpmn-engine {Stats.Format(Stats.Median(theirs))} act/s, median ratio {Stats.Median(ratios):0}x (goal >= 100x)");
            Console.WriteLine();

            async Task<(double, double)> OursAsync(double seconds)
            {
                var (count, elapsed) = await Stats.TimedAsync(seconds, _ => flow.RunOnce(runner, definition));
                return (count * flow.Activities, elapsed);
            }

            async Task<(double, double)> PeerAsync(double seconds)
            {
                var result = await peer.MeasureAsync(flow.Name, (int)(seconds * 1000));
                return (result.Activities, result.Seconds);
            }
        }
    }

    /// <summary>Proof that our flow does the same work as its twin: the activities that completed, in order.</summary>
    static async Task VerifyAsync(WorkflowRunner runner, WorkflowDefinition definition, Flow flow)
    {
        var completed = new List<string>();
        var step = await runner.StartAsync(definition);
        completed.AddRange(step.Journal.Where(j => j.Event == JournalEvent.Completed).Select(j => j.ActivityId!));
        if (step.BookmarksCreated.Count > 0)
        {
            step = await runner.ResumeAsync(definition, step.State, step.BookmarksCreated[0].Id, TaskCompletion);
            completed.AddRange(step.Journal.Where(j => j.Event == JournalEvent.Completed).Select(j => j.ActivityId!));
        }
        if (completed.Count != flow.Activities || step.State.Status != WorkflowStatus.Finished)
            throw new InvalidOperationException($"{flow.Name}: completed {string.Join(", ", completed)}; expected {flow.Activities} activities");
        Console.WriteLine($"{flow.Name}: path {string.Join(" > ", completed)}");
    }
}

/// <summary>The bpmn-engine process (benchmarks/bpmn/peer.js), driven line by line over stdin/stdout.</summary>
public sealed class Peer : IDisposable
{
    readonly Process _process;

    Peer(Process process, string version, string nodeVersion)
    {
        _process = process;
        Version = version;
        NodeVersion = nodeVersion;
    }

    public string Version { get; }
    public string NodeVersion { get; }

    public sealed record Result(string Flow, int Instances, int Activities, double Seconds);

    public static Peer Start(DriverOptions options)
    {
        var directory = Path.Combine(options.BenchmarksDirectory, "bpmn");
        var package = Path.Combine(directory, "node_modules", "bpmn-engine", "package.json");
        if (!File.Exists(package))
            throw new InvalidOperationException("bpmn-engine is not installed: run `npm ci --prefix benchmarks/bpmn` (run.sh does).");
        var version = JsonNode.Parse(File.ReadAllText(package))!["version"]!.GetValue<string>();
        var start = new ProcessStartInfo("node", "peer.js")
        {
            WorkingDirectory = directory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start)!;
        var nodeVersion = Process.Start(new ProcessStartInfo("node", "--version") { RedirectStandardOutput = true })!.StandardOutput.ReadToEnd().Trim();
        return new Peer(process, version, nodeVersion);
    }

    public async Task<Result> MeasureAsync(string flow, int milliseconds)
    {
        await _process.StandardInput.WriteLineAsync($"{flow} {milliseconds}");
        await _process.StandardInput.FlushAsync();
        var line = await _process.StandardOutput.ReadLineAsync() ?? throw new InvalidOperationException("bpmn-engine process ended");
        var json = JsonNode.Parse(line)!;
        if (json["error"] is { } error) throw new InvalidOperationException($"bpmn-engine: {error}");
        return json.Deserialize<Result>(new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }

    public void Dispose()
    {
        _process.StandardInput.Close();
        if (!_process.WaitForExit(5000)) _process.Kill();
        _process.Dispose();
    }
}
