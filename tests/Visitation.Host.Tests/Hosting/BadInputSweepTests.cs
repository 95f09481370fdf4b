using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Visitation.Host.Tests.Infrastructure;
using Visitation.Host.Tests.Kommuner;

namespace Visitation.Host.Tests.Hosting;

/// <summary>
/// Every operation the host describes, called by every kind of user with malformed paths, queries and bodies: none
/// may answer 500, and every refusal is a ProblemDetails. Runs in a municipality of its own, so a body that happens
/// to be valid changes nobody else's data.
/// </summary>
public abstract class BadInputSweepTests(HostFixture host)
{
    private sealed record Caller(string Who, string? UserName, ApiClient Client);

    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    /// <summary>Signing out would end the caller's session halfway through the sweep.</summary>
    private static readonly string[] Skipped = ["/api/auth/logout"];

    [Fact]
    public async Task Should_answer_every_malformed_request_with_a_problem_and_never_a_server_error()
    {
        var callers = await CallersAsync();
        await SomethingToFindAsync(callers);
        var document = await ServedDocumentAsync();
        var known = new Dictionary<string, string?>();
        // Another municipality's things: their ids go into the paths too, and nothing of theirs may change.
        var others = new List<Caller>();
        foreach (var userName in new[] { "administrator@9901", "raadgiver@9901", "leder@9901", "oekonomi@9901" })
            others.Add(new("other municipality", userName, await host.Client().SignedInAsync(userName)));
        var foreign = new Dictionary<string, string?>();
        var before = await FingerprintAsync(others);
        var failures = new List<string>();
        var requests = 0;
        var answers = new Dictionary<HttpStatusCode, int>();

        foreach (var (path, method, operation) in Operations(document))
        {
            var bodies = Bodies(method, operation, document).ToList();
            var urls = await UrlsAsync(path, operation, callers, known);
            if (await ForeignUrlAsync(path, operation, others, foreign) is { } foreignUrl) urls.Add(foreignUrl);
            foreach (var (who, _, client) in callers)
            {
                // A caller the operation refuses outright gets a few of the bodies only: the refusal comes before the body is read.
                var first = await SendAsync(client, who, method, urls[0], bodies[0], failures);
                requests++;
                answers[first] = answers.GetValueOrDefault(first) + 1;
                var refused = first is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden;
                foreach (var url in urls)
                {
                    var tried = url == urls[0] && !refused ? bodies.Skip(1) : bodies.Take(2);
                    foreach (var body in tried)
                    {
                        requests++;
                        var status = await SendAsync(client, who, method, url, body, failures);
                        answers[status] = answers.GetValueOrDefault(status) + 1;
                    }
                }
            }
        }

        var after = await FingerprintAsync(others);
        foreach (var other in others) other.Client.Dispose();

        Assert.True(requests > 1000, $"Only {requests} requests were sent; the sweep did not find the operations.");
        Assert.Equal(before, after);
        // The sweep reaches the handlers: some calls succeed, and refusals come from validation and look-ups, not only from sign-in.
        var seen = string.Join(", ", answers.OrderBy(a => a.Key).Select(a => $"{(int)a.Key}: {a.Value}"));
        foreach (var expected in new[] { HttpStatusCode.OK, HttpStatusCode.BadRequest, HttpStatusCode.NotFound, HttpStatusCode.Forbidden, HttpStatusCode.Unauthorized })
            Assert.True(answers.GetValueOrDefault(expected) >= 20, $"Too few {(int)expected} answers ({seen})");
        Assert.True(failures.Count == 0, $"{failures.Count} of {requests} requests failed:\n" + string.Join("\n", failures.Take(40)));
    }

    [Fact]
    public async Task Should_refuse_a_text_with_a_control_character_at_its_path_and_store_nothing()
    {
        using var leder = await host.Client().SignedInAsync("leder@9902");
        using var administrator = await host.Client().SignedInAsync("administrator@9902");
        var name = $"Udvalg {Guid.NewGuid():N}"[..15];

        await Problem.AssertAsync(await leder.PostAsync("/api/forums", new
        {
            name = name + "\u0000", kind = "Visitationsudvalg", chair = "leder@9902", members = new[] { "leder@9902" },
            schedule = new { everyWeeks = 1, weekday = "Monday", time = "09:00", startsOn = "2027-03-15" },
            cutoff = new { daysBefore = 2, time = "12:00" }, capacity = 10, asyncApproval = "ChairAlone",
        }), HttpStatusCode.BadRequest, "text.controlCharacter", "/name");
        await Problem.AssertAsync(await administrator.PostRawAsync("/api/events/underretning-modtaget/trigger", """{"correlationId":"x","payload":{"noter":["ok","\u0007"]}}"""),
            HttpStatusCode.BadRequest, "text.controlCharacter", "/payload");

        var forums = await leder.GetAsync("/api/forums");
        Assert.DoesNotContain(name, await forums.Content.ReadAsStringAsync());
    }

    private static async Task<HttpStatusCode> SendAsync(ApiClient client, string who, string method, string url, (string Text, string ContentType)? body, List<string> failures)
    {
        var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), url);
        if (body is not null) request.Content = new StringContent(body.Value.Text, Encoding.UTF8, body.Value.ContentType);
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var status = (int)response.StatusCode;
        var what = $"{method.ToUpperInvariant()} {url} as {who} with {Describe(body)}";
        if (status >= 500)
            failures.Add($"{what}: {status} {text[..Math.Min(text.Length, 300)]}");
        else if (status >= 400 && text.Length > 0 && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            failures.Add($"{what}: {status} without ProblemDetails ({response.Content.Headers.ContentType?.MediaType})");
        return response.StatusCode;
    }

    /// <summary>
    /// What the other municipality's users see of its cases, forums, users, providers and work: a cheap fingerprint that any
    /// request of the sweep that reached across the municipality boundary would change.
    /// </summary>
    private static async Task<string> FingerprintAsync(List<Caller> others)
    {
        var parts = new StringBuilder();
        foreach (var (path, who) in new[] { ("/api/cases", "raadgiver@9901"), ("/api/forums", "leder@9901"), ("/api/users", "administrator@9901"),
                     ("/api/providers", "administrator@9901"), ("/api/organisation/users", "administrator@9901"), ("/api/workflow-definitions", "administrator@9901") })
        {
            var client = others.Single(o => o.UserName == who).Client;
            using var response = await client.GetAsync(path);
            parts.Append(path).Append(' ').Append((int)response.StatusCode).Append(' ').Append(await response.Content.ReadAsStringAsync()).Append('\n');
        }
        return parts.ToString();
    }

    /// <summary>The path with the ids of another municipality's things, where its lists have any; null when a path has no parameter.</summary>
    private static async Task<string?> ForeignUrlAsync(string path, JsonNode operation, List<Caller> others, Dictionary<string, string?> foreign)
    {
        var inPath = operation["parameters"]?.AsArray().Select(p => p!).Where(p => p["in"]!.GetValue<string>() == "path").ToList() ?? [];
        if (inPath.Count == 0) return null;
        var url = path;
        foreach (var parameter in inPath)
        {
            var placeholder = "{" + parameter["name"]!.GetValue<string>() + "}";
            var list = url[..url.IndexOf(placeholder, StringComparison.Ordinal)].TrimEnd('/');
            if (!foreign.TryGetValue(list, out var id)) foreign[list] = id = await FirstIdAsync(list, others);
            if (id is null) return null;
            url = url.Replace(placeholder, Uri.EscapeDataString(id), StringComparison.Ordinal);
        }
        return url;
    }

    private static string Describe((string Text, string ContentType)? body) =>
        body is null ? "no body" : $"{body.Value.ContentType} {(body.Value.Text.Length > 80 ? body.Value.Text[..80] + "…" : body.Value.Text)}";

    /// <summary>The installation's administrator, and one user per role of a new municipality.</summary>
    private async Task<List<Caller>> CallersAsync()
    {
        var installation = await host.Client().SignedInAsync("admin");
        var (code, administratorName, administrator) = await KommuneApi.NewMunicipalityAsync(host, installation);
        var callers = new List<Caller> { new("installation administrator", "admin", installation), new("Administrator", administratorName, administrator) };
        foreach (var role in new[] { "Procesdesigner", "Raadgiver", "Leder", "Oekonomi" })
        {
            var (userName, client) = await KommuneApi.UserAsync(host, administrator, code, role);
            callers.Add(new(role, userName, client));
        }
        var provider = await administrator.PostAsync("/api/providers", new { name = "Opholdsstedet Fejlfri" });
        var providerId = JsonNode.Parse(await provider.Content.ReadAsStringAsync())!["id"]!.GetValue<Guid>();
        var (providerUser, providerClient) = await KommuneApi.UserAsync(host, administrator, code, "Leverandoer", providerId);
        callers.Add(new("Leverandoer", providerUser, providerClient));
        callers.Add(new("anonymous", null, host.Client()));
        return callers;
    }

    private async Task<JsonNode> ServedDocumentAsync()
    {
        // Outside Development the description is for signed-in users.
        using var client = await host.Client().SignedInAsync("procesdesigner@9901");
        var response = await client.GetAsync("/swagger/v1/swagger.json");
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static IEnumerable<(string Path, string Method, JsonNode Operation)> Operations(JsonNode document) =>
        document["paths"]!.AsObject()
            .Where(path => !Skipped.Contains(path.Key))
            .SelectMany(path => path.Value!.AsObject().Where(o => Methods.Contains(o.Key)).Select(o => (path.Key, o.Key, o.Value!)));

    /// <summary>
    /// The path with the ids of things the municipality has (found through the list each path segment belongs to), with
    /// well-formed but unknown ids, with malformed ids, and with nonsense in every query parameter.
    /// </summary>
    private static async Task<List<string>> UrlsAsync(string path, JsonNode operation, List<Caller> callers, Dictionary<string, string?> known)
    {
        var parameters = operation["parameters"]?.AsArray().Select(p => p!).ToList() ?? [];
        var inPath = parameters.Where(p => p["in"]!.GetValue<string>() == "path").ToList();
        string Fill(string template, Func<JsonNode, string> value) =>
            inPath.Aggregate(template, (url, p) => url.Replace("{" + p["name"]!.GetValue<string>() + "}", Uri.EscapeDataString(value(p)), StringComparison.Ordinal));

        var existing = path;
        foreach (var parameter in inPath)
        {
            var placeholder = "{" + parameter["name"]!.GetValue<string>() + "}";
            var list = existing[..existing.IndexOf(placeholder, StringComparison.Ordinal)].TrimEnd('/');
            if (!known.TryGetValue(list, out var id)) known[list] = id = await FirstIdAsync(list, callers);
            if (id is not null) existing = existing.Replace(placeholder, Uri.EscapeDataString(id), StringComparison.Ordinal);
        }
        var unknown = Fill(existing, p => Format(p["schema"]) switch { "uuid" => Guid.NewGuid().ToString(), "int32" or "int64" => "7", _ => "ukendt" });
        var urls = new List<string> { unknown };
        if (inPath.Count > 0)
        {
            urls.Add(Fill(path, p => Format(p["schema"]) switch { "uuid" => Guid.NewGuid().ToString(), "int32" or "int64" => "7", _ => "ukendt" }));
            urls.Add(Fill(path, p => Format(p["schema"]) switch { "uuid" => "ikke-et-id", "int32" or "int64" => "-2147483649", _ => new string('x', 3000) }));
            urls.Add(Fill(path, _ => "../%00'\"<>"));
        }
        var query = string.Join("&", parameters.Where(p => p["in"]!.GetValue<string>() == "query")
            .Select(p => p["name"]!.GetValue<string>() + "=" + Uri.EscapeDataString("2027-13-45T99:99")));
        // Parameters a handler may read without declaring them.
        var usual = "take=-5&skip=abc&from=nej&to=2027-02-30&status=Ukendt&view=alt&caseId=ikke-et-id&page=0";
        urls.Add(unknown + "?" + (query.Length > 0 ? query + "&" : "") + usual);
        return urls;
    }

    /// <summary>The id of the first thing a list answers with, asked as each caller in turn; null when no list has one.</summary>
    private static async Task<string?> FirstIdAsync(string list, List<Caller> callers)
    {
        if (list.Contains('{')) return null;
        foreach (var (_, _, client) in callers)
        {
            using var response = await client.GetAsync(list);
            if (!response.IsSuccessStatusCode || response.Content.Headers.ContentType?.MediaType != "application/json") continue;
            var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync());
            var items = answer as JsonArray ?? answer?["items"] as JsonArray;
            var id = items?.FirstOrDefault()?["id"];
            if (id is not null) return id.ToJsonString().Trim('"');
        }
        return null;
    }

    /// <summary>A provider with an offer, a forum with its meetings and a case, so the sweep also reaches things that exist.</summary>
    private static async Task SomethingToFindAsync(List<Caller> callers)
    {
        var administrator = callers.Single(c => c.Who == "Administrator").Client;
        var raadgiver = callers.Single(c => c.Who == "Raadgiver").Client;
        var leder = callers.Single(c => c.Who == "Leder").UserName;
        var oekonomi = callers.Single(c => c.Who == "Oekonomi").UserName;
        var providers = JsonNode.Parse(await (await administrator.GetAsync("/api/providers")).Content.ReadAsStringAsync())!.AsArray();
        var providerId = providers[0]!["id"]!.GetValue<Guid>();
        await Created(await administrator.PostAsync("/api/offers", new
        {
            providerId, name = "Familiebehandling", type = "familiebehandling", targetGroup = "Familier", legalBasis = "BL § 32", price = 725.50m,
            priceUnit = "timer-pr-maaned", capacity = 12, vacancies = 3, provision = "ekstern", financing = "takst", location = "Odense", approvedUntil = "2028-12-31",
        }));
        await Created(await administrator.PostAsync("/api/forums", new
        {
            name = "Visitationsudvalget", kind = "Visitationsudvalg", chair = leder, members = new[] { leder, oekonomi },
            schedule = new { everyWeeks = 1, weekday = "Monday", time = "09:00", startsOn = "2027-03-15" },
            cutoff = new { daysBefore = 2, time = "12:00" }, capacity = 10, asyncApproval = "ChairAlone",
        }));
        await Created(await raadgiver.PostAsync("/api/cases", new
        {
            child = new { name = "Alma Fejlfri", cpr = (string?)null, dateOfBirth = "2019-05-04" },
            custodyHolders = new[] { new { name = "Mor Fejlfri", relation = "mor" } },
        }));
    }

    private static async Task Created(HttpResponseMessage response) =>
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());

    private static string? Format(JsonNode? schema) => schema?["format"]?.GetValue<string>() ?? schema?["type"]?.GetValue<string>();

    /// <summary>Broken JSON, JSON of the wrong shape, and (from the request's schema) each property with a value of the wrong kind.</summary>
    private static IEnumerable<(string Text, string ContentType)?> Bodies(string method, JsonNode operation, JsonNode document)
    {
        if (method is "get" or "delete")
        {
            yield return null;
            yield break;
        }
        var content = operation["requestBody"]?["content"]?.AsObject();
        if (content is not null && content.ContainsKey("text/csv"))
        {
            yield return ("navn;pris\n\"uafsluttet;1,2,3\n", "text/csv");
            yield return ("\u0000\u0001", "text/csv");
            yield return ("{}", "application/json");
        }
        var schema = Resolve(content?["application/json"]?["schema"], document);
        var properties = schema?["properties"]?.AsObject();
        var valid = new JsonObject();
        foreach (var (name, property) in properties ?? []) valid[name] = Plausible(Resolve(property, document), document);
        yield return (valid.ToJsonString(), "application/json");
        yield return null;
        foreach (var broken in new[] { "{", "[]", "null", "\"tekst\"", "42", "{}", "{\"\":{\"\":[[[[[]]]]]}}" })
            yield return (broken, "application/json");
        yield return ("<xml/>", "application/xml");
        yield return ("{\"a\":" + new string('[', 500) + new string(']', 500) + "}", "application/json");
        if (properties is null) yield break;
        var extra = (JsonObject)valid.DeepClone();
        extra["ukendtFelt"] = "ekstra";
        extra["__proto__"] = new JsonObject { ["admin"] = true };
        yield return (extra.ToJsonString(), "application/json");
        foreach (var (name, _) in properties)
        {
            var missing = (JsonObject)valid.DeepClone();
            missing.Remove(name);
            yield return (missing.ToJsonString(), "application/json");
        }
        foreach (var (name, property) in properties)
        {
            foreach (var wrong in WrongValues(Resolve(property, document)))
            {
                var body = (JsonObject)valid.DeepClone();
                body[name] = wrong;
                yield return (body.ToJsonString(), "application/json");
            }
        }
    }

    private static JsonNode? Resolve(JsonNode? schema, JsonNode document)
    {
        for (var depth = 0; depth < 10 && schema?["$ref"] is { } reference; depth++)
            schema = document["components"]!["schemas"]![reference.GetValue<string>()["#/components/schemas/".Length..]];
        return schema;
    }

    /// <summary>A value of the right kind, so that the one wrong property is what the host must notice.</summary>
    private static JsonNode? Plausible(JsonNode? schema, JsonNode document) => Format(schema) switch
    {
        "uuid" => Guid.NewGuid().ToString(),
        "date" => "2026-03-02",
        "date-time" => "2026-03-02T10:00:00+01:00",
        "int32" or "int64" or "integer" => 1,
        "double" or "number" or "float" => 1.5,
        "boolean" => true,
        "array" => new JsonArray(),
        "object" => new JsonObject(),
        "string" when schema?["enum"] is JsonArray values && values.Count > 0 => values[0]!.DeepClone(),
        "string" => "tekst",
        _ => null,
    };

    private static IEnumerable<JsonNode?> WrongValues(JsonNode? schema)
    {
        switch (Format(schema))
        {
            case "uuid":
                yield return "ikke-et-id";
                yield return 17;
                break;
            case "date" or "date-time":
                yield return "2026-02-30";
                yield return "i morgen";
                yield return "9999-12-31T23:59:59+14:00";
                yield return "0001-01-01";
                break;
            case "int32" or "int64" or "integer":
                yield return "mange";
                yield return 1e30;
                yield return -2147483649;
                yield return 9223372036854775807m;
                yield return 0;
                yield return -1;
                break;
            case "double" or "number" or "float":
                yield return "1,5";
                yield return 1e300;
                yield return 1e17;
                yield return -1;
                yield return 0.001;
                yield return 1e-300;
                break;
            case "boolean":
                yield return "ja";
                break;
            case "array":
                yield return "tekst";
                yield return new JsonArray(null, 1, "x", new JsonObject());
                break;
            default:
                yield return new JsonArray();
                yield return new string('æ', 100_000);
                // Durations and dates at their limits, for strings that hold them (deadline overrides, cadences, time limits).
                yield return "P9999Y9999M";
                yield return "-P1D";
                yield return "PT0S";
                yield return "P10675199DT2H48M5.4775807S";
                yield return "0001-01-01";
                yield return "9999-12-31";
                yield return "1e17";
                yield return "\t\r\n\u200B\uFEFF";
                yield return " ";
                yield return "\u0000<script>";
                yield return 12;
                break;
        }
        yield return new JsonObject { ["indlejret"] = new JsonArray() };
        yield return new JsonObject { ["tekst\u0001"] = "\u0000", ["liste"] = new JsonArray("\u0007") };
    }
}

[Collection(SqliteCollection.Name)]
public sealed class BadInputSweepTestsOnSqlite(SqliteHostFixture host) : BadInputSweepTests(host);

[Collection(PostgresCollection.Name)]
public sealed class BadInputSweepTestsOnPostgres(PostgresHostFixture host) : BadInputSweepTests(host);
