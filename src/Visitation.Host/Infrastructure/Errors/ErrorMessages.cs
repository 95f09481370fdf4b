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
