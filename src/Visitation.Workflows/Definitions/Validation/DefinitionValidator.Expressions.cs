using System.Text.Json;
using Acornima;
using Cronos;
using Visitation.Workflows.Descriptors;

namespace Visitation.Workflows.Definitions.Validation;

public sealed partial class DefinitionValidator
{
    /// <summary>Inputs checked as cron expressions: (activity type, input name).</summary>
    private static readonly HashSet<(string Type, string Input)> CronInputs =
    [
        (WellKnownActivityTypes.Cron, "cronExpression"),
    ];

    /// <summary>Inputs checked as Delay/Timer literals (ISO 8601 duration or period, TimeSpan, or date).</summary>
    private static readonly HashSet<(string Type, string Input)> DurationInputs =
    [
        (WellKnownActivityTypes.Delay, "timeSpan"),
        (WellKnownActivityTypes.Delay, "duration"),
        (WellKnownActivityTypes.Delay, "dateTime"),
        (WellKnownActivityTypes.Timer, "interval"),
    ];

    private static readonly ParserOptions JavaScriptOptions = new()
    {
        AllowReturnOutsideFunction = true,
        EcmaVersion = EcmaVersion.Latest,
    };

    private static void ValidateExpressions(ActivityNode node, ActivityDescriptor? descriptor, string path, Findings findings)
    {
        foreach (var (name, input) in node.Inputs)
        {
            if (input?.Expression is not { } expression) continue;
            var valuePath = $"{path}/{Escape(name)}/expression/value";
            var uiHint = descriptor?.FindInput(name)?.UiHint;

            switch (expression.Type)
            {
                case ExpressionTypes.JavaScript:
                    if (CheckJavaScript(expression.ValueAsString()) is { } jsError)
                        findings.Error(ValidationCodes.InvalidJavaScript, valuePath, node.Id, null, name, jsError);
                    break;
                case ExpressionTypes.Object or ExpressionTypes.Json:
                    if (expression.Value is { } v && v.GetValueKind() == JsonValueKind.String && CheckJson(v.GetValue<string>()) is { } jsonError)
                        findings.Error(ValidationCodes.InvalidJson, valuePath, node.Id, null, name, jsonError);
                    break;
                case ExpressionTypes.Literal:
                    var text = expression.ValueAsString();
                    if (string.IsNullOrEmpty(text)) break;
                    if (CronInputs.Contains((node.Type, name)) || uiHint == UiHints.Cron)
                    {
                        if (CheckCron(text) is { } cronError)
                            findings.Error(ValidationCodes.InvalidCron, valuePath, node.Id, null, cronError);
                    }
                    else if (DurationInputs.Contains((node.Type, name)) || uiHint == UiHints.Duration)
                    {
                        if (!DurationLiteral.TryParse(text, out _))
                            findings.Error(ValidationCodes.InvalidDuration, valuePath, node.Id, null, text);
                    }
                    break;
            }
        }
    }

    /// <summary>Parses a script as Elsa runs it (a bare expression or statements with a top-level <c>return</c>); null when valid.</summary>
    public static string? CheckJavaScript(string? script)
    {
        if (string.IsNullOrWhiteSpace(script)) return null;
        try
        {
            new Parser(JavaScriptOptions).ParseScript(script);
            return null;
        }
        catch (ParseErrorException e)
        {
            return e.Message;
        }
    }

    /// <summary>Parses a 6-field cron expression (with seconds) with Cronos; null when valid, else Cronos' message.</summary>
    public static string? CheckCron(string expression)
    {
        try
        {
            CronExpression.Parse(expression, CronFormat.IncludeSeconds);
            return null;
        }
        catch (CronFormatException e)
        {
            return e.Message;
        }
    }

    private static string? CheckJson(string text)
    {
        try
        {
            using var _ = JsonDocument.Parse(text);
            return null;
        }
        catch (JsonException e)
        {
            return e.Message;
        }
    }
}
