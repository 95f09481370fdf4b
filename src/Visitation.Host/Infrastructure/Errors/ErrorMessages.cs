using System.Globalization;

namespace Visitation.Host.Infrastructure.Errors;

/// <summary>
/// The texts behind each stable error code, in Danish (default) and English. Messages never contain a
/// CPR number or case text: only field names and limits are formatted into them.
/// </summary>
public static class ErrorMessages
{
    private static readonly Dictionary<string, (string Da, string En)> Texts = new()
    {
        ["auth.invalidCredentials"] = ("Brugernavn eller adgangskode er forkert.", "The user name or password is wrong."),
        ["auth.lockedOut"] = ("Kontoen er midlertidigt låst efter for mange forkerte forsøg. Prøv igen om {0} minutter.", "The account is locked for a while after too many failed attempts. Try again in {0} minutes."),
        ["auth.required"] = ("Du skal være logget ind.", "You must be signed in."),
        ["auth.forbidden"] = ("Din rolle giver ikke adgang til dette.", "Your role does not give access to this."),
        ["antiforgery.invalid"] = ("Anmodningen mangler et gyldigt X-XSRF-TOKEN. Genindlæs siden og prøv igen.", "The request lacks a valid X-XSRF-TOKEN. Reload the page and try again."),
        ["body.invalidJson"] = ("Forespørgslens indhold er ikke gyldig JSON her: {0}", "The request body is not valid JSON here: {0}"),
        ["body.missing"] = ("Forespørgslen mangler et indhold.", "The request has no body."),
        ["field.required"] = ("Feltet skal udfyldes.", "This field is required."),
        ["field.tooLong"] = ("Feltet må højst være {0} tegn.", "This field may be at most {0} characters."),
        ["field.invalidFormat"] = ("Feltet har et ugyldigt format: {0}", "This field has an invalid format: {0}"),
        ["field.unknownValue"] = ("Ukendt værdi. Tilladte værdier: {0}", "Unknown value. Allowed values: {0}"),
        ["field.passwordTooShort"] = ("Adgangskoden skal være mindst {0} tegn.", "The password must be at least {0} characters."),
        ["field.outOfRange"] = ("Værdien skal være mellem {0} og {1}.", "The value must be between {0} and {1}."),
        ["frist.durationOrWorkingDays"] = ("Angiv enten en varighed (ISO 8601, fx P2M) eller et antal hverdage, ikke begge.", "Give either a duration (ISO 8601, e.g. P2M) or a number of working days, not both."),
        ["frist.invalidDuration"] = ("Varigheden skal skrives som ISO 8601, fx PT24H, P6D, P4M eller P1Y2M.", "The duration must be ISO 8601, e.g. PT24H, P6D, P4M or P1Y2M."),
        ["frist.notStricter"] = ("Den lokale frist ({0}) kan udløbe senere end lovens frist ({1}, {2}). En lokal frist må kun være strengere.", "The local deadline ({0}) can fall due later than the legal one ({1}, {2}). A local deadline may only be stricter."),
        ["frist.concurrentChange"] = ("Fristen blev ændret samtidig af en anden. Prøv igen.", "The deadline was changed by someone else at the same time. Try again."),
        ["cpr.invalid"] = ("CPR-nummeret er ugyldigt: det skal være 10 cifre (evt. med bindestreg efter de første 6) og begynde med en gyldig dato.", "The CPR number is invalid: it must be 10 digits (optionally with a dash after the first 6) starting with a valid date."),
        ["kommune.invalidCode"] = ("Kommunekoden skal være fire cifre.", "The municipality code must be four digits."),
        ["kommune.codeTaken"] = ("Der findes allerede en kommune med denne kode.", "A municipality with this code already exists."),
        ["kommune.invalidTimeZone"] = ("Tidszonen kendes ikke.", "The time zone is not known."),
        ["user.nameTaken"] = ("Brugernavnet er allerede i brug.", "The user name is already in use."),
        ["field.tooManyDecimals"] = ("Beløbet må højst have {0} decimaler.", "The amount may have at most {0} decimals."),
        ["organisation.invalidCode"] = ("Id'et må kun indeholde a-z, 0-9 og bindestreg (højst 64 tegn).", "The id may contain only a-z, 0-9 and hyphens (at most 64 characters)."),
        ["organisation.codeTaken"] = ("Id'et er allerede i brug i kommunen.", "The id is already in use in the municipality."),
        ["organisation.unknownLevel"] = ("Kompetenceniveauet {0} findes ikke i kommunen.", "The competence level {0} does not exist in the municipality."),
        ["organisation.unknownTeam"] = ("Teamet {0} findes ikke i kommunen.", "The team {0} does not exist in the municipality."),
        ["organisation.unknownUser"] = ("Brugeren {0} findes ikke i kommunen.", "The user {0} does not exist in the municipality."),
        ["organisation.substituteIsSelf"] = ("En bruger kan ikke være sin egen stedfortræder.", "A user cannot be their own substitute."),
        ["organisation.absenceOrder"] = ("Fraværet skal slutte efter det begynder.", "The absence must end after it begins."),
        ["kompetenceplan.priorityRequired"] = ("Med hitpolitik PRIORITY skal hver række have en prioritet.", "Under hit policy PRIORITY every row needs a priority."),
        ["kompetenceplan.defaultWithConditions"] = ("En standardrække (default) har ingen betingelser.", "A default row has no conditions."),
        ["kompetenceplan.ruleWithoutConditions"] = ("Rækken har ingen betingelser; gør den til standardrække (default) for typen.", "The row has no conditions; make it the type's default row."),
        ["kompetenceplan.duplicateDefault"] = ("{0} har allerede en standardrække.", "{0} already has a default row."),
        ["kompetenceplan.duplicateRuleId"] = ("Id'et {0} bruges af mere end én række.", "The id {0} is used by more than one row."),
        ["kompetenceplan.duplicateRecentralisation"] = ("{0} er allerede recentraliseret i denne plan.", "{0} is already re-centralised in this plan."),
        ["kompetenceplan.untilBeforeFrom"] = ("Slutdatoen ligger før startdatoen.", "The end date is before the start date."),
        ["kompetenceplan.intervalWithoutBound"] = ("Intervallet skal have \"above\" (over), \"upTo\" (højst) eller begge.", "The interval needs \"above\", \"upTo\" or both."),
        ["kompetenceplan.emptyInterval"] = ("\"upTo\" (højst) skal være større end \"above\" (over).", "\"upTo\" must be greater than \"above\"."),
        ["kompetenceplan.noDefaultRow"] = ("Foranstaltningstypen {0} har ingen standardrække (default), så nogle indstillinger ville ikke have et niveau.", "Measure type {0} has no default row, so some indstillinger would have no level."),
        ["kompetenceplan.gap"] = ("Intervallerne for {0} ({1}) efterlader et hul: over {2} og højst {3} er ikke dækket af nogen række.", "The intervals for {0} ({1}) leave a gap: above {2} and up to {3} is covered by no row."),
        ["kompetenceplan.overlap"] = ("Rækken overlapper rækken {0}: under hitpolitik UNIQUE må højst én række passe på en indstilling.", "The row overlaps row {0}: under hit policy UNIQUE at most one row may match an indstilling."),
        ["kompetenceplan.unknownLevel"] = ("Kompetenceniveauet {0} findes ikke i kommunen.", "The competence level {0} does not exist in the municipality."),
        ["kompetenceplan.unknownTeam"] = ("Teamet {0} findes ikke i kommunen.", "The team {0} does not exist in the municipality."),
        ["kompetenceplan.concurrentSave"] = ("En anden gemte en version samtidig. Hent planen og prøv igen.", "Someone else saved a version at the same time. Reload the plan and try again."),
        ["kompetenceplan.noRule"] = ("Kompetenceplanen har ingen række for {0}.", "The competence plan has no row for {0}."),
        ["workflow.notFound"] = ("Flowet, versionen eller instansen findes ikke.", "The flow, version or instance was not found."),
        ["workflow.bookmarkGone"] = ("Ventepunktet findes ikke længere; det er allerede genoptaget eller instansen er afsluttet.", "The bookmark no longer exists; it was already resumed or the instance has ended."),
        ["workflow.concurrentChange"] = ("Instansen blev ændret samtidig af en anden. Prøv igen.", "The instance was changed by someone else at the same time. Try again."),
        ["workflow.resumeRejected"] = ("Input blev afvist: {0}", "The input was refused: {0}"),
        ["workflow.invalidState"] = ("Instansens tilstand tillader det ikke: {0}", "The instance's state does not allow it: {0}"),
        ["workflow.notPublished"] = ("Flowet har ingen publiceret version.", "The flow has no published version."),
        ["definition.noDraft"] = ("Flowet har ingen kladde at publicere.", "The flow has no draft to publish."),
        ["definition.notPublished"] = ("Flowet har ingen publiceret version.", "The flow has no published version."),
        ["definition.invalidFormat"] = ("Definitionen kan ikke læses: {0}", "The definition cannot be read: {0}"),
        ["definition.idMismatch"] = ("definitionId i indholdet skal være {0}.", "definitionId in the body must be {0}."),
        ["idempotency.keyReused"] = ("Idempotensnøglen er allerede brugt til en anden forespørgsel.", "The idempotency key was already used for a different request."),
        ["migration.sameVersion"] = ("Målversionen skal være en anden end den nuværende.", "The target version must differ from the current one."),
        ["sag.cprOrDateOfBirth"] = ("Angiv CPR-nummer eller (forventet) fødselsdato.", "Give the CPR number or the (expected) date of birth."),
        ["sag.dateOfBirthMismatch"] = ("Fødselsdatoen passer ikke med CPR-nummeret.", "The date of birth does not match the CPR number."),
        ["sag.unbornWithCpr"] = ("Et ufødt barn har intet CPR-nummer.", "An unborn child has no CPR number."),
        ["sag.duplicate"] = ("Barnet har allerede en åben sag. Find den med personsøgningen.", "The child already has an open case. Find it with the person search."),
        ["sag.unknownCaseworker"] = ("{0} er ikke en rådgiver eller leder i kommunen.", "{0} is not a caseworker or leader in the municipality."),
        ["sag.unknownSibling"] = ("Søskendesagen findes ikke.", "The sibling's case was not found."),
        ["sag.searchCriteria"] = ("Søg på CPR-nummer, navn eller fødselsdato.", "Search by CPR number, name or date of birth."),
        ["sag.notTovholder"] = ("Kun sagens tovholder eller en leder kan overdrage sagen.", "Only the case's tovholder or a leader can hand the case over."),
        ["sag.handoverToSelf"] = ("Sagen er allerede hos denne tovholder.", "The case is already with this tovholder."),
        ["sag.noHandoverForYou"] = ("Sagen er ikke tilbudt dig.", "The case has not been offered to you."),
        ["document.tooLarge"] = ("Dokumentet må højst fylde {0} MB.", "The document may be at most {0} MB."),
        ["sag.flowNotPublished"] = ("Flowet {0} er ikke publiceret i kommunen.", "The flow {0} is not published in the municipality."),
        ["underretning.notifierRequired"] = ("En faglig eller privat underretter skal have et navn; vælg anonym, hvis underretteren er ukendt.", "A professional or private notifier needs a name; choose anonymous if the notifier is unknown."),
        ["underretning.anonymousWithName"] = ("En anonym underretning har intet navn på underretteren.", "An anonymous underretning has no notifier name."),
        ["underretning.awareAfterReceipt"] = ("Kommunen kan ikke være blevet bekendt efter modtagelsen.", "The municipality cannot have become aware after the receipt."),
        ["underretning.noChildren"] = ("Angiv mindst ét barn.", "Name at least one child."),
        ["underretning.unknownCase"] = ("Sagen findes ikke.", "The case was not found."),
        ["underretning.caseClosed"] = ("Sagen er lukket.", "The case is closed."),
        ["indstilling.endBeforeStart"] = ("Slutdatoen ligger før startdatoen.", "The end date is before the start date."),
        ["indstilling.goalRequired"] = ("Angiv mindst ét mål.", "Give at least one goal."),
        ["indstilling.tooManyGoals"] = ("Højst {0} mål.", "At most {0} goals."),
        ["indstilling.invalidCadence"] = ("Opfølgningen skrives som en periode, fx P6W, P3M eller P14D.", "The follow-up cadence is a period, e.g. P6W, P3M or P14D."),
        ["indstilling.notEditable"] = ("Indstillingen er indsendt og kan ikke ændres.", "The indstilling has been submitted and cannot be changed."),
        ["indstilling.alreadySubmitted"] = ("Indstillingen er allerede indsendt.", "The indstilling has already been submitted."),
        ["indstilling.noPlan"] = ("Kommunen har ingen kompetenceplan i kraft.", "The municipality has no competence plan in force."),
        ["indstilling.gateUnmet"] = ("Kravet {0} er ikke opfyldt.", "The requirement {0} is not met."),
        ["indstilling.awaitsMeeting"] = ("Indstillingen afgøres på et møde i forummet.", "The indstilling is decided at the forum's meeting."),
        ["indstilling.notAwaitingDecision"] = ("Indstillingen venter ikke på en afgørelse.", "The indstilling is not awaiting a decision."),
        ["indstilling.notYourLevel"] = ("Afgørelsen træffes af {0}; du har ikke det kompetenceniveau og er ikke stedfortræder for en, der har.", "The decision belongs to {0}; you do not hold that level and are not the substitute of someone who does."),
        ["undersoegelse.duplicateSection"] = ("Afsnittet står allerede i undersøgelsen.", "The section is already in the undersøgelse."),
        ["undersoegelse.unknownDocument"] = ("Dokumentet findes ikke på sagen.", "The document is not on the case."),
        ["resource.notFound"] = ("{0} findes ikke.", "{0} was not found."),
        ["server.error"] = ("Der skete en uventet fejl. Fejlen er logget med id {0}.", "An unexpected error occurred. It was logged with id {0}."),
    };

    public static string Get(string code, params object[] args)
    {
        if (!Texts.TryGetValue(code, out var text)) return code;
        var template = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? text.En : text.Da;
        return args.Length == 0 ? template : string.Format(CultureInfo.CurrentCulture, template, args);
    }

    public static ProblemError Error(string path, string code, params object[] args) => new(path, code, Get(code, args));
}
