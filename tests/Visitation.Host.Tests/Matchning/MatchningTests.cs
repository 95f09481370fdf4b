using System.Net;
using System.Text.Json.Nodes;
using Visitation.Host.Tests.Infrastructure;
using static Visitation.Host.Tests.Matchning.MatchningApi;

namespace Visitation.Host.Tests.Matchning;

/// <summary>
/// Matching in Demo Nord (9901): candidates from the offer catalogue by the indsatstrappe and the own-first rule, the
/// choice of an offer with its reason, the beslutning within the frame, a flow that waits for both, and who may do it.
/// Each test has a target group of its own, so only its own offers are candidates.
/// </summary>
public abstract class MatchningTests(HostFixture host)
{
    private sealed record Catalogue(Offer Netvaerk, Offer PlejeIntern, Offer PlejeLokal, Offer PlejeEkstern, Offer Institution, Offer Udloebet, Offer Fuld,
        Offer AndetLovgrundlag);

    /// <summary>Placements of every step, own, local and external, and three that do not fit: approval expired, no vacancy, another legal basis.</summary>
    private static async Task<Catalogue> CatalogueAsync(ApiClient editor, string targetGroup)
    {
        var familiepleje = await ProviderAsync(editor, "Familieplejen");
        var solbakken = await ProviderAsync(editor, "Solbakken");
        var lokal = await ProviderAsync(editor, "Plejefamilie Nord");
        var odense = await ProviderAsync(editor, "Plejefamilie Syd");
        var netvaerk = await ProviderAsync(editor, "Mosters hjem");
        return new Catalogue(
            // The catalogue's placement form places an offer on the ladder, whatever its name says.
            await OfferAsync(editor, netvaerk, "Familiepleje hos moster", "ekstern", 12_000m, targetGroup, "Odense", placementForm: "Netvaerksplejefamilie"),
            await OfferAsync(editor, familiepleje, "Kommunal plejefamilie", "intern", 32_000m, targetGroup, "Demo Nord"),
            await OfferAsync(editor, lokal, "Plejefamilie i byen", "ekstern", 30_000m, targetGroup, "Demo Nord"),
            await OfferAsync(editor, odense, "Plejefamilie på landet", "ekstern", 28_000m, targetGroup, "Odense"),
            await OfferAsync(editor, solbakken, "Solbakken", "intern", 60_000m, targetGroup, "Demo Nord", placementForm: "Doegninstitution"),
            await OfferAsync(editor, odense, "Plejefamilie med udløbet godkendelse", "ekstern", 20_000m, targetGroup, approvedUntil: "2025-06-30"),
            await OfferAsync(editor, odense, "Plejefamilie uden ledig plads", "ekstern", 20_000m, targetGroup, vacancies: 0),
            await OfferAsync(editor, odense, "Plejefamilie efter § 47", "ekstern", 20_000m, targetGroup, legalBasis: "BL § 47"));
    }

    [Fact]
    public async Task Should_list_fitting_offers_by_the_indsatstrappe_then_own_local_and_external_with_their_expected_cost()
    {
        using var oekonomi = await host.Client().SignedInAsync("oekonomi@9901");
        using var raadgiver = await host.Client().SignedInAsync("raadgiver@9901");
        var targetGroup = NewTargetGroup();
        var catalogue = await CatalogueAsync(oekonomi, targetGroup);
        var (caseId, indstillingId) = await CaseWithIndstillingAsync(raadgiver, "Ida Holm");

        var matchning = await NeedAsync(raadgiver, caseId, indstillingId, targetGroup);
        var candidates = await CandidatesAsync(raadgiver, caseId, matchning.Id);

        Assert.Equal(("Aaben", "anbringelse", "BL-46", 1m, "kr-pr-maaned"), (matchning.Status, matchning.MeasureType, matchning.LegalBasis, matchning.Quantity, matchning.Unit));
        Assert.Equal((new DateOnly(2026, 12, 1), (DateOnly?)new DateOnly(2027, 11, 30)), (matchning.Start, matchning.End));
        Assert.Equal([catalogue.Netvaerk.Id, catalogue.PlejeIntern.Id, catalogue.PlejeLokal.Id, catalogue.PlejeEkstern.Id, catalogue.Institution.Id],
            candidates.Select(c => c.OfferId));
        Assert.Equal(["netvaerksplejefamilie", "plejefamilie", "plejefamilie", "plejefamilie", "institution"], candidates.Select(c => c.Step));
        Assert.Equal(["Ekstern", "Egen", "Lokal", "Ekstern", "Egen"], candidates.Select(c => c.OwnFirst));
        Assert.Equal(["Netvaerksplejefamilie", "Plejefamilie", "Plejefamilie", "Plejefamilie", "Doegninstitution"], candidates.Select(c => c.PlacementForm));
        Assert.All(candidates, c => Assert.Equal("Exact", c.Match));
        // One month of 2026 and twelve in all, at the offer's monthly price.
        var own = candidates[1];
        Assert.Equal((32_000m, "kr-pr-maaned", 1m, 32_000m, 384_000m, 384_000m), (own.Price, own.Unit, own.Quantity, own.CostThisYear, own.CostTotal, own.AnnualCost));
    }

    [Fact]
    public async Task Should_list_respite_after_the_placements_as_the_neighbouring_step_own_first_and_refuse_to_choose_it()
    {
        using var oekonomi = await host.Client().SignedInAsync("oekonomi@9901");
        using var raadgiver = await host.Client().SignedInAsync("raadgiver@9901");
        var targetGroup = NewTargetGroup();
        var catalogue = await CatalogueAsync(oekonomi, targetGroup);
        var weekends = await OfferAsync(oekonomi, await ProviderAsync(oekonomi, "Aflastning Øst"), "Weekendaflastning", "ekstern", 9_000m, targetGroup, "Odense",
            legalBasis: "BL § 32", type: "aflastning", placementForm: null);
        var ownRespite = await OfferAsync(oekonomi, await ProviderAsync(oekonomi, "Aflastningshuset"), "Aflastning i kommunal plejefamilie", "intern", 11_000m,
            targetGroup, "Demo Nord", legalBasis: "BL § 32", type: "aflastning");
        await OfferAsync(oekonomi, await ProviderAsync(oekonomi, "Kontakten"), "Kontaktperson", "intern", 4_000m, targetGroup, legalBasis: "BL § 32",
            type: "kontaktperson", placementForm: null);
        await OfferAsync(oekonomi, await ProviderAsync(oekonomi, "Aflastning Vest"), "Aflastning for små børn", "intern", 8_000m, "Småbørn", legalBasis: "BL § 32",
            type: "aflastning", placementForm: null);
        var (caseId, indstillingId) = await CaseWithIndstillingAsync(raadgiver, "Bo Lind");
        var matchning = await NeedAsync(raadgiver, caseId, indstillingId, targetGroup);

        var candidates = await CandidatesAsync(raadgiver, caseId, matchning.Id);
        var chooseRespite = await ChooseAsync(raadgiver, caseId, matchning.Id, ownRespite.Id);
        var unchanged = await GetAsync(raadgiver, caseId, matchning.Id);

        // The placements first, then respite (the step below the placements): own before external, each with its cost.
        Assert.Equal([catalogue.Netvaerk.Id, catalogue.PlejeIntern.Id, catalogue.PlejeLokal.Id, catalogue.PlejeEkstern.Id, catalogue.Institution.Id, ownRespite.Id,
            weekends.Id], candidates.Select(c => c.OfferId));
        Assert.Equal(["Exact", "Exact", "Exact", "Exact", "Exact", "AdjacentStep", "AdjacentStep"], candidates.Select(c => c.Match));
        var respite = candidates[5];
        Assert.Equal(("aflastning", "aflastning", "Egen", "BL § 32", 132_000m), (respite.Type, respite.Step, respite.OwnFirst, respite.LegalBasis, respite.AnnualCost));
        await Problem.AssertAsync(chooseRespite, HttpStatusCode.UnprocessableEntity, "matchning.adjacentStep", "/offerId");
        Assert.Equal(("Aaben", (Choice?)null), (unchanged.Status, unchanged.Choice));
    }

    [Theory]
    [InlineData("familiebehandling", null, "familiebehandling")]
    [InlineData("aflastning", Visitation.Host.Features.Tilbud.Anbringelsesform.Plejefamilie, "aflastning")]
    public void Should_rank_help_in_the_home_before_placements_and_network_before_foster_family_before_institution_by_the_placement_form(string type,
        Visitation.Host.Features.Tilbud.Anbringelsesform? form, string step)
    {
        // Every name says "netværksplejefamilie": only the catalogue's placement form counts.
        static Visitation.Host.Features.Tilbud.Offer Offer(string type, Visitation.Host.Features.Tilbud.Anbringelsesform? form) => new()
        {
            Name = "Netværksplejefamilie", Type = type, LegalBasis = "BL-32", PriceUnit = "kr-pr-maaned", Provision = "ekstern", Financing = "takst", PlacementForm = form,
        };
        static (int Plads, Visitation.Host.Features.Matchning.Trin Trin) Of(string type, Visitation.Host.Features.Tilbud.Anbringelsesform? form) =>
            Visitation.Host.Features.Matchning.Indsatstrappe.Of(Offer(type, form));

        var help = Of(type, form);
        var network = Of("anbringelse", Visitation.Host.Features.Tilbud.Anbringelsesform.Netvaerksplejefamilie);
        var foster = Of("anbringelse", Visitation.Host.Features.Tilbud.Anbringelsesform.Plejefamilie);
        var institution = Of("anbringelse", Visitation.Host.Features.Tilbud.Anbringelsesform.Doegninstitution);
        var ownRoom = Of("anbringelse", Visitation.Host.Features.Tilbud.Anbringelsesform.EgetVaerelse);
        var noForm = Of("anbringelse", null);

        Assert.Equal(step, help.Trin.Kode);
        Assert.True(help.Plads < network.Plads);
        Assert.True(network.Plads < foster.Plads);
        Assert.True(foster.Plads < institution.Plads);
        Assert.Equal(("netvaerksplejefamilie", "plejefamilie", "institution", "institution"), (network.Trin.Kode, foster.Trin.Kode, institution.Trin.Kode, ownRoom.Trin.Kode));
        Assert.True(institution.Plads < noForm.Plads);
    }

    [Fact]
    public async Task Should_count_a_candidates_and_a_choices_annual_cost_only_to_the_end_of_a_period_shorter_than_a_year_as_the_agenda_does()
    {
        using var oekonomi = await host.Client().SignedInAsync("oekonomi@9901");
        using var raadgiver = await host.Client().SignedInAsync("raadgiver@9901");
        var targetGroup = NewTargetGroup();
        var catalogue = await CatalogueAsync(oekonomi, targetGroup);
        // 1 December 2026 to 15 May 2027: five and a half months.
        var (caseId, indstillingId) = await CaseWithIndstillingAsync(raadgiver, "Ea Lund", expectedEnd: "2027-05-15");
        var matchning = await NeedAsync(raadgiver, caseId, indstillingId, targetGroup);

        var candidate = Assert.Single(await CandidatesAsync(raadgiver, caseId, matchning.Id), c => c.OfferId == catalogue.PlejeLokal.Id);
        var chosen = await raadgiver.ReadAsync<Matching>(await ChooseAsync(raadgiver, caseId, matchning.Id, catalogue.PlejeLokal.Id, "Plejefamilien bor i barnets by."));

        // 30,000 kr. a month: December 2026, January to April 2027, and 15/31 of May (14,516.13): no month after the period's end.
        Assert.Equal((30_000m, 164_516.13m, 164_516.13m), (candidate.CostThisYear, candidate.CostTotal, candidate.AnnualCost));
        Assert.Equal((candidate.CostThisYear, candidate.CostTotal, candidate.AnnualCost), (chosen.Choice!.CostThisYear, chosen.Choice.CostTotal, chosen.Choice.AnnualCost));
    }

    [Fact]
    public async Task Should_refuse_an_external_offer_without_a_reason_when_an_internal_one_fits_and_keep_the_reason_when_given()
    {
        using var oekonomi = await host.Client().SignedInAsync("oekonomi@9901");
        using var raadgiver = await host.Client().SignedInAsync("raadgiver@9901");
        var targetGroup = NewTargetGroup();
        var catalogue = await CatalogueAsync(oekonomi, targetGroup);
        var (caseId, indstillingId) = await CaseWithIndstillingAsync(raadgiver, "Otto Dam");
        var matchning = await NeedAsync(raadgiver, caseId, indstillingId, targetGroup);

        await Problem.AssertAsync(await ChooseAsync(raadgiver, caseId, matchning.Id, catalogue.PlejeEkstern.Id), HttpStatusCode.UnprocessableEntity,
            "matchning.reasonRequired", "/reason");
        await Problem.AssertAsync(await ChooseAsync(raadgiver, caseId, matchning.Id, catalogue.Udloebet.Id, "Billigst"), HttpStatusCode.UnprocessableEntity,
            "matchning.notACandidate", "/offerId");
        var unchanged = await GetAsync(raadgiver, caseId, matchning.Id);
        var chosen = await raadgiver.ReadAsync<Matching>(await ChooseAsync(raadgiver, caseId, matchning.Id, catalogue.PlejeEkstern.Id,
            "Plejefamilien bor tæt på barnets skole."));

        Assert.Equal(("Aaben", (Choice?)null), (unchanged.Status, unchanged.Choice));
        Assert.Equal("Valgt", chosen.Status);
        var valg = chosen.Choice!.Valg;
        Assert.Equal((matchning.Id, catalogue.PlejeEkstern.Id, false, 28_000m, "kr-pr-maaned", 1m, "Plejefamilien bor tæt på barnets skole."),
            (valg.MatchningId, valg.OfferId, valg.Internal, valg.UnitPrice, valg.Unit, valg.Quantity, valg.Reason));
        Assert.Equal((28_000m, 336_000m, "raadgiver@9901"), (chosen.Choice.CostThisYear, chosen.Choice.AnnualCost, chosen.Choice.ChosenBy));
        await Problem.AssertAsync(await ChooseAsync(raadgiver, caseId, matchning.Id, catalogue.PlejeIntern.Id), HttpStatusCode.Conflict, "matchning.notOpen");
    }

    [Fact]
    public async Task Should_accept_only_within_the_frame_of_the_grant_and_send_a_rejection_back_to_choosing()
    {
        using var oekonomi = await host.Client().SignedInAsync("oekonomi@9901");
        using var raadgiver = await host.Client().SignedInAsync("raadgiver@9901");
        using var leder = await host.Client().SignedInAsync("leder@9901");
        using var admin = await host.Client().SignedInAsync("administrator@9901");
        var targetGroup = NewTargetGroup();
        var catalogue = await CatalogueAsync(oekonomi, targetGroup);
        var (caseId, indstillingId) = await CaseWithIndstillingAsync(raadgiver, "Asta Kjær");
        var matchning = await NeedAsync(raadgiver, caseId, indstillingId, targetGroup);

        await Problem.AssertAsync(await DecideAsync(leder, caseId, matchning.Id, "Accepteret"), HttpStatusCode.Conflict, "matchning.notChosen");
        await raadgiver.ReadAsync<Matching>(await ChooseAsync(raadgiver, caseId, matchning.Id, catalogue.Institution.Id));
        await Problem.AssertAsync(await DecideAsync(leder, caseId, matchning.Id, "Accepteret"), HttpStatusCode.Conflict, "matchning.noFrame", "/outcome");
        var frameId = await FrameGrantAsync(admin, raadgiver, caseId, indstillingId);
        var withFrame = await GetAsync(raadgiver, caseId, matchning.Id);
        // A frame typed by an old client is ignored: the grant's frame decides.
        var over = await Problem.AssertAsync(await leder.PostAsync($"/api/cases/{caseId}/matchninger/{matchning.Id}/beslutning",
            new { outcome = "Accepteret", frame = 1_000_000m }), HttpStatusCode.UnprocessableEntity, "matchning.overFrame", "/outcome");
        await Problem.AssertAsync(await DecideAsync(leder, caseId, matchning.Id, "Afvist"), HttpStatusCode.BadRequest, "field.required", "/reason");
        var rejected = await leder.ReadAsync<Matching>(await DecideAsync(leder, caseId, matchning.Id, "Afvist", "For dyrt; prøv en plejefamilie."));
        await raadgiver.ReadAsync<Matching>(await ChooseAsync(raadgiver, caseId, matchning.Id, catalogue.PlejeIntern.Id));
        var accepted = await leder.ReadAsync<Matching>(await leder.PostAsync($"/api/cases/{caseId}/matchninger/{matchning.Id}/beslutning",
            new { outcome = "Accepteret", frame = 1m }));

        // The frame grant: 12 months at the indstilling's 35,000 kr. is 420,000 kr. a year.
        Assert.Equal(420_000m, withFrame.Frame);
        // 12 months at 60,000 kr. is 720,000 kr. a year, 300,000 kr. over the frame.
        var message = over.Single(e => e.Code == "matchning.overFrame").Message;
        Assert.Contains("720.000,00", message);
        Assert.Contains("420.000,00", message);
        Assert.Contains("med 300.000,00 kr.", message);
        Assert.Equal(("Aaben", (Choice?)null, "For dyrt; prøv en plejefamilie."), (rejected.Status, rejected.Choice, rejected.RejectionReason));
        Assert.Equal(("Accepteret", (decimal?)420_000m, "leder@9901", (Guid?)frameId), (accepted.Status, accepted.Frame, accepted.DecidedBy, accepted.BevillingId));
        Assert.Equal(catalogue.PlejeIntern.Id, accepted.Choice!.Valg.OfferId);
        await Problem.AssertAsync(await DecideAsync(leder, caseId, matchning.Id, "Afvist", "Fortrudt"), HttpStatusCode.Conflict, "matchning.notChosen");
    }

    [Fact]
    public async Task Should_say_by_how_much_an_offer_exceeds_the_frame_in_english_too()
    {
        using var oekonomi = await host.Client().SignedInAsync("oekonomi@9901");
        using var raadgiver = await host.Client().SignedInAsync("raadgiver@9901");
        using var admin = await host.Client().SignedInAsync("administrator@9901");
        var targetGroup = NewTargetGroup();
        var catalogue = await CatalogueAsync(oekonomi, targetGroup);
        var (caseId, indstillingId) = await CaseWithIndstillingAsync(raadgiver, "Aksel Kjær");
        await FrameGrantAsync(admin, raadgiver, caseId, indstillingId);
        var matchning = await NeedAsync(raadgiver, caseId, indstillingId, targetGroup);
        await raadgiver.ReadAsync<Matching>(await ChooseAsync(raadgiver, caseId, matchning.Id, catalogue.Institution.Id));

        raadgiver.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var response = await DecideAsync(raadgiver, caseId, matchning.Id, "Accepteret");
        var problem = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var over = await Problem.AssertAsync(response, HttpStatusCode.UnprocessableEntity, "matchning.overFrame", "/outcome");

        Assert.Contains("by 300,000.00 kr.", over.Single().Message);
        // The title too is in the language asked for, not only the message.
        Assert.Equal("The request cannot be carried out", problem["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Should_invite_external_quotes_at_once_when_every_internal_provider_declines()
    {
        using var oekonomi = await host.Client().SignedInAsync("oekonomi@9901");
        using var raadgiver = await host.Client().SignedInAsync("raadgiver@9901");
        var targetGroup = NewTargetGroup();
        var catalogue = await CatalogueAsync(oekonomi, targetGroup);
        var (caseId, indstillingId) = await CaseWithIndstillingAsync(raadgiver, "Karl Bech");
        var matchning = await NeedAsync(raadgiver, caseId, indstillingId, targetGroup, bidRound: true);

        await Problem.AssertAsync(await BidAsync(raadgiver, caseId, matchning.Id, catalogue.PlejeEkstern.Id, "Bud", 27_000m), HttpStatusCode.Conflict,
            "matchning.externalNotInvited", "/offerId");
        await raadgiver.ReadAsync<Matching>(await BidAsync(raadgiver, caseId, matchning.Id, catalogue.PlejeIntern.Id, "Afslag"));
        var afterDeclines = await raadgiver.ReadAsync<Matching>(await BidAsync(raadgiver, caseId, matchning.Id, catalogue.Institution.Id, "Afslag"));
        var quoted = await raadgiver.ReadAsync<Matching>(await BidAsync(raadgiver, caseId, matchning.Id, catalogue.PlejeEkstern.Id, "Bud", 27_000m));
        await Problem.AssertAsync(await ChooseAsync(raadgiver, caseId, matchning.Id, catalogue.PlejeLokal.Id), HttpStatusCode.UnprocessableEntity, "matchning.noBid",
            "/offerId");
        var chosen = await raadgiver.ReadAsync<Matching>(await ChooseAsync(raadgiver, caseId, matchning.Id, catalogue.PlejeEkstern.Id));

        Assert.Equal("AfventerInterne", matchning.BidRound!.Phase);
        Assert.Equal([catalogue.PlejeIntern.Id, catalogue.Institution.Id], matchning.BidRound.Invited.Select(i => i.OfferId));
        Assert.Equal("EksterneInviteret", afterDeclines.BidRound!.Phase);
        Assert.Equal(5, afterDeclines.BidRound.Invited.Count);
        Assert.Equal(["Afslag", "Afslag", "Bud"], quoted.BidRound!.Bids.Select(b => b.Outcome));
        // The quote's price is taken, not the catalogue's; no internal provider bid, so no reason is needed.
        Assert.Equal((27_000m, false, (string?)null), (chosen.Choice!.Valg.UnitPrice, chosen.Choice.Valg.Internal, chosen.Choice.Valg.Reason));
    }

    [Fact]
    public async Task Should_resume_a_flow_that_waits_for_the_choice_and_the_beslutning_through_the_api()
    {
        using var oekonomi = await host.Client().SignedInAsync("oekonomi@9901");
        using var raadgiver = await host.Client().SignedInAsync("raadgiver@9901");
        using var admin = await host.Client().SignedInAsync("administrator@9901");
        var targetGroup = NewTargetGroup();
        var catalogue = await CatalogueAsync(oekonomi, targetGroup);
        var (caseId, indstillingId) = await CaseWithIndstillingAsync(raadgiver, "Ella Lund");
        var frameId = await FrameGrantAsync(admin, raadgiver, caseId, indstillingId);
        var saved = await admin.ImportAndPublishAsync(MatchAndDecideFlow(Flows.NewId("matchning")));

        var started = await Bevillinger.BevillingApi.ReplaceCaseFlowAsync(admin, caseId, saved.DefinitionId,
            new { indstillingId = indstillingId.ToString(), bevillingId = frameId.ToString() });
        var opened = Assert.Single(await raadgiver.ReadAsync<List<Matching>>(await raadgiver.GetAsync($"/api/cases/{caseId}/matchninger")));
        var matchning = await NeedAsync(raadgiver, caseId, indstillingId, targetGroup);
        await raadgiver.ReadAsync<Matching>(await ChooseAsync(raadgiver, caseId, matchning.Id, catalogue.Institution.Id));
        var atDecision = await admin.InstanceAsync(started.InstanceId);
        await raadgiver.ReadAsync<Matching>(await DecideAsync(raadgiver, caseId, matchning.Id, "Afvist", "Mindre indgribende først"));
        var backAtMatching = await admin.InstanceAsync(started.InstanceId);
        await raadgiver.ReadAsync<Matching>(await ChooseAsync(raadgiver, caseId, matchning.Id, catalogue.Netvaerk.Id, "Barnets moster kan tage barnet."));
        var accepted = await raadgiver.ReadAsync<Matching>(await DecideAsync(raadgiver, caseId, matchning.Id, "Accepteret"));
        var finished = await admin.InstanceAsync(started.InstanceId);

        Assert.Equal(("AfventerBehov", true), (opened.Status, opened.BidRound is null));
        Assert.Equal(opened.Id, matchning.Id);
        Assert.Equal("Suspended", started.SubStatus);
        Assert.Equal(["beslut"], atDecision.Bookmarks.Select(b => b.ActivityId));
        Assert.Equal(["match"], backAtMatching.Bookmarks.Select(b => b.ActivityId));
        Assert.Equal("Finished", finished.Status);
        // The flow named the frame grant; 12 months at the indstilling's 35,000 kr. is its frame, and 12 × 12,000 kr. is within it.
        Assert.Equal(((Guid?)frameId, (decimal?)420_000m, 144_000m), (accepted.BevillingId, accepted.Frame, accepted.Choice!.AnnualCost));
        Assert.Equal(catalogue.Netvaerk.Id.ToString(), finished.Variables["valg"]?["offerId"]?.GetValue<string>());
        Assert.Equal(["accepteret: " + (await CandidatesAsync(raadgiver, caseId, matchning.Id)).Single(c => c.OfferId == catalogue.Netvaerk.Id).ProviderName],
            await admin.LinesAsync(started.InstanceId));
    }

    [Fact]
    public async Task Should_hand_a_choice_made_before_the_flow_waited_to_the_flow_when_it_arrives()
    {
        using var oekonomi = await host.Client().SignedInAsync("oekonomi@9901");
        using var raadgiver = await host.Client().SignedInAsync("raadgiver@9901");
        using var admin = await host.Client().SignedInAsync("administrator@9901");
        var targetGroup = NewTargetGroup();
        var catalogue = await CatalogueAsync(oekonomi, targetGroup);
        var (caseId, indstillingId) = await CaseWithIndstillingAsync(raadgiver, "Vilma Berg");
        var matchning = await NeedAsync(raadgiver, caseId, indstillingId, targetGroup);
        await raadgiver.ReadAsync<Matching>(await ChooseAsync(raadgiver, caseId, matchning.Id, catalogue.PlejeIntern.Id));
        var saved = await admin.ImportAndPublishAsync(MatchAndDecideFlow(Flows.NewId("matchning")));

        var started = await Bevillinger.BevillingApi.ReplaceCaseFlowAsync(admin, caseId, saved.DefinitionId, new { indstillingId = indstillingId.ToString() });
        var atDecision = await admin.InstanceAsync(started.InstanceId);
        await raadgiver.ReadAsync<Matching>(await DecideAsync(raadgiver, caseId, matchning.Id, "Afvist", "Plejefamilien har ikke plads alligevel"));
        var backAtMatching = await admin.InstanceAsync(started.InstanceId);
        var matchings = await raadgiver.ReadAsync<List<Matching>>(await raadgiver.GetAsync($"/api/cases/{caseId}/matchninger"));

        Assert.Equal(["beslut"], atDecision.Bookmarks.Select(b => b.ActivityId));
        Assert.Equal(catalogue.PlejeIntern.Id.ToString(), atDecision.Variables["valg"]?["offerId"]?.GetValue<string>());
        // The rejected choice is not handed to the flow again: it waits for a new one.
        Assert.Equal(["match"], backAtMatching.Bookmarks.Select(b => b.ActivityId));
        Assert.Equal([(matchning.Id, "Aaben")], matchings.Select(m => (m.Id, m.Status)));
    }

    [Fact]
    public async Task Should_refuse_a_need_without_text_or_with_unknown_codes_and_record_nothing()
    {
        using var raadgiver = await host.Client().SignedInAsync("raadgiver@9901");
        var (caseId, indstillingId) = await CaseWithIndstillingAsync(raadgiver, "Johan Falk");

        var response = await raadgiver.PostAsync($"/api/cases/{caseId}/matchninger",
            new { indstillingId, need = " ", measureType = "ophold", unit = "pr-time", quantity = -1 });
        var errors = await Problem.AssertAsync(response, HttpStatusCode.BadRequest, "field.required", "/need");
        var unknownIndstilling = await raadgiver.PostAsync($"/api/cases/{caseId}/matchninger", new { indstillingId = Guid.NewGuid(), need = "Behov" });
        var matchings = await raadgiver.ReadAsync<List<Matching>>(await raadgiver.GetAsync($"/api/cases/{caseId}/matchninger"));

        Assert.Equal(["/measureType", "/need", "/quantity", "/unit"], errors.Select(e => e.Path).Order());
        Assert.Equal(HttpStatusCode.NotFound, unknownIndstilling.StatusCode);
        Assert.Empty(matchings);
    }

    [Fact]
    public async Task Should_hide_matchings_from_other_municipalities_refuse_other_roles_and_audit_reads_and_writes()
    {
        using var oekonomi = await host.Client().SignedInAsync("oekonomi@9901");
        using var raadgiver = await host.Client().SignedInAsync("raadgiver@9901");
        using var leder = await host.Client().SignedInAsync("leder@9901");
        using var other = await host.Client().SignedInAsync("raadgiver@9902");
        var targetGroup = NewTargetGroup();
        var catalogue = await CatalogueAsync(oekonomi, targetGroup);
        var (caseId, indstillingId) = await CaseWithIndstillingAsync(raadgiver, "Alma Krogh");
        var matchning = await NeedAsync(raadgiver, caseId, indstillingId, targetGroup);

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/cases/{caseId}/matchninger")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/cases/{caseId}/matchninger/{matchning.Id}/candidates")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await RecordNeedAsync(other, caseId, indstillingId, targetGroup)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ChooseAsync(other, caseId, matchning.Id, catalogue.PlejeIntern.Id)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await DecideAsync(other, caseId, matchning.Id, "Accepteret")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await oekonomi.GetAsync($"/api/cases/{caseId}/matchninger")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ChooseAsync(oekonomi, caseId, matchning.Id, catalogue.PlejeIntern.Id)).StatusCode);
        await Problem.AssertAsync(await RecordNeedAsync(raadgiver, caseId, indstillingId, targetGroup), HttpStatusCode.Conflict, "matchning.alreadyOpen");
        await CandidatesAsync(raadgiver, caseId, matchning.Id);
        await raadgiver.ReadAsync<Matching>(await ChooseAsync(raadgiver, caseId, matchning.Id, catalogue.PlejeIntern.Id));
        using (var admin = await host.Client().SignedInAsync("administrator@9901")) await FrameGrantAsync(admin, raadgiver, caseId, indstillingId);
        await leder.ReadAsync<Matching>(await DecideAsync(leder, caseId, matchning.Id, "Accepteret"));
        var trail = await leder.ReadAsync<List<Sager.CaseApi.AuditEntry>>(await leder.GetAsync($"/api/cases/{caseId}/audit"));

        Assert.Contains(trail, e => e is { Action: "matchning.need", User: "raadgiver@9901", IsRead: false });
        Assert.Contains(trail, e => e is { Action: "matchning.read", User: "raadgiver@9901", IsRead: true });
        Assert.Contains(trail, e => e is { Action: "matchning.choose", User: "raadgiver@9901", IsRead: false });
        Assert.Contains(trail, e => e is { Action: "matchning.decide", User: "leder@9901", IsRead: false });
        Assert.DoesNotContain(trail, e => e.User == "raadgiver@9902");
    }

    /// <summary>Start → match the indstilling (choice into <c>valg</c>) → beslutning within the input's frame grant: accepted writes the provider, rejected goes back to matching.</summary>
    private static JsonObject MatchAndDecideFlow(string definitionId)
    {
        static JsonObject Script(string typeName, string script) =>
            new() { ["typeName"] = typeName, ["expression"] = new JsonObject { ["type"] = "JavaScript", ["value"] = script } };

        var flow = Flows.Flowchart(definitionId,
            [
                Flows.Activity("start", "Elsa.Start"),
                Flows.Activity("match", "Visitation.Matchning", ("indstillingId", Script("String", "getInput('indstillingId')")),
                    ("budrunde", Flows.Literal("Boolean", false)),
                    ("valg", new JsonObject { ["typeName"] = "Object", ["memoryReference"] = new JsonObject { ["id"] = "valg" } })),
                Flows.Activity("beslut", "Visitation.Beslutning", ("matchningId", Script("String", "getVariable('valg').matchningId")),
                    ("bevillingId", Script("String", "getInput('bevillingId') ?? null"))),
                Flows.Activity("done", "Elsa.WriteLine", ("text", Script("String", "'accepteret: ' + getVariable('valg').providerName"))),
            ],
            [Flows.Connect("start", "match"), Flows.Connect("match", "beslut"), Flows.Connect("beslut", "done", "accepteret"), Flows.Connect("beslut", "match", "afvist")]);
        flow["variables"] = new JsonArray(new JsonObject { ["id"] = "valg", ["name"] = "valg", ["typeName"] = "Object", ["isArray"] = false, ["value"] = null });
        return flow;
    }
}

[Collection(SqliteCollection.Name)]
public sealed class MatchningTestsOnSqlite(SqliteHostFixture host) : MatchningTests(host);

[Collection(PostgresCollection.Name)]
public sealed class MatchningTestsOnPostgres(PostgresHostFixture host) : MatchningTests(host);
