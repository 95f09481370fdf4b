using System.Collections.Concurrent;
using System.Reflection;
using Visitation.Workflows.Activities;
using Visitation.Workflows.Definitions;
using Visitation.Workflows.Descriptors;

namespace Visitation.Workflows.Execution;

/// <summary>Creates an activity object for a node and fills its <c>Input&lt;T&gt;</c>/<c>Output&lt;T&gt;</c> properties.</summary>
internal static class ActivityFactory
{
    sealed record Member(PropertyInfo Property, string JsonName, bool IsInput, Type ValueType);

    static readonly ConcurrentDictionary<Type, Member[]> Members = new();

    public static Activity Create(Type type, ActivityNode node)
    {
        if (!typeof(Activity).IsAssignableFrom(type))
            throw new WorkflowFaultException($"Activity type '{node.Type}' is implemented by {type.Name}, which is not an Activity.");
        var activity = (Activity)Activator.CreateInstance(type)!;
        foreach (var member in Members.GetOrAdd(type, Discover))
        {
            var input = node.GetInput(member.JsonName) ?? FindIgnoringCase(node, member.JsonName);
            object value = member.IsInput
                ? Activator.CreateInstance(member.Property.PropertyType, input?.Expression?.Clone(), input?.MemoryReference)!
                : Activator.CreateInstance(member.Property.PropertyType, input?.MemoryReference)!;
            member.Property.SetValue(activity, value);
        }
        return activity;
    }

    /// <summary>Finds the resume handler named in a bookmark: an instance method taking an <see cref="ActivityContext"/>.</summary>
    public static MethodInfo FindCallback(Type type, string name) =>
        type.GetMethod(name, BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, [typeof(ActivityContext)])
        ?? throw new WorkflowFaultException($"Activity {type.Name} has no resume method '{name}'.");

    static ActivityInput? FindIgnoringCase(ActivityNode node, string name) =>
        node.Inputs.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    static Member[] Discover(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.PropertyType.IsGenericType)
            .Select(p =>
            {
                var generic = p.PropertyType.GetGenericTypeDefinition();
                var isInput = generic == typeof(Input<>);
                if (!isInput && generic != typeof(Output<>)) return null;
                var name = isInput ? p.GetCustomAttribute<InputAttribute>()?.Name : p.GetCustomAttribute<OutputAttribute>()?.Name;
                return new Member(p, name ?? ActivityDescriptorFactory.CamelCase(p.Name), isInput, p.PropertyType.GetGenericArguments()[0]);
            })
            .Where(m => m is not null)
            .ToArray()!;
}
