using System.Net;
using Visitation.Host.Tests.Infrastructure;
using Visitation.Host.Tests.Scenarios;
using static Visitation.Host.Tests.Matchning.MatchningApi;

namespace Visitation.Host.Tests.Matchning;

/// <summary>
/// The strict-BUM bid round on a clock the test moves: the internal provider has the municipality's bid deadline in working
/// days to answer; when it passes unanswered, external quotes are invited and recorded, and one of them is chosen.
/// </summary>
public abstract class BidRoundTests(HostFixture host)
{
    [Fact]
    public async Task Should_count_the_bid_deadline_in_working_days_past_easter_and_invite_external_quotes_when_it_passes_unanswered()
    {
        // Wednesday 24 March 2027, 10:00 in Denmark, the day before Maundy Thursday.
        var start = new DateTimeOffset(2027, 3, 24, 9, 0, 0, TimeSpan.Zero);
        await using var scenario = await CaseScenario.StartAsync(host, start);
        using var leder = await scenario.SignInAsync("leder@9901");
        var raadgiver = await scenario.SignInAsync("raadgiver@9901");
        var defaultDays = await leder.ReadAsync<Settings>(await leder.GetAsync("/api/matchning/settings"));
        Assert.Equal(HttpStatusCode.Forbidden, (await raadgiver.SendAsync(HttpMethod.Put, "/api/matchning/settings", new { bidDeadlineWorkingDays = 3 })).StatusCode);
        await Problem.AssertAsync(await leder.SendAsync(HttpMethod.Put, "/api/matchning/settings", new { bidDeadlineWorkingDays = 0 }), HttpStatusCode.BadRequest,
            "field.outOfRange", "/bidDeadlineWorkingDays");
        var setting = await leder.ReadAsync<Settings>(await leder.SendAsync(HttpMethod.Put, "/api/matchning/settings", new { bidDeadlineWorkingDays = 3 }));
        var targetGroup = NewTargetGroup();
        var own = await OfferAsync(leder, await ProviderAsync(leder, "Familieplejen"), "Kommunal plejefamilie", "intern", 32_000m, targetGroup);
        var external = await OfferAsync(leder, await ProviderAsync(leder, "Plejefamilie Syd"), "Plejefamilie på landet", "ekstern", 28_000m, targetGroup, "Odense");
        var (caseId, indstillingId) = await CaseWithIndstillingAsync(raadgiver, "Liva Friis");

        var matchning = await NeedAsync(raadgiver, caseId, indstillingId, targetGroup, bidRound: true);
        var early = await BidAsync(raadgiver, caseId, matchning.Id, external.Id, "Bud", 27_500m);
        // A week of the calendar later the internal provider still has time: Easter took four of those days and a weekend two.
        scenario.Clock.Set(new DateTimeOffset(2027, 3, 31, 12, 0, 0, TimeSpan.FromHours(2)));
        raadgiver.Dispose();
        raadgiver = await scenario.SignInAsync("raadgiver@9901");
        var weekLater = await GetAsync(raadgiver, caseId, matchning.Id);
        var stillEarly = await BidAsync(raadgiver, caseId, matchning.Id, external.Id, "Bud", 27_500m);
        var afterDeadlineAt = new DateTimeOffset(2027, 4, 2, 0, 0, 1, TimeSpan.FromHours(2));
        scenario.Clock.Set(afterDeadlineAt);
        raadgiver.Dispose();
        raadgiver = await scenario.SignInAsync("raadgiver@9901");
        var afterDeadline = await GetAsync(raadgiver, caseId, matchning.Id);
        var late = await BidAsync(raadgiver, caseId, matchning.Id, own.Id, "Bud", 30_000m);
        var quoted = await raadgiver.ReadAsync<Matching>(await BidAsync(raadgiver, caseId, matchning.Id, external.Id, "Bud", 27_500m));
        var chosen = await raadgiver.ReadAsync<Matching>(await ChooseAsync(raadgiver, caseId, matchning.Id, external.Id));

        Assert.Equal(5, defaultDays.BidDeadlineWorkingDays);
        Assert.Equal(3, setting.BidDeadlineWorkingDays);
        // Skærtorsdag, langfredag, the weekend and 2. påskedag are no working days: the three are 30 and 31 March and 1 April,
        // and the deadline ends with 1 April in Danish summer time.
        Assert.Equal(new DateTimeOffset(2027, 4, 1, 23, 59, 59, TimeSpan.FromHours(2)), matchning.BidRound!.Deadline);
        Assert.Equal("AfventerInterne", matchning.BidRound.Phase);
        Assert.Equal([own.Id], matchning.BidRound.Invited.Select(i => i.OfferId));
        await Problem.AssertAsync(early, HttpStatusCode.Conflict, "matchning.externalNotInvited", "/offerId");
        Assert.Equal("AfventerInterne", weekLater.BidRound!.Phase);
        await Problem.AssertAsync(stillEarly, HttpStatusCode.Conflict, "matchning.externalNotInvited", "/offerId");
        Assert.Equal("EksterneInviteret", afterDeadline.BidRound!.Phase);
        Assert.Equal([own.Id, external.Id], afterDeadline.BidRound.Invited.Select(i => i.OfferId));
        await Problem.AssertAsync(late, HttpStatusCode.Conflict, "matchning.internalRoundOver", "/offerId");
        var quote = Assert.Single(quoted.BidRound!.Bids);
        Assert.Equal((external.Id, false, "Bud", (decimal?)27_500m, "raadgiver@9901", afterDeadlineAt),
            (quote.OfferId, quote.Internal, quote.Outcome, quote.Price, quote.RecordedBy, quote.RecordedAt));
        Assert.Equal(("Valgt", 27_500m, (string?)null), (chosen.Status, chosen.Choice!.Valg.UnitPrice, chosen.Choice.Valg.Reason));
        raadgiver.Dispose();
    }

    private sealed record Settings(int BidDeadlineWorkingDays);
}

[Collection(SqliteCollection.Name)]
public sealed class BidRoundTestsOnSqlite(SqliteHostFixture host) : BidRoundTests(host);

[Collection(PostgresCollection.Name)]
public sealed class BidRoundTestsOnPostgres(PostgresHostFixture host) : BidRoundTests(host);
