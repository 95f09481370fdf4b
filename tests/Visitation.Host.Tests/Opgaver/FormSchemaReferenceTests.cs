using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Visitation.Host.Tests.Infrastructure;
using static Visitation.Host.Tests.Opgaver.TaskApi;

namespace Visitation.Host.Tests.Opgaver;

/// <summary>A task form's schema may refer only to its own definitions: the server never fetches a schema from elsewhere.</summary>
public abstract class FormSchemaReferenceTests(HostFixture host)
{
    [Fact]
    public async Task Should_never_fetch_a_remote_schema_reference_and_refuse_the_completion_without_a_server_error()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var connections = 0;
        var accepting = System.Threading.Tasks.Task.Run(async () =>
        {
            while (true)
            {
                using var socket = await listener.AcceptSocketAsync();
                Interlocked.Increment(ref connections);
            }
        });
        using var designer = await host.Client().SignedInAsync("procesdesigner@9901");
        using var caseworker = await host.Client().SignedInAsync("raadgiver@9901");
        var flow = OneTask(Flows.NewId("ref"), """[{"kind":"role","id":"Raadgiver"}]""");
        var schema = new JsonObject
        {
            ["type"] = "object",
            ["definitions"] = new JsonObject { ["tekst"] = new JsonObject { ["type"] = "string", ["minLength"] = 3 } },
            ["properties"] = new JsonObject
            {
                ["begrundelse"] = new JsonObject { ["$ref"] = "#/definitions/tekst" },
                ["ekstern"] = new JsonObject { ["$ref"] = $"http://127.0.0.1:{port}/schema.json" },
            },
        };
        SetFormSchema(flow, schema.ToJsonString());
        var (caseId, _) = await StartCaseAsync(designer, flow);
        var task = await caseworker.OfCaseAsync(caseId);
        await caseworker.PostAsync($"/api/tasks/{task.Id}/claim", new { });

        var response = await caseworker.CompleteAsync(task.Id, new { action = "Godkend", data = new { begrundelse = "Barnet trives" } });

        await Problem.AssertAsync(response, HttpStatusCode.UnprocessableEntity, "tasks.formExternalReference", "/data");
        Assert.NotEqual("Completed", (await caseworker.TaskAsync(task.Id)).Task.Status);
        await System.Threading.Tasks.Task.Delay(200);
        Assert.Equal(0, Volatile.Read(ref connections));
        listener.Stop();
        _ = accepting;
    }

    private static void SetFormSchema(JsonObject flow, string schema)
    {
        var task = flow["root"]!["activities"]!.AsArray().Single(a => (string?)a!["id"] == "vurder")!;
        task["formSchema"]!["expression"]!["value"] = schema;
    }
}

[Collection(SqliteCollection.Name)]
public sealed class FormSchemaReferenceTestsOnSqlite(SqliteHostFixture host) : FormSchemaReferenceTests(host);

[Collection(PostgresCollection.Name)]
public sealed class FormSchemaReferenceTestsOnPostgres(PostgresHostFixture host) : FormSchemaReferenceTests(host);
