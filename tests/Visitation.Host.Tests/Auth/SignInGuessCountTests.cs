using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;
using Visitation.Host.Tests.Infrastructure;
using Visitation.Host.Tests.Sager;

namespace Visitation.Host.Tests.Auth;

/// <summary>
/// Every password actually checked and found wrong is logged (a Warning an operator can alert on), so the log counts
/// the guesses an attacker got: 25 at once must get no more than the limit of five.
/// </summary>
public abstract class SignInGuessCountTests(HostFixture host)
{
    [Fact]
    public async Task Should_check_at_most_five_of_25_parallel_wrong_passwords()
    {
        var sink = new LogCapture();
        await using var factory = host.CreateFactory(new Dictionary<string, string?>(host.OwnDatabase()) { ["Serilog:MinimumLevel:Default"] = "Information" })
            .WithWebHostBuilder(builder => builder.ConfigureServices(services => services.AddSingleton<ILogEventSink>(sink)));
        ApiClient NewClient() => new(factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true }));
        using var admin = await NewClient().SignedInAsync("administrator@9902");
        var username = $"gaet-{Guid.NewGuid():N}@9902";
        await admin.ReadAsync<object>(await admin.PostAsync("/api/users",
            new { username, displayName = "Gæt Test", password = "korrekt-hest-batteri", roles = new[] { "Raadgiver" } }), HttpStatusCode.Created);

        var answers = await Task.WhenAll(Enumerable.Range(0, 25).Select(async i =>
        {
            using var client = NewClient();
            return (await client.LoginAsync(username, $"forkert-{i}")).StatusCode;
        }));

        Assert.All(answers, status => Assert.Equal(HttpStatusCode.Unauthorized, status));
        var checkedGuesses = sink.Events.Count(e => e.Level == LogEventLevel.Warning && e.MessageTemplate.Text.StartsWith("Wrong password", StringComparison.Ordinal));
        Assert.Equal(5, checkedGuesses);
    }
}

[Collection(CprLoggingCollection.Name)]
public sealed class SignInGuessCountTestsOnSqlite(SqliteHostFixture host) : SignInGuessCountTests(host);

[Collection(CprLoggingCollection.Name)]
public sealed class SignInGuessCountTestsOnPostgres(PostgresHostFixture host) : SignInGuessCountTests(host);
