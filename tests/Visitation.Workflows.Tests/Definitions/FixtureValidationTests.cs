using Visitation.Workflows.Definitions.Serialization;
using Visitation.Workflows.Definitions.Validation;
using Visitation.Workflows.Tests.Support;

namespace Visitation.Workflows.Tests.Definitions;

public sealed class FixtureValidationTests
{
    private const string BadCronMessage =
        "Error when parsing cron expression: The given cron expression has an invalid format. Seconds: Value must be a number between 0 and 59 (all inclusive).";

    private readonly DefinitionValidator _validator = new(TestRegistry.Create());

    public static TheoryData<string> CleanElsa3Files()
    {
        var data = new TheoryData<string>();
        foreach (var name in Fixtures.Elsa3Files.Select(Path.GetFileName).Where(n => n != "ImportAndPublish--bad-cron-expression.json"))
            data.Add(name!);
        return data;
    }

    [Theory]
    [MemberData(nameof(CleanElsa3Files))]
    public void Should_report_no_errors_when_validating_an_elsa3_fixture(string file)
    {
        // Arrange
        var definition = DefinitionSerializer.Import(Fixtures.Read(file)).Definition;

        // Act
        var result = _validator.Validate(definition);

        // Assert
        Assert.True(result.Valid, string.Join("\n", result.Errors));
    }

    [Theory]
    [InlineData("ImportAndPublish--cron-every-hour.json")]
    [InlineData("ImportAndPublish--timer-workflow.json")]
    public void Should_report_no_findings_when_validating_the_cron_and_timer_fixtures(string file)
    {
        // Arrange
        var definition = DefinitionSerializer.Import(Fixtures.Read(file)).Definition;

        // Act
        var result = _validator.Validate(definition);

        // Assert
        Assert.Empty(result.Errors);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Should_report_exactly_one_cron_error_with_elsas_message_when_the_cron_is_bad()
    {
        // Arrange
        var definition = DefinitionSerializer.Import(Fixtures.Read("ImportAndPublish--bad-cron-expression.json")).Definition;

        // Act
        var result = _validator.Validate(definition);

        // Assert
        var error = Assert.Single(result.Errors);
        Assert.Equal(ValidationCodes.InvalidCron, error.Code);
        Assert.Equal(BadCronMessage, error.Message.En);
        Assert.Equal("/root/activities/1/cronExpression/expression/value", error.Path);
        Assert.Equal("13658e4b3bfafaaf", error.ActivityId);
        Assert.Equal("Elsa.Cron", definition.Root.Activities![1].Type);
        Assert.False(result.Valid);
    }

    [Fact]
    public void Should_warn_about_the_loop_without_blocking_activity_when_validating_implicit_loop()
    {
        // Arrange
        var definition = DefinitionSerializer.Import(Fixtures.Read("ImportAndExecute--implicit-loop.json")).Definition;

        // Act
        var result = _validator.Validate(definition);

        // Assert
        Assert.Empty(result.Errors);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(ValidationCodes.LoopWithoutBlocking, warning.Code);
        Assert.Equal("/root/activities/0", warning.Path);
        Assert.Equal("SetVariable1", warning.ActivityId);
    }

    [Fact]
    public void Should_report_one_unknown_type_error_per_unknown_activity_naming_it_when_importing_the_elsa2_http_file()
    {
        // Arrange
        var definition = DefinitionSerializer.Import(Fixtures.Read("ExtendHttpEndpoint--workflow-definition-custom-http-endpoint.json")).Definition;

        // Act
        var result = _validator.Validate(definition);

        // Assert: the file holds two activities, both of types this runtime does not have.
        Assert.All(result.Errors, e => Assert.Equal(ValidationCodes.UnknownType, e.Code));
        var custom = Assert.Single(result.Errors, e => e.Message.En.Contains("'TestReceiveRequest'"));
        Assert.Equal("/root/activities/1/type", custom.Path);
        Assert.Equal("393800b6-2240-400d-826a-d1e9b6a6f206", custom.ActivityId);
        var response = Assert.Single(result.Errors, e => e.Message.En.Contains("'WriteHttpResponse'"));
        Assert.Equal("/root/activities/0/type", response.Path);
        Assert.Equal(2, result.Errors.Count);
    }

    [Fact]
    public void Should_report_the_stale_outcome_when_validating_fire_protocol()
    {
        // Arrange: the sample connects the "Water" signal's outcome 'Extinguish', which a signal never has.
        var definition = DefinitionSerializer.Import(Fixtures.Read("SignalApi--fire-protocol.json")).Definition;

        // Act
        var result = _validator.Validate(definition);

        // Assert
        var error = Assert.Single(result.Errors);
        Assert.Equal(ValidationCodes.UnknownSourcePort, error.Code);
        Assert.Equal("/root/connections/7/source/port", error.Path);
        Assert.Equal(new ConnectionReference("21e9a4d0-e49f-46b4-9d0b-d96cf3d4fea1", "Extinguish", "d79e1bbe-16db-46f3-aeb8-acbedf4b6e99", "In"), error.Connection);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Should_report_no_findings_when_validating_the_early_elsa2_hello_world()
    {
        // Arrange
        var definition = DefinitionSerializer.Import(Fixtures.Read("Core.IntegrationTests--hello-world-workflow.json")).Definition;

        // Act
        var result = _validator.Validate(definition);

        // Assert
        Assert.Empty(result.Errors);
        Assert.Empty(result.Warnings);
    }
}
