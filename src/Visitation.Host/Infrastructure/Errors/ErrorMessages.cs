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
        ["tasks.leadersOnly"] = ("Kun ledere og administratorer kan dette.", "Only leaders and administrators can do this."),
        ["tasks.notCandidate"] = ("Du er ikke blandt dem, der kan tage denne opgave.", "You are not among those who may take this task."),
        ["tasks.notYours"] = ("Opgaven er ikke din.", "The task is not yours."),
        ["tasks.taken"] = ("Opgaven er allerede taget af {0}.", "The task has already been taken by {0}."),
        ["tasks.notTaken"] = ("Ingen har opgaven.", "Nobody has the task."),
        ["tasks.closed"] = ("Opgaven er afsluttet ({0}).", "The task is closed ({0})."),
        ["tasks.changed"] = ("Opgaven blev ændret samtidig af en anden. Hent den igen og prøv igen.", "The task was changed by someone else at the same time. Reload it and try again."),
        ["tasks.userAbsent"] = ("{0} er fraværende.", "{0} is absent."),
        ["tasks.userNotCandidate"] = ("{0} er ikke blandt dem, der kan tage opgaven.", "{0} is not among those who may take the task."),
        ["tasks.formUnknownField"] = ("Formularen har ikke dette felt.", "The form has no such field."),
        ["tasks.formNotAllowed"] = ("Værdien er ikke en af formularens tilladte værdier.", "The value is not one the form allows."),
        ["tasks.formWrongType"] = ("Feltet har en forkert type; forventet: {0}.", "The field has the wrong type; expected: {0}."),
        ["tasks.formOutOfRange"] = ("Værdien er uden for det tilladte ({0}).", "The value is outside what is allowed ({0})."),
        ["tasks.formInvalid"] = ("Værdien passer ikke til formularen ({0}).", "The value does not fit the form ({0})."),
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
        ["forum.levelNotForum"] = ("Kompetenceniveauet {0} er ikke et forum.", "The competence level {0} is not a forum."),
        ["forum.hasItems"] = ("Forummet har haft punkter på dagsordenen og kan ikke slettes.", "The forum has had items on its agenda and cannot be removed."),
        ["meeting.invalidRange"] = ("Perioden skal slutte efter den begynder og må højst være {0} dage.", "The period must end after it begins and span at most {0} days."),
        ["meeting.noneAvailable"] = ("Forummet har intet møde med plads inden for de næste {0} møder.", "The forum has no meeting with room within the next {0} meetings."),
        ["meeting.invalidTransition"] = ("Mødet er {0} og kan ikke blive {1}.", "The meeting is {0} and cannot become {1}."),
        ["provider.nameTaken"] = ("Der findes allerede en leverandør med dette navn.", "A provider with this name already exists."),
        ["provider.invalidCvr"] = ("CVR-nummeret skal være 8 cifre.", "The CVR number must be 8 digits."),
        ["provider.unknown"] = ("Leverandøren findes ikke i kommunens tilbudskatalog.", "The provider is not in the municipality's offer catalogue."),
        ["import.empty"] = ("Filen skal have en overskriftslinje og mindst én linje med et tilbud.", "The file needs a header line and at least one line with an offer."),
        ["import.tooManyLines"] = ("Filen må højst have {0} linjer med tilbud.", "The file may have at most {0} lines with offers."),
        ["import.tooLarge"] = ("Filen må højst fylde {0} KB.", "The file may be at most {0} KB."),
        ["import.unknownColumn"] = ("Ukendt kolonne \"{0}\". Kendte kolonner: {1}", "Unknown column \"{0}\". Known columns: {1}"),
        ["import.duplicateColumn"] = ("Kolonnen \"{0}\" står der flere gange.", "The column \"{0}\" appears more than once."),
        ["import.missingColumn"] = ("Kolonnen {0} ({1}) mangler.", "The column {0} ({1}) is missing."),
        ["import.wrongFieldCount"] = ("Linjen skal have {0} felter adskilt af semikolon, men har {1}.", "The line must have {0} fields separated by semicolons but has {1}."),
        ["import.concurrentChange"] = ("Kataloget blev ændret samtidig af en anden. Prøv igen.", "The catalogue was changed by someone else at the same time. Try again."),
        ["import.duplicateLine"] = ("Samme leverandør og tilbud står også i linje {0}.", "The same provider and offer are also on line {0}."),
        ["projection.endBeforeStart"] = ("Datoen ligger før startdatoen.", "The date is before the start date."),
        ["projection.horizonRequired"] = ("Uden slutdato skal der angives en horisont (sidste dag der regnes med).", "Without an end date, give a horizon (the last day to count)."),
        ["projection.tooLong"] = ("Perioden må højst være {0} år.", "The period may be at most {0} years."),
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
