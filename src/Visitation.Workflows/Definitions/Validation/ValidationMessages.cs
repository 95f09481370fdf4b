using System.Globalization;
using Visitation.Workflows.Descriptors;

namespace Visitation.Workflows.Definitions.Validation;

/// <summary>The stable codes of validation findings.</summary>
public static class ValidationCodes
{
    public const string UnknownType = "activity.unknownType";
    public const string UnknownVersion = "activity.unknownVersion";
    public const string DuplicateId = "activity.duplicateId";
    public const string RequiredInput = "input.required";
    public const string MissingSource = "connection.missingSource";
    public const string MissingTarget = "connection.missingTarget";
    public const string UnknownSourcePort = "connection.unknownSourcePort";
    public const string UnknownTargetPort = "connection.unknownTargetPort";
    public const string NoEntry = "flowchart.noEntry";
    public const string StartNotFound = "flowchart.startNotFound";
    public const string InvalidJavaScript = "expression.invalidJavaScript";
    public const string InvalidJson = "expression.invalidJson";
    public const string InvalidCron = "cron.invalid";
    public const string InvalidDuration = "duration.invalid";
    public const string Unreachable = "activity.unreachable";
    public const string LoopWithoutBlocking = "flowchart.loopWithoutBlocking";
}

/// <summary>Danish and English message templates by code; <c>{0}</c>, <c>{1}</c>, ... are filled in.</summary>
public static class ValidationMessages
{
    private static readonly Dictionary<string, (string Da, string En)> Templates = new()
    {
        [ValidationCodes.UnknownType] = ("Ukendt aktivitetstype '{0}'.", "Unknown activity type '{0}'."),
        [ValidationCodes.UnknownVersion] = ("Aktivitetstypen '{0}' findes ikke i version {1}.", "Activity type '{0}' has no version {1}."),
        [ValidationCodes.DuplicateId] = ("Aktivitets-id'et '{0}' bruges mere end én gang.", "Activity id '{0}' is used more than once."),
        [ValidationCodes.RequiredInput] = ("Feltet '{0}' på aktiviteten '{1}' skal udfyldes.", "Input '{0}' of activity '{1}' is required."),
        [ValidationCodes.MissingSource] = ("Forbindelsen starter i aktiviteten '{0}', som ikke findes.", "The connection starts at activity '{0}', which does not exist."),
        [ValidationCodes.MissingTarget] = ("Forbindelsen går til aktiviteten '{0}', som ikke findes.", "The connection goes to activity '{0}', which does not exist."),
        [ValidationCodes.UnknownSourcePort] = ("Aktiviteten '{0}' ({1}) har intet udfald '{2}'.", "Activity '{0}' ({1}) has no outcome '{2}'."),
        [ValidationCodes.UnknownTargetPort] = ("Forbindelsen går ind i porten '{0}' på aktiviteten '{1}'; den eneste indgang er 'In'.", "The connection enters port '{0}' of activity '{1}'; the only input port is 'In'."),
        [ValidationCodes.NoEntry] = ("Flowchartet '{0}' har ingen startaktivitet: ingen 'start', ingen Start-aktivitet og ingen aktivitet uden indgående forbindelser.", "Flowchart '{0}' has no entry activity: no 'start', no Start activity and no activity without inbound connections."),
        [ValidationCodes.StartNotFound] = ("Startaktiviteten '{0}' findes ikke i flowchartet '{1}'.", "The start activity '{0}' does not exist in flowchart '{1}'."),
        [ValidationCodes.InvalidJavaScript] = ("Ugyldig JavaScript i '{0}': {1}", "Invalid JavaScript in '{0}': {1}"),
        [ValidationCodes.InvalidJson] = ("Ugyldig JSON i '{0}': {1}", "Invalid JSON in '{0}': {1}"),
        [ValidationCodes.InvalidCron] = ("Fejl ved fortolkning af cron-udtrykket: {0}", "Error when parsing cron expression: {0}"),
        [ValidationCodes.InvalidDuration] = ("'{0}' er ikke en gyldig varighed eller dato (ISO 8601 som PT5M eller P1M, tidsrum som 00:01:00, eller en dato).", "'{0}' is not a valid duration or date (ISO 8601 such as PT5M or P1M, a time span such as 00:01:00, or a date)."),
        [ValidationCodes.Unreachable] = ("Aktiviteten '{0}' kan ikke nås fra startaktiviteten.", "Activity '{0}' cannot be reached from the entry activity."),
        [ValidationCodes.LoopWithoutBlocking] = ("Løkken gennem {0} indeholder ingen ventende aktivitet og kan køre uden ophold.", "The loop through {0} contains no blocking activity and can run without pause."),
    };

    public static IReadOnlyCollection<string> Codes => Templates.Keys;

    public static LocalizedText Format(string code, params object?[] arguments)
    {
        var (da, en) = Templates[code];
        return new LocalizedText(
            string.Format(CultureInfo.InvariantCulture, da, arguments),
            string.Format(CultureInfo.InvariantCulture, en, arguments));
    }
}
