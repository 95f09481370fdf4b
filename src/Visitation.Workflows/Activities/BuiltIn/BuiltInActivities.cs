using Visitation.Workflows.Descriptors;

namespace Visitation.Workflows.Activities.BuiltIn;

/// <summary>Registers the built-in activities (Elsa-compatible ones and <c>Visitation.HumanTask</c>/<c>Visitation.Notify</c>).</summary>
public static class BuiltInActivities
{
    public static ActivityRegistry AddBuiltInActivities(this ActivityRegistry registry)
    {
        foreach (var type in typeof(BuiltInActivities).Assembly.GetTypes()
                     .Where(t => t.Namespace == typeof(BuiltInActivities).Namespace && ActivityDescriptorFactory.IsActivityType(t)))
            registry.Register(type);
        return registry;
    }
}
