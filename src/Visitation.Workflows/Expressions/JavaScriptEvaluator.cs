using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Jint;
using Jint.Native;
using Jint.Runtime;
using Jint.Runtime.Interop;

namespace Visitation.Workflows.Expressions;

/// <summary>Runs JavaScript expressions through Jint in a sandbox.</summary>
/// <remarks>
/// Each evaluation gets a fresh engine in strict mode with no CLR access: values cross the boundary only as
/// JSON, and the only host functions are <c>getX()</c>/<c>setX(v)</c> per variable, <c>getX()</c> per
/// workflow input, <c>getVariable(name)</c>, <c>setVariable(name, v)</c>, <c>getInput(name)</c>,
/// <c>getCorrelationId()</c>, <c>getWorkflowInstanceId()</c> and <c>getWorkflowDefinitionId()</c>.
/// A source with a top-level <c>return</c> is wrapped in a function; otherwise the value of the last
/// expression is the result. Limits: see <see cref="JavaScriptOptions"/>; hitting one throws
/// <see cref="ExpressionSandboxException"/>.
/// </remarks>
public sealed class JavaScriptEvaluator(JavaScriptOptions options)
{
    static readonly Regex Identifier = new("^[A-Za-z_$][A-Za-z0-9_$]*$", RegexOptions.Compiled);
    static readonly HashSet<string> Reserved = ["Variable", "Input", "CorrelationId", "WorkflowInstanceId", "WorkflowDefinitionId"];
    // Names a script uses to reach .NET through an engine with CLR interop (here they do not exist).
    static readonly Regex HostAccess = new(@"^(importNamespace|System|clr|host|xHost|Microsoft|require) is not defined|\b(GetType|GetMethod|Assembly)\b", RegexOptions.Compiled);

    const string Elsa2Shims = """
        var Duration = Object.freeze({
          FromMilliseconds: function (n) { return 'PT' + (n / 1000) + 'S'; },
          FromSeconds: function (n) { return 'PT' + n + 'S'; },
          FromMinutes: function (n) { return 'PT' + n + 'M'; },
          FromHours: function (n) { return 'PT' + n + 'H'; },
          FromDays: function (n) { return 'P' + n + 'D'; }
        });
        """;

    public JavaScriptOptions Options { get; } = options;

    /// <summary>Evaluates <paramref name="source"/> and converts the result to JSON.</summary>
    public JsonNode? Evaluate(string source, ExpressionScope scope) =>
        Run(source, scope, (engine, value) => ToNode(engine, value));

    /// <summary>Evaluates <paramref name="source"/> and applies JavaScript truthiness (for decisions).</summary>
    public bool EvaluateTruthy(string source, ExpressionScope scope) =>
        Run(source, scope, (_, value) => TypeConverter.ToBoolean(value));

    T Run<T>(string source, ExpressionScope scope, Func<Engine, JsValue, T> project)
    {
        using var engine = CreateEngine(scope);
        try
        {
            var value = engine.Evaluate(Prepare(source));
            return project(engine, value);
        }
        catch (Exception e) when (Translate(e, scope.ActivityId) is { } translated)
        {
            throw translated;
        }
    }

    Engine CreateEngine(ExpressionScope scope)
    {
        var engine = new Engine(o =>
        {
            o.Strict();
            o.TimeoutInterval(Options.Timeout);
            o.LimitMemory(Options.MemoryLimitBytes);
            o.MaxStatements(Options.MaxStatements);
            o.LimitRecursion(Options.MaxRecursionDepth);
            o.Constraints.MaxArraySize = Options.MaxArraySize;
            o.Constraints.RegexTimeout = Options.RegexTimeout;
        });

        Define(engine, "getVariable", args => Get(engine, scope.Variables, Arg(args, 0)));
        Define(engine, "setVariable", args => Set(engine, scope, Arg(args, 0), args.Length > 1 ? args[1] : JsValue.Undefined));
        Define(engine, "getInput", args => Get(engine, scope.Input, Arg(args, 0)));
        Define(engine, "getCorrelationId", _ => scope.CorrelationId ?? JsValue.Null);
        Define(engine, "getWorkflowInstanceId", _ => scope.WorkflowInstanceId ?? JsValue.Null);
        Define(engine, "getWorkflowDefinitionId", _ => scope.DefinitionId ?? JsValue.Null);
        foreach (var name in scope.Input.Keys.Where(n => Identifier.IsMatch(n) && !Reserved.Contains(n)))
            Define(engine, "get" + name, _ => Get(engine, scope.Input, name));
        foreach (var name in scope.Variables.Keys.ToList().Where(n => Identifier.IsMatch(n) && !Reserved.Contains(n)))
        {
            Define(engine, "get" + name, _ => Get(engine, scope.Variables, name));
            Define(engine, "set" + name, args => Set(engine, scope, name, args.Length > 0 ? args[0] : JsValue.Undefined));
        }
        if (Options.Elsa2Shims) engine.Execute(Elsa2Shims);
        return engine;
    }

    static string Prepare(string source)
    {
        try
        {
            Engine.PrepareScript(source, strict: true);
            return source;
        }
        catch (Exception) when (source.Contains("return", StringComparison.Ordinal))
        {
            // A top-level return is a syntax error in a script: run the body as a function instead.
            return "(function () {\n" + source + "\n})()";
        }
        catch (Exception)
        {
            return source; // let evaluation report the syntax error
        }
    }

    static void Define(Engine engine, string name, Func<JsValue[], JsValue> body) =>
        engine.SetValue(name, new ClrFunction(engine, name, (_, args) => body(args)));

    static string Arg(JsValue[] args, int i) => args.Length > i ? args[i].ToString() : "";

    static JsValue Get(Engine engine, IEnumerable<KeyValuePair<string, JsonNode?>> source, string name)
    {
        foreach (var (key, value) in source)
            if (key == name) return FromNode(engine, value);
        return JsValue.Undefined;
    }

    static JsValue Set(Engine engine, ExpressionScope scope, string name, JsValue value)
    {
        scope.Variables[name] = ToNode(engine, value);
        return JsValue.Undefined;
    }

    /// <summary>JSON → JS through Jint's own JSON parser, so no CLR object is ever exposed.</summary>
    static JsValue FromNode(Engine engine, JsonNode? node) =>
        node is null ? JsValue.Null : new Jint.Native.Json.JsonParser(engine).Parse(node.ToJsonString());

    static JsonNode? ToNode(Engine engine, JsValue value)
    {
        if (value.IsUndefined() || value.IsNull()) return null;
        var json = new Jint.Native.Json.JsonSerializer(engine).Serialize(value);
        return json.IsUndefined() ? null : JsonNode.Parse(json.ToString());
    }

    static Exception? Translate(Exception e, string? activityId) => e switch
    {
        ExpressionException => null,
        RegexMatchTimeoutException => new ExpressionSandboxException(SandboxLimit.RegexTimeout, activityId, "a regular expression ran longer than allowed.", e),
        System.TimeoutException => new ExpressionSandboxException(SandboxLimit.Timeout, activityId, "the script ran longer than allowed.", e),
        MemoryLimitExceededException m when m.Message.Contains("array", StringComparison.OrdinalIgnoreCase) =>
            new ExpressionSandboxException(SandboxLimit.ArraySize, activityId, m.Message, e),
        MemoryLimitExceededException => new ExpressionSandboxException(SandboxLimit.Memory, activityId, "the script allocated more memory than allowed.", e),
        StatementsCountOverflowException => new ExpressionSandboxException(SandboxLimit.Statements, activityId, "the script executed more statements than allowed.", e),
        RecursionDepthOverflowException => new ExpressionSandboxException(SandboxLimit.Recursion, activityId, "the script nested calls deeper than allowed.", e),
        JavaScriptException js when js.Error.ToString().Contains("Invalid array length", StringComparison.Ordinal) =>
            new ExpressionSandboxException(SandboxLimit.ArraySize, activityId, js.Message, e),
        JavaScriptException js when HostAccess.IsMatch(js.Message) =>
            new ExpressionSandboxException(SandboxLimit.HostAccess, activityId, $"scripts cannot reach .NET types ({js.Message}).", e),
        JavaScriptException js => new ExpressionException($"Script error{At(activityId)}: {js.Message}", activityId, e),
        Acornima.ParseErrorException => new ExpressionException($"Script error{At(activityId)}: {e.Message}", activityId, e),
        JintException => new ExpressionException($"Script error{At(activityId)}: {e.Message}", activityId, e),
        _ => null,
    };

    static string At(string? activityId) => activityId is null ? "" : $" in activity '{activityId}'";
}
