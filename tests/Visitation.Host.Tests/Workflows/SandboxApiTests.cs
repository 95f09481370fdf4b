using System.Net;
using System.Text.Json.Nodes;
using Visitation.Host.Tests.Infrastructure;

namespace Visitation.Host.Tests.Workflows;

/// <summary>A script that tries to escape the sandbox faults its own activity; the host and other flows carry on.</summary>
public abstract class SandboxApiTests(HostFixture host)
{
    [Theory]
    [InlineData("(() => { while (true) {} })()", "Statements")]
    // On a heavily loaded machine the time limit can stop the allocation loop before the memory limit does.
    [InlineData("(() => { var a = []; while (true) { a.push(new Array(50000).fill(1)); } })()", "Memory|Timeout")]
    [InlineData("System.IO.File.ReadAllText('/etc/passwd')", null)]
    public async Task Should_fault_only_the_activity_and_keep_the_host_healthy_when_a_script_escapes(string script, string? limit)
    {
        using var designer = await host.Client().SignedInAsync("procesdesigner@9902");
        var id = Flows.NewId("sandbox");
        var escaping = Flows.Flowchart(id,
            [
                Flows.Activity("start", "Elsa.Start"),
                Flows.Activity("script", "Elsa.WriteLine", ("text", new JsonObject
                {
                    ["typeName"] = "String",
                    ["expression"] = new JsonObject { ["type"] = "JavaScript", ["value"] = script },
                })),
            ],
            [Flows.Connect("start", "script")]);
        await designer.ImportAndPublishAsync(escaping);
        var healthy = Flows.NewId("healthy");
        await designer.ImportAndPublishAsync(Flows.Elsa3Fixture("ImportAndExecute--writeline.json", healthy));

        var faulted = await designer.ExecuteAsync(id);
        var instance = await designer.InstanceAsync(faulted.InstanceId);
        var other = await designer.ExecuteAsync(healthy);

        Assert.Equal("Faulted", faulted.SubStatus);
        var incident = Assert.Single(instance.Incidents);
        Assert.Equal("script", incident["activityId"]!.GetValue<string>());
        if (limit is not null) Assert.Matches($"sandbox \\(({limit})\\)", incident["message"]!.GetValue<string>());
        Assert.Equal("Finished", other.SubStatus);
        Assert.Equal(HttpStatusCode.OK, (await designer.GetAsync("/health")).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SandboxApiTestsOnSqlite(SqliteHostFixture host) : SandboxApiTests(host);

[Collection(PostgresCollection.Name)]
public sealed class SandboxApiTestsOnPostgres(PostgresHostFixture host) : SandboxApiTests(host);
