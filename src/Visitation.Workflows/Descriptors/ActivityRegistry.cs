using System.Reflection;
using Visitation.Workflows.Definitions;

namespace Visitation.Workflows.Descriptors;

/// <summary>
/// The activity types known to the runtime, by (type, version). Thread-safe for reads after registration.
/// </summary>
/// <remarks>
/// The structural containers <c>Elsa.Flowchart</c> and <c>Elsa.Sequence</c> are always registered. Register
/// further types one by one (<see cref="Register{TActivity}"/>), by assembly scan
/// (<see cref="RegisterAssembly"/>) or as ready-made descriptors. Registering the same (type, version)
/// again replaces the earlier descriptor.
/// </remarks>
public sealed class ActivityRegistry
{
    private readonly Dictionary<(string Type, int Version), ActivityDescriptor> _descriptors = new();
    private readonly Lock _lock = new();

    public ActivityRegistry()
    {
        Register(StructuralDescriptors.Flowchart);
        Register(StructuralDescriptors.Sequence);
    }

    public ActivityRegistry Register(ActivityDescriptor descriptor)
    {
        lock (_lock) _descriptors[(descriptor.Type, descriptor.Version)] = descriptor;
        return this;
    }

    public ActivityRegistry Register<TActivity>() => Register(typeof(TActivity));

    public ActivityRegistry Register(Type activityType) => Register(ActivityDescriptorFactory.Create(activityType));

    public ActivityRegistry Register(IEnumerable<ActivityDescriptor> descriptors)
    {
        foreach (var descriptor in descriptors) Register(descriptor);
        return this;
    }

    /// <summary>Registers every non-abstract class in the assembly that carries <see cref="ActivityAttribute"/>.</summary>
    public ActivityRegistry RegisterAssembly(Assembly assembly)
    {
        foreach (var type in assembly.GetTypes().Where(ActivityDescriptorFactory.IsActivityType))
            Register(type);
        return this;
    }

    /// <summary>The descriptor for exactly this type and version, or null.</summary>
    public ActivityDescriptor? Find(string type, int version)
    {
        lock (_lock) return _descriptors.GetValueOrDefault((type, version));
    }

    public bool TryGet(string type, int version, out ActivityDescriptor descriptor)
    {
        descriptor = Find(type, version)!;
        return descriptor is not null;
    }

    /// <summary>The highest registered version of a type, or null.</summary>
    public ActivityDescriptor? FindLatest(string type)
    {
        lock (_lock)
            return _descriptors.Values.Where(d => d.Type == type).MaxBy(d => d.Version);
    }

    public bool IsKnownType(string type)
    {
        lock (_lock) return _descriptors.Keys.Any(k => k.Type == type);
    }

    /// <summary>All descriptors, ordered by type then version.</summary>
    public IReadOnlyList<ActivityDescriptor> All()
    {
        lock (_lock)
            return _descriptors.Values.OrderBy(d => d.Type, StringComparer.Ordinal).ThenBy(d => d.Version).ToList();
    }
}

/// <summary>Descriptors of the structural containers, which have no activity class of their own here.</summary>
public static class StructuralDescriptors
{
    public static readonly ActivityDescriptor Flowchart = new()
    {
        Type = WellKnownActivityTypes.Flowchart,
        DisplayName = new LocalizedText("Flowchart", "Flowchart"),
        Category = "Struktur",
        Description = new LocalizedText(
            "Aktiviteter forbundet af udfald; kører fra startaktiviteten.",
            "Activities connected by outcomes; runs from the entry activity."),
        Outcomes = ["Done"],
        IsContainer = true,
    };

    public static readonly ActivityDescriptor Sequence = new()
    {
        Type = WellKnownActivityTypes.Sequence,
        DisplayName = new LocalizedText("Sekvens", "Sequence"),
        Category = "Struktur",
        Description = new LocalizedText(
            "Aktiviteter der kører én efter én i rækkefølge.",
            "Activities that run one after another, in order."),
        Outcomes = ["Done"],
        IsContainer = true,
    };
}
