using System.Text.Json.Nodes;
using Visitation.Workflows.Expressions;

namespace Visitation.Workflows.Tests.Expressions;

public class ExpressionEvaluatorTests
{
    readonly ExpressionEvaluator _evaluator = new();

    static ExpressionScope Scope(params (string Name, JsonNode? Value)[] variables) =>
        new(variables.ToDictionary(v => v.Name, v => v.Value), new Dictionary<string, JsonNode?> { ["Message"] = "Hi" })
        { CorrelationId = "case-1", WorkflowInstanceId = "wf-1", ActivityId = "A1" };

    [Fact]
    public void Should_convert_literals_to_the_input_type()
    {
        var scope = Scope();
        Assert.Equal("Hello", _evaluator.Evaluate<string>("Literal", "Hello", scope));
        Assert.Equal(42, _evaluator.Evaluate<int>("Literal", 42, scope));
        Assert.Equal(0, _evaluator.Evaluate<int>("Literal", "0", scope));
        Assert.False(_evaluator.Evaluate<bool>("Literal", false, scope));
        Assert.True(_evaluator.Evaluate<bool>("Literal", "true", scope));
        Assert.Equal(TimeSpan.FromMinutes(1), _evaluator.Evaluate<TimeSpan>("Literal", "00:01:00", scope));
        Assert.Equal(TimeSpan.FromDays(1), _evaluator.Evaluate<TimeSpan>("Literal", "P1D", scope));
        Assert.Equal(TimeSpan.FromMinutes(5), _evaluator.Evaluate<TimeSpan>("Literal", "PT5M", scope));
        Assert.Equal(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero),
            _evaluator.Evaluate<DateTimeOffset>("Literal", "2026-01-02T03:04:05Z", scope));
        Assert.Equal("42", _evaluator.Evaluate<string>("Literal", 42, scope));
    }

    [Fact]
    public void Should_parse_json_inside_a_string_for_object_expressions()
    {
        var branches = _evaluator.Evaluate<string[]>("Object", "[\"One\",\"Two\",\"Three\"]", Scope());
        Assert.Equal(["One", "Two", "Three"], branches!);
        var node = _evaluator.Evaluate<JsonNode>("Object", "{\"a\":1}", Scope());
        Assert.Equal(1, node!["a"]!.GetValue<int>());
    }

    [Fact]
    public void Should_read_variables_by_name_or_id()
    {
        var scope = new ExpressionScope(new Dictionary<string, JsonNode?> { ["Counter"] = 3 })
        { VariableNamesById = new Dictionary<string, string> { ["v1"] = "Counter" } };
        Assert.Equal(3, _evaluator.Evaluate<int>("Variable", "Counter", scope));
        Assert.Equal(3, _evaluator.Evaluate<int>("Variable", "v1", scope));
    }

    [Fact]
    public void Should_evaluate_javascript_bare_expressions_and_top_level_returns()
    {
        var scope = Scope(("Counter", 1));
        Assert.Equal(2, _evaluator.Evaluate<int>("JavaScript", "getCounter() + 1", scope));
        Assert.False(_evaluator.Evaluate<bool>("JavaScript", "return false;", scope));
        Assert.True(_evaluator.Evaluate<bool>("JavaScript", "true", scope));
        Assert.Equal("Child received: Hi", _evaluator.Evaluate<string>("JavaScript", "`Child received: ${getMessage()}`", scope));
        Assert.Equal("Hi", _evaluator.Evaluate<string>("JavaScript", "getInput('Message')", scope));
        Assert.Equal("case-1", _evaluator.Evaluate<string>("JavaScript", "getCorrelationId()", scope));
        var obj = _evaluator.Evaluate<JsonNode>("JavaScript", "({ Message: 'Hello from parent' })", scope);
        Assert.Equal("Hello from parent", obj!["Message"]!.GetValue<string>());
        Assert.Equal(3, _evaluator.Evaluate<int>("JavaScript", "[1,2].map(function (x) { return x; }).length + 1", scope));
    }

    [Fact]
    public void Should_apply_javascript_truthiness_to_decisions()
    {
        var scope = Scope(("Counter", 2));
        Assert.True(_evaluator.Evaluate<bool>("JavaScript", "getCounter() > 1", scope));
        Assert.False(_evaluator.Evaluate<bool>("JavaScript", "''", scope));
        Assert.True(_evaluator.Evaluate<bool>("JavaScript", "'x'", scope));
        Assert.False(_evaluator.Evaluate<bool>("JavaScript", "0", scope));
        Assert.True(_evaluator.Evaluate<bool>("JavaScript", "({})", scope));
        Assert.False(_evaluator.Evaluate<bool>("JavaScript", "null", scope));
    }

    [Fact]
    public void Should_write_variables_from_javascript()
    {
        var scope = Scope(("Counter", 1));
        _evaluator.Evaluate<object>("JavaScript", "setCounter(getCounter() + 41); setVariable('Other', { a: [1, 2] });", scope);
        Assert.Equal(42, scope.Variables["Counter"]!.GetValue<int>());
        Assert.Equal("{\"a\":[1,2]}", scope.Variables["Other"]!.ToJsonString());
    }

    [Fact]
    public void Should_render_liquid_with_variables_as_the_model()
    {
        var scope = Scope(("Name", "Ada"));
        var text = _evaluator.Evaluate<string>("Liquid", "Hello {{ Name }} in {{ WorkflowInstanceId }}", scope);
        Assert.Equal("Hello Ada in wf-1", text);
    }

    [Fact]
    public void Should_render_nested_values_and_lists_in_liquid()
    {
        var scope = Scope(("Sag", JsonNode.Parse("""{"nr":"S-1","boern":[{"navn":"Ada"},{"navn":"Bo"}]}""")));
        var text = _evaluator.Evaluate<string>("Liquid", "{{ Sag.nr }}:{% for b in Sag.boern %} {{ b.navn }}{% endfor %}", scope);
        Assert.Equal("S-1: Ada Bo", text);
    }

    [Fact]
    public void Should_report_script_errors_as_expression_exceptions_naming_the_activity()
    {
        var e = Assert.Throws<ExpressionException>(() => _evaluator.Evaluate<int>("JavaScript", "undefinedFn()", Scope()));
        Assert.Equal("A1", e.ActivityId);
        Assert.Contains("A1", e.Message);
        Assert.Throws<ExpressionException>(() => _evaluator.Evaluate<int>("CSharp", "1", Scope()));
    }

    [Fact]
    public void Should_provide_the_elsa2_duration_shim()
    {
        Assert.Equal(TimeSpan.FromSeconds(10), _evaluator.Evaluate<TimeSpan>("JavaScript", "Duration.FromSeconds(10)", Scope()));
    }
}
