using System.Net;
using Visitation.Host.Tests.Infrastructure;

namespace Visitation.Host.Tests.Durability;

/// <summary>Child-process hosts need the machine to themselves: this collection runs alone, after the others.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DurabilityCollection
{
    public const string Name = "Durability (child processes)";
}

public static class Parallel
{
    /// <summary>Runs <paramref name="work"/> for each item, at most <paramref name="degree"/> at a time.</summary>
    public static async Task ForEachAsync<T>(IEnumerable<T> items, int degree, Func<T, Task> work)
    {
        using var gate = new SemaphoreSlim(degree);
        await Task.WhenAll(items.Select(async item =>
        {
            await gate.WaitAsync();
            try { await work(item); }
            finally { gate.Release(); }
        }));
    }

    /// <summary>Starts <paramref name="count"/> instances of a published flow, spread over the clients.</summary>
    public static async Task StartInstancesAsync(IReadOnlyList<ApiClient> clients, string definitionId, int count, int degree = 8)
    {
        await ForEachAsync(Enumerable.Range(0, count), degree, async i =>
        {
            var client = clients[i % clients.Count];
            var response = await client.PostAsync($"/api/workflow-definitions/{definitionId}/execute", new { });
            Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        });
    }
}
