using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Visitation.Host.Tests.Infrastructure;

namespace Visitation.Host.Tests.Auth;

/// <summary>
/// Sign-in at the installation's default limits (the shared test hosts raise them, since every test signs in from
/// the same test client): guessing fast is answered 429, from one client and against one account.
/// </summary>
public abstract class SignInRateLimitTests(HostFixture host)
{
    private static readonly Dictionary<string, string?> DefaultLimits = new()
    {
        ["Auth:SignInLimits:PerClientPerMinute"] = "30",
        ["Auth:SignInLimits:PerAccountPerMinute"] = "10",
    };

    [Fact]
    public async Task Should_answer_429_when_one_client_tries_more_than_thirty_times_in_a_minute()
    {
        // Its own database: the wrong passwords lock the account for every other test on the same one.
        await using var factory = host.CreateFactory(new Dictionary<string, string?>((await host.SeparateDatabaseAsync()).Concat(DefaultLimits)));
        using var client = new ApiClient(factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true }));
        var answers = new List<HttpResponseMessage>();

        for (var attempt = 0; attempt < 35; attempt++)
            answers.Add(await client.LoginAsync($"gaet-{attempt}@9901", "forkert"));

        Assert.True(answers.Take(30).All(a => a.StatusCode == HttpStatusCode.Unauthorized), string.Join(", ", answers.Select(a => (int)a.StatusCode)));
        var limited = answers.Skip(30).ToList();
        Assert.All(limited, a => Assert.Equal(HttpStatusCode.TooManyRequests, a.StatusCode));
        await Problem.AssertAsync(limited[0], HttpStatusCode.TooManyRequests, "auth.tooManyAttempts");
        Assert.NotNull(limited[0].Headers.RetryAfter);
    }

    [Fact]
    public async Task Should_answer_429_when_one_account_is_tried_more_than_ten_times_in_a_minute_from_several_clients()
    {
        // Its own database: the wrong passwords lock the account for every other test on the same one.
        await using var factory = host.CreateFactory(new Dictionary<string, string?>((await host.SeparateDatabaseAsync()).Concat(DefaultLimits)));
        var answers = new List<HttpStatusCode>();

        for (var attempt = 0; attempt < 12; attempt++)
        {
            using var client = new ApiClient(factory.CreateClient());
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/login")
            {
                Content = System.Net.Http.Json.JsonContent.Create(new { username = "OEKONOMI@9901 ", password = $"forkert-{attempt}" }),
            };
            answers.Add((await client.SendAsync(request)).StatusCode);
        }

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Unauthorized, 10), answers.Take(10));
        Assert.Equal([HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], answers.Skip(10));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SignInRateLimitTestsOnSqlite(SqliteHostFixture host) : SignInRateLimitTests(host);

[Collection(PostgresCollection.Name)]
public sealed class SignInRateLimitTestsOnPostgres(PostgresHostFixture host) : SignInRateLimitTests(host);
