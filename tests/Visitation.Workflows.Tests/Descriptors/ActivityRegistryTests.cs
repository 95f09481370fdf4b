using Visitation.Workflows.Descriptors;
using Visitation.Workflows.Tests.Support;

namespace Visitation.Workflows.Tests.Descriptors;

public sealed class ActivityRegistryTests
{
    [Fact]
    public void Should_know_the_structural_containers_when_new()
    {
        // Act
        var registry = new ActivityRegistry();

        // Assert
        var flowchart = registry.Find("Elsa.Flowchart", 1)!;
        var sequence = registry.Find("Elsa.Sequence", 1)!;
        Assert.True(flowchart.IsContainer && sequence.IsContainer);
        Assert.Equal(new LocalizedText("Sekvens", "Sequence"), sequence.DisplayName);
        Assert.Equal(2, registry.All().Count);
    }

    [Fact]
    public void Should_register_every_activity_class_when_scanning_an_assembly()
    {
        // Act
        var registry = new ActivityRegistry().RegisterAssembly(typeof(TestRegistry).Assembly);

        // Assert
        Assert.NotNull(registry.Find("Elsa.WriteLine", 1));
        Assert.NotNull(registry.Find("Elsa.FlowFork", 1));
        Assert.Contains(registry.All(), d => d.Type == "Visitation.SampleTask" && d.Version == 2);
        Assert.Equal(registry.All().OrderBy(d => d.Type, StringComparer.Ordinal).ThenBy(d => d.Version).Select(d => (d.Type, d.Version)),
            registry.All().Select(d => (d.Type, d.Version)));
    }

    [Fact]
    public void Should_resolve_by_type_and_version_and_find_the_latest()
    {
        // Arrange
        var registry = new ActivityRegistry()
            .Register(new ActivityDescriptor { Type = "Acme.Step", Version = 1, DisplayName = new("Trin", "Step") })
            .Register(new ActivityDescriptor { Type = "Acme.Step", Version = 3, DisplayName = new("Trin", "Step") });

        // Act
        var found = registry.TryGet("Acme.Step", 3, out var v3);

        // Assert
        Assert.True(found);
        Assert.Equal(3, v3.Version);
        Assert.Null(registry.Find("Acme.Step", 2));
        Assert.False(registry.TryGet("Acme.Other", 1, out _));
        Assert.True(registry.IsKnownType("Acme.Step"));
        Assert.Equal(3, registry.FindLatest("Acme.Step")!.Version);
    }

    [Fact]
    public void Should_replace_a_descriptor_when_the_same_type_and_version_is_registered_again()
    {
        // Arrange
        var registry = new ActivityRegistry().Register<TestWriteLine>();

        // Act
        registry.Register(new ActivityDescriptor { Type = "Elsa.WriteLine", DisplayName = new("Ny", "New") });

        // Assert
        Assert.Equal("New", registry.Find("Elsa.WriteLine", 1)!.DisplayName.En);
    }
}
