using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Visitation.Host.Tests.Infrastructure;

namespace Visitation.Host.Tests.Durability;

/// <summary>
/// The real host as a child process (<c>dotnet Visitation.Host.dll --urls http://127.0.0.1:port</c>), configured
/// through environment variables, so a test can kill it the hard way and start it again.
/// </summary>
public sealed class HostProcess : IDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();

    private HostProcess(Process process, int port)
    {
        this.process = process;
        Port = port;
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
    }

    public int Port { get; }

    public Uri BaseAddress { get; }

    public bool HasExited => process.HasExited;

    /// <summary>The last lines the host wrote, for a failure message.</summary>
    public string Output => string.Join(Environment.NewLine, output);

    /// <summary>Starts the host on a free port of 127.0.0.1 and waits until <c>/health</c> answers.</summary>
    public static async Task<HostProcess> StartAsync(IReadOnlyDictionary<string, string?> settings, TimeSpan? timeout = null)
    {
        var dll = FindHostDll();
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["DOTNET_ENVIRONMENT"] = "Testing";
        start.Environment["Seed__Demo"] = "true";
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        start.Environment["Auth__SecureCookies"] = "false";
        start.Environment["Auth__SignInLimits__PerClientPerMinute"] = "100000";
        start.Environment["Auth__SignInLimits__PerAccountPerMinute"] = "100000";
        foreach (var (key, value) in settings) start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;

        var host = new HostProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start"), port);
        host.process.OutputDataReceived += (_, e) => host.Keep(e.Data);
        host.process.ErrorDataReceived += (_, e) => host.Keep(e.Data);
        host.process.BeginOutputReadLine();
        host.process.BeginErrorReadLine();
        try
        {
            await host.WaitHealthyAsync(timeout ?? TimeSpan.FromSeconds(240));
        }
        catch
        {
            host.Dispose();
            throw;
        }
        return host;
    }

    /// <summary>A signed-in caller of this host with its own session.</summary>
    public async Task<ApiClient> SignedInAsync(string username)
    {
        var http = new HttpClient(new HttpClientHandler { UseCookies = true, CookieContainer = new CookieContainer() })
        {
            BaseAddress = BaseAddress,
            Timeout = TimeSpan.FromSeconds(180),
        };
        return await new ApiClient(http).SignedInAsync(username);
    }

    /// <summary>SIGKILL: no shutdown, no flush; whatever was not committed is gone.</summary>
    public void Kill()
    {
        if (process.HasExited) return;
        process.Kill(entireProcessTree: true);
        process.WaitForExit(30_000);
    }

    public void Dispose()
    {
        Kill();
        process.Dispose();
    }

    private async Task WaitHealthyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"The host exited with code {process.ExitCode} before it was healthy:{Environment.NewLine}{Output}");
            try
            {
                if ((await http.GetAsync("/health")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(200);
        }
        throw new TimeoutException($"The host did not answer /health within {timeout}:{Environment.NewLine}{Output}");
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        output.Enqueue(line);
        while (output.Count > 200) output.TryDequeue(out _);
    }

    /// <summary>
    /// The host built with the same configuration as this test assembly: the Host project's own output folder,
    /// or else the copy beside the tests.
    /// </summary>
    public static string FindHostDll()
    {
        var testFolder = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = testFolder.Name;
        var configuration = testFolder.Parent?.Name ?? "Release";
        var root = testFolder;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Visitation.sln"))) root = root.Parent;
        if (root is not null)
        {
            var built = Path.Combine(root.FullName, "src", "Visitation.Host", "bin", configuration, framework, "Visitation.Host.dll");
            if (File.Exists(built)) return built;
        }
        var beside = Path.Combine(testFolder.FullName, "Visitation.Host.dll");
        return File.Exists(beside) ? beside : throw new FileNotFoundException("Visitation.Host.dll was not built", beside);
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
