using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Visitation.Benchmarks;

// Console driver for the figures of benchmarks/README.md. Every figure is a ratio of two measurements taken
// in the same run, in interleaved rounds; the figure is the median over the rounds.
//   dotnet run -c Release --project benchmarks/Visitation.Benchmarks -- [inmemory|persisted|history|all] [--rounds N] [--seconds S]
//   dotnet run -c Release --project benchmarks/Visitation.Benchmarks -- bdn   (BenchmarkDotNet: the runner's own per-instance cost)
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

if (args.Length > 0 && args[0] == "bdn")
{
    // In process: no generated project to build (the harness lives outside the solution), a short job.
    var config = DefaultConfig.Instance.AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
    BenchmarkSwitcher.FromAssembly(typeof(RunnerBenchmarks).Assembly).Run(args[1..], config);
    return 0;
}

var figure = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "all";
var options = new DriverOptions
{
    Rounds = Option("--rounds", 7),
    Seconds = Option("--seconds", 2.0),
    Instances = (int)Option("--instances", 100_000),
    BenchmarksDirectory = Paths.BenchmarksDirectory(),
};
if (options.Rounds < 5) throw new ArgumentException("At least 5 rounds: the figures are medians of interleaved runs.");

Console.WriteLine($"Visitation benchmarks: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, .NET {Environment.Version}, {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}");
Console.WriteLine($"rounds {options.Rounds}; per round each side runs {options.Seconds:0.#} s in 8 slices, in ABBA order");
Console.WriteLine();

if (figure is "inmemory" or "all") await InMemoryFigure.RunAsync(options);
if (figure is "persisted" or "all") await PersistedFigure.RunAsync(options);
if (figure is "history" or "all") await HistoryFigure.RunAsync(options);
if (figure is "profile") await ProfileStore.RunAsync(options);
return 0;

T Option<T>(string name, T fallback) where T : IParsable<T>
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? T.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
}
