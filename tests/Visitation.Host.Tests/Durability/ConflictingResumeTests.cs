using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Visitation.Host.Tests.Infrastructure;

namespace Visitation.Host.Tests.Durability;

/// <summary>
/// Two callers resume the same bookmark at the same moment, with and without idempotency keys (on PostgreSQL
/// through two nodes): one succeeds, the other gets 409, and the instance moves once.
/// </summary>
public abstract class ConflictingResumeTests(HostFixture host)
{
    private const int Bookmarks = 20;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Should_let_exactly_one_of_two_simultaneous_resumes_of_a_bookmark_win(bool withKeys)
    {
        using var designer = await host.Client().SignedInAsync("procesdesigner@9902");
        using var first = await host.Client().SignedInAsync("administrator@9902");
        var otherNode = host.SeveralNodes ? host.CreateFactory() : host.Factory;
        using var second = await new ApiClient(otherNode.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true }))
            .SignedInAsync("administrator@9902");
        var id = Flows.NewId("conflict");
        await designer.ImportAndPublishAsync(Flows.WaitForEvent(id, "conflict"));
        var instances = new List<string>();
        for (var i = 0; i < Bookmarks; i++) instances.Add((await first.ExecuteAsync(id)).InstanceId);

        foreach (var instanceId in instances)
        {
            var bookmark = (await first.InstanceAsync(instanceId)).Bookmarks.Single();
            async Task<HttpStatusCode> Resume(ApiClient client, string caller) =>
                (await client.PostAsync($"/api/bookmarks/{bookmark.Id}/resume",
                    new { input = new { caller }, idempotencyKey = withKeys ? $"{caller}-{bookmark.Id}" : null })).StatusCode;

            var answers = await Task.WhenAll(Resume(first, "first"), Resume(second, "second"));

            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], answers.Order());
            var journal = await first.JournalAsync(instanceId);
            Assert.Single(journal, e => e.ActivityId == "wait" && e.Event == "Resumed");
            Assert.Single(journal, e => e.ActivityId == "after" && e.Event == "Completed");
            var instance = await first.InstanceAsync(instanceId);
            Assert.Equal("Finished", instance.Status);
            Assert.Empty(instance.Bookmarks);
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ConflictingResumeTestsOnSqlite(SqliteHostFixture host) : ConflictingResumeTests(host);

[Collection(PostgresCollection.Name)]
public sealed class ConflictingResumeTestsOnPostgres(PostgresHostFixture host) : ConflictingResumeTests(host);
