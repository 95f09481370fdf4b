using System.Text.Json;
using Visitation.Workflows.Activities;
using Visitation.Workflows.Descriptors;
using Visitation.Workflows.Tests.Support;

namespace Visitation.Workflows.Tests.Descriptors;

public sealed class ActivityDescriptorFactoryTests
{
    public enum Priority { Low, High }

    public abstract class TaskBase
    {
        [Input(DisplayName = "Titel", DisplayNameEn = "Title", Required = true)]
        public Input<string> Title { get; set; } = new();
    }

    [Activity("Visitation.SampleTask", Version = 2, DisplayName = "Prøveopgave", DisplayNameEn = "Sample task", Category = "Opgaver",
        Description = "Beskrivelse", DescriptionEn = "Description", Outcomes = ["Godkendt", "Afvist"], IsBlocking = true)]
    public sealed class SampleTask : TaskBase
    {
        [Input(DisplayName = "Frist", DisplayNameEn = "Deadline", DefaultValue = "P14D", UiHint = UiHints.Duration, Description = "Hvornår", DescriptionEn = "When")]
        public Input<TimeSpan> Deadline { get; set; } = new();

        [Input(OptionsSource = "roles")]
        public Input<string> Role { get; set; } = new();

        [Input(Name = "prio")]
        public Input<Priority> Priority { get; set; } = new();

        public Input<int?> Count { get; set; } = new();

        public Input<List<string>> Tags { get; set; } = new();

        [Output(DisplayName = "Svar", DisplayNameEn = "Answer")]
        public Output<JsonElement> Answer { get; set; } = new();

        public string NotAnInput { get; set; } = "";
    }

    [Fact]
    public void Should_describe_the_activity_when_it_carries_the_attribute()
    {
        // Act
        var descriptor = ActivityDescriptorFactory.Create(typeof(SampleTask));

        // Assert
        Assert.Equal(("Visitation.SampleTask", 2), (descriptor.Type, descriptor.Version));
        Assert.Equal(new LocalizedText("Prøveopgave", "Sample task"), descriptor.DisplayName);
        Assert.Equal(new LocalizedText("Beskrivelse", "Description"), descriptor.Description);
        Assert.Equal("Opgaver", descriptor.Category);
        Assert.Equal(["Godkendt", "Afvist"], descriptor.Outcomes);
        Assert.True(descriptor.IsBlocking);
        Assert.False(descriptor.CanStartWorkflow);
        Assert.False(descriptor.IsContainer);
        Assert.Null(descriptor.OutcomesFromInput);
        Assert.Equal(typeof(SampleTask), descriptor.ClrType);
    }

    [Fact]
    public void Should_list_inputs_in_declaration_order_with_base_members_first()
    {
        // Act
        var inputs = ActivityDescriptorFactory.Create(typeof(SampleTask)).Inputs;

        // Assert
        Assert.Equal(["title", "deadline", "role", "prio", "count", "tags"], inputs.Select(i => i.Name));
        Assert.Equal(["String", "TimeSpan", "String", "Priority", "Int32", "String[]"], inputs.Select(i => i.Type));
    }

    [Fact]
    public void Should_carry_input_attributes_into_the_input_descriptors()
    {
        // Act
        var descriptor = ActivityDescriptorFactory.Create(typeof(SampleTask));

        // Assert
        var title = descriptor.FindInput("title")!;
        Assert.True(title.Required);
        Assert.Equal(new LocalizedText("Titel", "Title"), title.DisplayName);
        Assert.Equal(UiHints.SingleLine, title.UiHint);

        var deadline = descriptor.FindInput("deadline")!;
        Assert.False(deadline.Required);
        Assert.Equal("P14D", deadline.DefaultValue!.GetValue<string>());
        Assert.Equal(UiHints.Duration, deadline.UiHint);
        Assert.Equal(new LocalizedText("Hvornår", "When"), deadline.Description);

        Assert.Equal("roles", descriptor.FindInput("role")!.OptionsSource);
        var priority = descriptor.FindInput("prio")!;
        Assert.Equal((UiHints.Dropdown, "Priority"), (priority.UiHint, priority.OptionsSource));
        Assert.Equal(new LocalizedText("Count", "Count"), descriptor.FindInput("count")!.DisplayName);
    }

    [Fact]
    public void Should_describe_outputs_when_declared_as_output_properties()
    {
        // Act
        var output = Assert.Single(ActivityDescriptorFactory.Create(typeof(SampleTask)).Outputs);

        // Assert
        Assert.Equal(("answer", "JsonElement"), (output.Name, output.Type));
        Assert.Equal(new LocalizedText("Svar", "Answer"), output.DisplayName);
    }

    [Fact]
    public void Should_mark_outcomes_from_an_input_when_the_attribute_names_one()
    {
        // Act
        var fork = ActivityDescriptorFactory.Create(typeof(TestFlowFork));

        // Assert
        Assert.Equal("branches", fork.OutcomesFromInput);
        Assert.Empty(fork.Outcomes);
    }

    [Fact]
    public void Should_default_to_the_done_outcome_and_the_type_name_when_not_specified()
    {
        // Act
        var start = ActivityDescriptorFactory.Create(typeof(TestStart));

        // Assert
        Assert.Equal(["Done"], start.Outcomes);
        Assert.Equal(1, start.Version);
    }

    [Fact]
    public void Should_refuse_a_class_without_the_attribute()
    {
        // Act + Assert
        Assert.Throws<ArgumentException>(() => ActivityDescriptorFactory.Create(typeof(string)));
    }

    [Fact]
    public void Should_serialise_descriptors_in_camel_case_without_clr_types()
    {
        // Arrange
        var descriptor = ActivityDescriptorFactory.Create(typeof(SampleTask));

        // Act
        var json = JsonSerializer.Serialize(descriptor, new JsonSerializerOptions(JsonSerializerDefaults.Web));

        // Assert
        Assert.Contains("\"displayName\":{\"da\":\"Prøveopgave\",\"en\":\"Sample task\"}", json.Replace("\\u00F8", "ø"));
        Assert.Contains("\"outcomesFromInput\":null", json);
        Assert.DoesNotContain("clrType", json);
    }
}
