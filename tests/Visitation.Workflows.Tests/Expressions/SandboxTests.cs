using System.Text.Json.Nodes;
using Visitation.Workflows.Expressions;

namespace Visitation.Workflows.Tests.Expressions;

public class SandboxTests
{
    readonly ExpressionEvaluator _evaluator = new(new JavaScriptEvaluator(new JavaScriptOptions
    {
        Timeout = TimeSpan.FromSeconds(2),
        MaxStatements = 1_000_000,
        MemoryLimitBytes = 4 * 1024 * 1024,
    }), new LiquidEvaluator());

    static ExpressionScope Scope() => new(new Dictionary<string, JsonNode?>()) { ActivityId = "Script1" };

    ExpressionSandboxException Escape(string script) =>
        Assert.Throws<ExpressionSandboxException>(() => _evaluator.Evaluate<object>("JavaScript", script, Scope()));

    [Fact]
    public void Should_stop_an_endless_loop()
    {
        var e = Escape("while (true) { }");
        Assert.True(e.Limit is SandboxLimit.Timeout or SandboxLimit.Statements);
        Assert.Equal("Script1", e.ActivityId);
        Assert.Contains("Script1", e.Message);
    }

    [Fact]
    public void Should_stop_too_many_statements()
    {
        var evaluator = new JavaScriptEvaluator(new JavaScriptOptions { MaxStatements = 100 });
        var e = Assert.Throws<ExpressionSandboxException>(() => evaluator.Evaluate("for (var i = 0; i < 1000; i++) { }", Scope()));
        Assert.Equal(SandboxLimit.Statements, e.Limit);
    }

    [Fact]
    public void Should_stop_an_allocation_loop()
    {
        var e = Escape("var a = []; while (true) { a.push(new Array(50000).fill(1)); }");
        Assert.Equal(SandboxLimit.Memory, e.Limit);
    }

    [Fact]
    public void Should_stop_huge_arrays()
    {
        var e = Escape("new Array(10000000).fill(0)");
        Assert.True(e.Limit is SandboxLimit.ArraySize or SandboxLimit.Memory, e.Limit.ToString());
    }

    [Fact]
    public void Should_stop_deep_recursion()
    {
        var e = Escape("function f(n) { return f(n + 1); } f(0)");
        Assert.Equal(SandboxLimit.Recursion, e.Limit);
    }

    [Fact]
    public void Should_stop_catastrophic_regular_expressions()
    {
        var e = Escape("/(a+)+$/.test('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!')");
        Assert.True(e.Limit is SandboxLimit.RegexTimeout or SandboxLimit.Timeout, e.Limit.ToString());
    }

    [Theory]
    [InlineData("importNamespace('System.IO').File.ReadAllText('/etc/passwd')")]
    [InlineData("System.IO.File.ReadAllText('/etc/passwd')")]
    [InlineData("clr.System.Environment.Exit(1)")]
    [InlineData("getVariable('x').GetType().Assembly")]
    public void Should_refuse_access_to_dotnet_types(string script)
    {
        var e = Escape(script);
        Assert.Equal(SandboxLimit.HostAccess, e.Limit);
    }

    [Fact]
    public void Should_report_ordinary_reference_errors_as_script_errors()
    {
        var e = Assert.Throws<ExpressionException>(() => _evaluator.Evaluate<object>("JavaScript", "ghost + 1", Scope()));
        Assert.IsNotType<ExpressionSandboxException>(e);
    }

    [Fact]
    public void Should_not_expose_host_functions_as_dotnet_objects()
    {
        var result = _evaluator.Evaluate<string>("JavaScript", "typeof getVariable.GetType", Scope());
        Assert.Equal("undefined", result);
    }

    [Fact]
    public void Should_run_in_strict_mode()
    {
        Assert.Throws<ExpressionException>(() => _evaluator.Evaluate<object>("JavaScript", "undeclared = 1", Scope()));
    }
}
