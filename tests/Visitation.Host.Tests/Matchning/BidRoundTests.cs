using System.Net;
using Visitation.Host.Tests.Infrastructure;
using Visitation.Host.Tests.Scenarios;
using static Visitation.Host.Tests.Matchning.MatchningApi;

namespace Visitation.Host.Tests.Matchning;

/// <summary>
/// The strict-BUM bid round on a clock the test moves: the internal provider has the municipality's bid deadline to
/// answer; when it passes unanswered, external quotes are invited and recorded, and one of them is chosen.
/// </summary>
public abstract class BidRoundTests(HostFixture host)
{
    [Fact]
    public async Task Should_invite_external_quotes_when_the_internal_deadline_passes_unanswered()
    {
        var start = new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
        await using var scenario = await CaseScenario.StartAsync(host, start);
        using var leder = await scenario.SignInAsync("leder@9901");
        var raadgiver = await scenario.SignInAsync("raadgiver@9901");
        var defaultDays = await leder.ReadAsync<Settings>(await leder.GetAsync("/api/matchning/settings"));
        Assert.Equal(HttpStatusCode.Forbidden, (await raadgiver.SendAsync(HttpMethod.Put, "/api/matchning/settings", new { bidDeadlineDays = 3 })).StatusCode);
        await Problem.AssertAsync(await leder.SendAsync(HttpMethod.Put, "/api/matchning/settings", new { bidDeadlineDays = 0 }), HttpStatusCode.BadRequest,
            "field.outOfRange", "/bidDeadlineDays");
        var setting = await leder.ReadAsync<Settings>(await leder.SendAsync(HttpMethod.Put, "/api/matchning/settings", new { bidDeadlineDays = 3 }));
        var targetGroup = NewTargetGroup();
        var own = await OfferAsync(leder, await ProviderAsync(leder, "Familieplejen"), "Kommunal plejefamilie", "intern", 32_000m, targetGroup);
        var external = await OfferAsync(leder, await ProviderAsync(leder, "Plejefamilie Syd"), "Plejefamilie på landet", "ekstern", 28_000m, targetGroup, "Odense");
        var (caseId, indstillingId) = await CaseWithIndstillingAsync(raadgiver, "Liva Friis");

        var matchning = await NeedAsync(raadgiver, caseId, indstillingId, targetGroup, bidRound: true);
        var early = await BidAsync(raadgiver, caseId, matchning.Id, external.Id, "Bud", 27_500m);
        scenario.Clock.Advance(TimeSpan.FromDays(3).Add(TimeSpan.FromMinutes(1)));
        raadgiver.Dispose();
        raadgiver = await scenario.SignInAsync("raadgiver@9901");
        var afterDeadline = await GetAsync(raadgiver, caseId, matchning.Id);
        var late = await BidAsync(raadgiver, caseId, matchning.Id, own.Id, "Bud", 30_000m);
        var quoted = await raadgiver.ReadAsync<Matching>(await BidAsync(raadgiver, caseId, matchning.Id, external.Id, "Bud", 27_500m));
        var chosen = await raadgiver.ReadAsync<Matching>(await ChooseAsync(raadgiver, caseId, matchning.Id, external.Id));

        Assert.Equal(5, defaultDays.BidDeadlineDays);
        Assert.Equal(3, setting.BidDeadlineDays);
        Assert.Equal(start.AddDays(3), matchning.BidRound!.Deadline);
        Assert.Equal("AfventerInterne", matchning.BidRound.Phase);
        Assert.Equal([own.Id], matchning.BidRound.Invited.Select(i => i.OfferId));
        await Problem.AssertAsync(early, HttpStatusCode.Conflict, "matchning.externalNotInvited", "/offerId");
        Assert.Equal("EksterneInviteret", afterDeadline.BidRound!.Phase);
        Assert.Equal([own.Id, external.Id], afterDeadline.BidRound.Invited.Select(i => i.OfferId));
        await Problem.AssertAsync(late, HttpStatusCode.Conflict, "matchning.internalRoundOver", "/offerId");
        var quote = Assert.Single(quoted.BidRound!.Bids);
        Assert.Equal((external.Id, false, "Bud", (decimal?)27_500m, "raadgiver@9901", start.AddDays(3).AddMinutes(1)),
            (quote.OfferId, quote.Internal, quote.Outcome, quote.Price, quote.RecordedBy, quote.RecordedAt));
        Assert.Equal(("Valgt", 27_500m, (string?)null), (chosen.Status, chosen.Choice!.Valg.UnitPrice, chosen.Choice.Valg.Reason));
        raadgiver.Dispose();
    }

    private sealed record Settings(int BidDeadlineDays);
}

[Collection(SqliteCollection.Name)]
public sealed class BidRoundTestsOnSqlite(SqliteHostFixture host) : BidRoundTests(host);

[Collection(PostgresCollection.Name)]
public sealed class BidRoundTestsOnPostgres(PostgresHostFixture host) : BidRoundTests(host);
