using Visitation.Workflows.Definitions.Validation;
using Visitation.Workflows.Tests.Support;
using static Visitation.Workflows.Tests.Support.DefinitionBuilder;

namespace Visitation.Workflows.Tests.Definitions;

public sealed class DefinitionValidatorTests
{
    private readonly DefinitionValidator _validator = new(TestRegistry.Create());

    [Fact]
    public void Should_report_no_findings_when_the_flow_is_sound()
    {
        // Arrange
        var definition = Flowchart(
            $"{Activity("start", "Elsa.Start")}, {WriteLine("a")}, {WriteLine("b")}",
            $"{Connect("start", "Done", "a")}, {Connect("a", "Done", "b")}");

        // Act
        var result = _validator.Validate(definition);

        // Assert
        Assert.True(result.Valid);
        Assert.Empty(result.Errors);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Should_report_unknown_type_with_its_path_when_no_descriptor_exists()
    {
        // Arrange
        var definition = Flowchart($"{WriteLine("a")}, {Activity("b", "Acme.Frobnicate")}", Connect("a", "Done", "b"));

        // Act
        var error = Assert.Single(_validator.Validate(definition).Errors);

        // Assert
        Assert.Equal((ValidationCodes.UnknownType, "/root/activities/1/type", "b"), (error.Code, error.Path, error.ActivityId));
        Assert.Equal("Unknown activity type 'Acme.Frobnicate'.", error.Message.En);
        Assert.Equal("Ukendt aktivitetstype 'Acme.Frobnicate'.", error.Message.Da);
        Assert.Equal(ValidationSeverity.Error, error.Severity);
    }

    [Fact]
    public void Should_report_unknown_version_when_the_type_exists_in_another_version()
    {
        // Arrange
        var definition = Flowchart("""{ "id": "a", "type": "Elsa.WriteLine", "version": 7 }""");

        // Act
        var error = Assert.Single(_validator.Validate(definition).Errors);

        // Assert
        Assert.Equal((ValidationCodes.UnknownVersion, "/root/activities/0/version", "a"), (error.Code, error.Path, error.ActivityId));
        Assert.Contains("version 7", error.Message.En);
    }

    [Fact]
    public void Should_report_duplicate_id_at_the_second_occurrence()
    {
        // Arrange
        var definition = Flowchart($"{WriteLine("a")}, {WriteLine("a")}");

        // Act
        var errors = _validator.Validate(definition).Errors;

        // Assert
        var error = Assert.Single(errors, e => e.Code == ValidationCodes.DuplicateId);
        Assert.Equal(("/root/activities/1/id", "a"), (error.Path, error.ActivityId));
    }

    [Theory]
    [InlineData("")]
    [InlineData(""", "eventName": null""")]
    [InlineData(""", "eventName": { "typeName": "String" }""")]
    [InlineData(""", "eventName": { "expression": { "type": "Literal", "value": "" } }""")]
    [InlineData(""", "eventName": { "expression": { "type": "Literal", "value": null } }""")]
    public void Should_report_missing_required_input_when_it_is_absent_null_or_empty(string input)
    {
        // Arrange
        var definition = Flowchart($$"""{ "id": "e", "type": "Elsa.Event", "name": "Vent1"{{input}} }""");

        // Act
        var error = Assert.Single(_validator.Validate(definition).Errors);

        // Assert
        Assert.Equal((ValidationCodes.RequiredInput, "/root/activities/0/eventName", "e"), (error.Code, error.Path, error.ActivityId));
        Assert.Equal("Input 'eventName' of activity 'Vent1' is required.", error.Message.En);
    }

    [Fact]
    public void Should_accept_a_required_input_when_it_is_a_javascript_expression()
    {
        // Arrange
        var definition = Flowchart(Activity("e", "Elsa.Event", Script("eventName", "JavaScript", "'Fire'")));

        // Act
        var result = _validator.Validate(definition);

        // Assert
        Assert.Empty(result.Errors);
    }

    [Fact]
    public void Should_report_connections_to_and_from_missing_activities_with_the_connection()
    {
        // Arrange
        var definition = Flowchart(WriteLine("a"), $"{Connect("a", "Done", "ghost")}, {Connect("phantom", "Done", "a")}");

        // Act
        var errors = _validator.Validate(definition).Errors;

        // Assert
        Assert.Equal(2, errors.Count);
        var target = Assert.Single(errors, e => e.Code == ValidationCodes.MissingTarget);
        Assert.Equal("/root/connections/0/target/activity", target.Path);
        Assert.Equal(new ConnectionReference("a", "Done", "ghost", "In"), target.Connection);
        var source = Assert.Single(errors, e => e.Code == ValidationCodes.MissingSource);
        Assert.Equal("/root/connections/1/source/activity", source.Path);
        Assert.Equal(new ConnectionReference("phantom", "Done", "a", "In"), source.Connection);
    }

    [Fact]
    public void Should_report_an_undeclared_source_port_with_the_activity_and_connection()
    {
        // Arrange
        var definition = Flowchart(
            $"{Activity("d", "Elsa.FlowDecision", Script("condition", "JavaScript", "true"))}, {WriteLine("a")}, {WriteLine("b")}",
            $"{Connect("d", "True", "a")}, {Connect("d", "Maybe", "b")}");

        // Act
        var error = Assert.Single(_validator.Validate(definition).Errors);

        // Assert
        Assert.Equal((ValidationCodes.UnknownSourcePort, "/root/connections/1/source/port", "d"), (error.Code, error.Path, error.ActivityId));
        Assert.Equal(new ConnectionReference("d", "Maybe", "b", "In"), error.Connection);
        Assert.Equal("Activity 'd' (Elsa.FlowDecision) has no outcome 'Maybe'.", error.Message.En);
    }

    [Fact]
    public void Should_point_into_the_flat_members_when_the_connections_were_flat()
    {
        // Arrange
        var definition = Flowchart(
            $"{WriteLine("a")}, {WriteLine("b")}",
            """{ "source": "a", "target": "b", "sourcePort": "Nope", "targetPort": "Side" }, { "source": "a", "target": "zz", "sourcePort": "Done" }""");

        // Act
        var errors = _validator.Validate(definition).Errors;

        // Assert
        Assert.Equal(["/root/connections/0/sourcePort", "/root/connections/0/targetPort", "/root/connections/1/target"], errors.Select(e => e.Path));
    }

    [Fact]
    public void Should_report_a_target_port_other_than_in()
    {
        // Arrange
        var definition = Flowchart($"{WriteLine("a")}, {WriteLine("b")}", Connect("a", "Done", "b", "Side"));

        // Act
        var error = Assert.Single(_validator.Validate(definition).Errors);

        // Assert
        Assert.Equal((ValidationCodes.UnknownTargetPort, "/root/connections/0/target/port", "b"), (error.Code, error.Path, error.ActivityId));
        Assert.Equal(new ConnectionReference("a", "Done", "b", "Side"), error.Connection);
    }

    [Theory]
    [InlineData("""{ "type": "Object", "value": "[\"One\",\"Two\"]" }""", "Two", true)]
    [InlineData("""{ "type": "Object", "value": "[\"One\",\"Two\"]" }""", "Three", false)]
    [InlineData("""{ "type": "Literal", "value": "One, Two" }""", "Two", true)]
    [InlineData("""{ "type": "Literal", "value": ["One", "Two"] }""", "Two", true)]
    [InlineData("""{ "type": "JavaScript", "value": "['One','Two']" }""", "Anything", true)]
    public void Should_take_fork_ports_from_the_branches_input(string expression, string port, bool accepted)
    {
        // Arrange
        var definition = Flowchart(
            $$"""{ "id": "f", "type": "Elsa.FlowFork", "branches": { "expression": {{expression}} } }, {{WriteLine("a")}}""",
            Connect("f", port, "a"));

        // Act
        var result = _validator.Validate(definition);

        // Assert
        Assert.Equal(accepted, result.Valid);
        if (!accepted) Assert.Equal(ValidationCodes.UnknownSourcePort, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void Should_take_switch_ports_from_case_labels_plus_default()
    {
        // Arrange
        var definition = Flowchart(
            $$"""
            { "id": "s", "type": "Elsa.FlowSwitch", "cases": [ { "label": "Akut", "condition": { "type": "JavaScript", "value": "true" } } ] },
            {{WriteLine("a")}}, {{WriteLine("b")}}, {{WriteLine("c")}}
            """,
            $"{Connect("s", "Akut", "a")}, {Connect("s", "Default", "b")}, {Connect("s", "Normal", "c")}");

        // Act
        var error = Assert.Single(_validator.Validate(definition).Errors);

        // Assert
        Assert.Equal(("/root/connections/2/source/port", "s"), (error.Path, error.ActivityId));
    }

    [Fact]
    public void Should_report_no_entry_when_every_activity_has_an_inbound_connection()
    {
        // Arrange
        var definition = Flowchart($"{WriteLine("a")}, {WriteLine("b")}", $"{Connect("a", "Done", "b")}, {Connect("b", "Done", "a")}");

        // Act
        var result = _validator.Validate(definition);

        // Assert
        var error = Assert.Single(result.Errors);
        Assert.Equal((ValidationCodes.NoEntry, "/root", "flow"), (error.Code, error.Path, error.ActivityId));
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Should_report_no_entry_when_the_flowchart_is_empty()
    {
        // Arrange
        var definition = Flowchart("");

        // Act
        var error = Assert.Single(_validator.Validate(definition).Errors);

        // Assert
        Assert.Equal((ValidationCodes.NoEntry, "/root"), (error.Code, error.Path));
    }

    [Fact]
    public void Should_report_a_start_that_names_a_missing_activity()
    {
        // Arrange
        var definition = Flowchart(WriteLine("a"), start: "nowhere");

        // Act
        var error = Assert.Single(_validator.Validate(definition).Errors);

        // Assert
        Assert.Equal((ValidationCodes.StartNotFound, "/root/start", "flow"), (error.Code, error.Path, error.ActivityId));
        Assert.Contains("'nowhere'", error.Message.En);
    }

    [Fact]
    public void Should_start_at_the_explicit_start_and_warn_about_what_it_cannot_reach()
    {
        // Arrange: 'a' has no inbound connection but the flowchart starts at 'b'.
        var definition = Flowchart($"{WriteLine("a")}, {WriteLine("b")}, {WriteLine("c")}", Connect("b", "Done", "c"), start: "b");

        // Act
        var result = _validator.Validate(definition);

        // Assert
        Assert.Empty(result.Errors);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal((ValidationCodes.Unreachable, "/root/activities/0", "a"), (warning.Code, warning.Path, warning.ActivityId));
        Assert.Equal(ValidationSeverity.Warning, warning.Severity);
    }

    [Fact]
    public void Should_prefer_the_start_activity_when_there_is_no_explicit_start()
    {
        // Arrange: 'orphan' has no inbound connection, but Elsa.Start is the entry.
        var definition = Flowchart($"{WriteLine("orphan")}, {Activity("go", "Elsa.Start")}, {WriteLine("a")}", Connect("go", "Done", "a"));

        // Act
        var result = _validator.Validate(definition);

        // Assert
        Assert.Empty(result.Errors);
        Assert.Equal(("/root/activities/0", "orphan"), (Assert.Single(result.Warnings).Path, result.Warnings[0].ActivityId));
    }

    [Fact]
    public void Should_accept_several_candidates_and_warn_about_those_elsa_would_not_run()
    {
        // Arrange: no start; Elsa runs the first activity without inbound connections only.
        var definition = Flowchart($"{WriteLine("first")}, {WriteLine("second")}");

        // Act
        var result = _validator.Validate(definition);

        // Assert
        Assert.True(result.Valid);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal((ValidationCodes.Unreachable, "/root/activities/1", "second"), (warning.Code, warning.Path, warning.ActivityId));
    }

    [Fact]
    public void Should_treat_triggers_as_entries_when_they_can_start_the_workflow()
    {
        // Arrange
        var definition = Flowchart(
            $$"""
            {{WriteLine("first")}},
            { "id": "cron", "type": "Elsa.Cron", "customProperties": { "canStartWorkflow": true }, {{Literal("cronExpression", "\"0 0 * * * *\"")}} },
            {{WriteLine("after")}}
            """,
            Connect("cron", "Done", "after"));

        // Act
        var result = _validator.Validate(definition);

        // Assert
        Assert.Empty(result.Errors);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Should_warn_about_a_loop_with_no_blocking_activity()
    {
        // Arrange
        var definition = Flowchart(
            $"{Activity("start", "Elsa.Start")}, {WriteLine("a")}, {Activity("d", "Elsa.FlowDecision", Script("condition", "JavaScript", "true"))}",
            $"{Connect("start", "Done", "a")}, {Connect("a", "Done", "d")}, {Connect("d", "True", "a")}");

        // Act
        var result = _validator.Validate(definition);

        // Assert
        Assert.Empty(result.Errors);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal((ValidationCodes.LoopWithoutBlocking, "/root/activities/1", "a"), (warning.Code, warning.Path, warning.ActivityId));
        Assert.Contains("'a', 'd'", warning.Message.En);
    }

    [Fact]
    public void Should_not_warn_about_a_loop_when_it_contains_a_blocking_activity()
    {
        // Arrange
        var definition = Flowchart(
            $"{Activity("start", "Elsa.Start")}, {WriteLine("a")}, {Activity("wait", "Elsa.Delay", Literal("timeSpan", "\"P1D\""))}",
            $"{Connect("start", "Done", "a")}, {Connect("a", "Done", "wait")}, {Connect("wait", "Done", "a")}");

        // Act
        var result = _validator.Validate(definition);

        // Assert
        Assert.Empty(result.Errors);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Should_warn_about_a_self_loop()
    {
        // Arrange
        var definition = Flowchart($"{Activity("start", "Elsa.Start")}, {WriteLine("a")}", $"{Connect("start", "Done", "a")}, {Connect("a", "Done", "a")}");

        // Act
        var warning = Assert.Single(_validator.Validate(definition).Warnings);

        // Assert
        Assert.Equal((ValidationCodes.LoopWithoutBlocking, "a"), (warning.Code, warning.ActivityId));
    }

    [Fact]
    public void Should_validate_nested_flowcharts_with_their_own_paths()
    {
        // Arrange
        var definition = Flowchart(
            $$"""
            { "id": "inner", "type": "Elsa.Flowchart", "activities": [ {{WriteLine("x")}}, {{Activity("y", "Acme.Unknown")}} ],
              "connections": [ {{Connect("x", "Done", "y")}}, {{Connect("x", "Oops", "y")}} ] }
            """);

        // Act
        var errors = _validator.Validate(definition).Errors;

        // Assert
        Assert.Equal(["/root/activities/0/activities/1/type", "/root/activities/0/connections/1/source/port"], errors.Select(e => e.Path));
    }
}
