using Visitation.Workflows.Definitions.Validation;
using Visitation.Workflows.Tests.Support;
using static Visitation.Workflows.Tests.Support.DefinitionBuilder;

namespace Visitation.Workflows.Tests.Definitions;

public sealed class ExpressionValidationTests
{
    private readonly DefinitionValidator _validator = new(TestRegistry.Create());

    [Theory]
    [InlineData("return false;")]
    [InlineData("true")]
    [InlineData("getCounter() + 1")]
    [InlineData("`Child received: ${getMessage()}`")]
    [InlineData("({ Message: 'Hello from parent' })")]
    [InlineData("const x = getA(); if (x > 1) { return 'big'; } return 'small';")]
    public void Should_accept_javascript_when_it_parses(string script)
    {
        // Arrange
        var definition = Flowchart(Activity("w", "Elsa.WriteLine", Script("text", "JavaScript", script)));

        // Act
        var result = _validator.Validate(definition);

        // Assert
        Assert.Empty(result.Errors);
    }

    [Theory]
    [InlineData("return (;")]
    [InlineData("getCounter( + 1")]
    [InlineData("`unterminated")]
    public void Should_report_invalid_javascript_with_the_expression_path(string script)
    {
        // Arrange
        var definition = Flowchart(Activity("w", "Elsa.WriteLine", Script("text", "JavaScript", script)));

        // Act
        var error = Assert.Single(_validator.Validate(definition).Errors);

        // Assert
        Assert.Equal((ValidationCodes.InvalidJavaScript, "/root/activities/0/text/expression/value", "w"), (error.Code, error.Path, error.ActivityId));
        Assert.StartsWith("Invalid JavaScript in 'text': ", error.Message.En);
    }

    [Fact]
    public void Should_not_execute_javascript_when_validating()
    {
        // Arrange: an endless loop parses fine and must not hang the validator.
        var definition = Flowchart(Activity("w", "Elsa.WriteLine", Script("text", "JavaScript", "while (true) {}")));

        // Act
        var result = _validator.Validate(definition);

        // Assert
        Assert.Empty(result.Errors);
    }

    [Fact]
    public void Should_report_invalid_json_in_an_object_expression()
    {
        // Arrange
        var definition = Flowchart(Activity("f", "Elsa.FlowFork", Script("branches", "Object", "[\"One\",")));

        // Act
        var error = Assert.Single(_validator.Validate(definition).Errors);

        // Assert
        Assert.Equal((ValidationCodes.InvalidJson, "/root/activities/0/branches/expression/value", "f"), (error.Code, error.Path, error.ActivityId));
    }

    [Theory]
    [InlineData("0 0 * * * *")]
    [InlineData("0 0 9 * * MON-FRI")]
    [InlineData("*/30 * * * * *")]
    public void Should_accept_six_field_cron_expressions(string cron)
    {
        // Arrange
        var definition = Flowchart(Activity("c", "Elsa.Cron", Literal("cronExpression", $"\"{cron}\"")));

        // Act
        var result = _validator.Validate(definition);

        // Assert
        Assert.Empty(result.Errors);
    }

    [Theory]
    [InlineData("0 9 * * MON-FRI")]
    [InlineData("BadCronExpression")]
    [InlineData("0 0 25 * * *")]
    public void Should_report_invalid_cron_when_not_six_valid_fields(string cron)
    {
        // Arrange
        var definition = Flowchart(Activity("c", "Elsa.Cron", Literal("cronExpression", $"\"{cron}\"")));

        // Act
        var error = Assert.Single(_validator.Validate(definition).Errors);

        // Assert
        Assert.Equal((ValidationCodes.InvalidCron, "/root/activities/0/cronExpression/expression/value", "c"), (error.Code, error.Path, error.ActivityId));
        Assert.StartsWith("Error when parsing cron expression: ", error.Message.En);
    }

    [Theory]
    [InlineData("00:01:00")]
    [InlineData("1.00:00:00")]
    [InlineData("PT5M")]
    [InlineData("P14D")]
    [InlineData("P1M")]
    [InlineData("P1Y2M3DT4H5M6.5S")]
    [InlineData("P2W")]
    [InlineData("2026-12-01")]
    [InlineData("2026-12-01T09:00:00+01:00")]
    public void Should_accept_delay_literals_when_duration_period_timespan_or_date(string literal)
    {
        // Arrange
        var definition = Flowchart(Activity("d", "Elsa.Delay", Literal("timeSpan", $"\"{literal}\"")));

        // Act
        var result = _validator.Validate(definition);

        // Assert
        Assert.Empty(result.Errors);
    }

    [Theory]
    [InlineData("Elsa.Delay", "timeSpan", "soon")]
    [InlineData("Elsa.Delay", "timeSpan", "P")]
    [InlineData("Elsa.Delay", "timeSpan", "PT")]
    [InlineData("Elsa.Delay", "timeSpan", "P1H")]
    [InlineData("Elsa.Timer", "interval", "every minute")]
    public void Should_report_invalid_delay_or_timer_literal(string type, string input, string literal)
    {
        // Arrange
        var definition = Flowchart(Activity("t", type, Literal(input, $"\"{literal}\"")));

        // Act
        var error = Assert.Single(_validator.Validate(definition).Errors);

        // Assert
        Assert.Equal((ValidationCodes.InvalidDuration, $"/root/activities/0/{input}/expression/value", "t"), (error.Code, error.Path, error.ActivityId));
        Assert.Contains($"'{literal}'", error.Message.En);
    }

    [Fact]
    public void Should_not_check_a_timer_interval_when_it_is_computed_by_javascript()
    {
        // Arrange
        var definition = Flowchart(Activity("t", "Elsa.Timer", Script("interval", "JavaScript", "Duration.FromSeconds(10)")));

        // Act
        var result = _validator.Validate(definition);

        // Assert
        Assert.Empty(result.Errors);
    }
}
