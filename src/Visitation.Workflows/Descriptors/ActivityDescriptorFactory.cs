using System.Collections;
using System.Reflection;
using System.Text.Json;
using Visitation.Workflows.Activities;

namespace Visitation.Workflows.Descriptors;

/// <summary>Builds <see cref="ActivityDescriptor"/>s by reflection from classes carrying <see cref="ActivityAttribute"/>.</summary>
/// <remarks>
/// Inputs are the public properties of type <see cref="Input{T}"/>, outputs those of type
/// <see cref="Output{T}"/>, in declaration order (base class members first). A property's JSON name is its
/// name in camelCase unless the attribute names it.
/// </remarks>
public static class ActivityDescriptorFactory
{
    public static bool IsActivityType(Type type) =>
        type is { IsClass: true, IsAbstract: false } && type.GetCustomAttribute<ActivityAttribute>(inherit: false) is not null;

    public static ActivityDescriptor Create(Type activityType)
    {
        var attribute = activityType.GetCustomAttribute<ActivityAttribute>(inherit: false)
            ?? throw new ArgumentException($"{activityType.FullName} has no [Activity] attribute.", nameof(activityType));

        var properties = PropertiesInDeclarationOrder(activityType);
        var inputs = new List<InputDescriptor>();
        var outputs = new List<OutputDescriptor>();
        foreach (var property in properties)
        {
            if (GenericArgument(property.PropertyType, typeof(Input<>)) is { } inputValueType)
                inputs.Add(CreateInput(property, inputValueType));
            else if (GenericArgument(property.PropertyType, typeof(Output<>)) is { } outputValueType)
                outputs.Add(CreateOutput(property, outputValueType));
        }

        var fallbackName = attribute.Type[(attribute.Type.LastIndexOf('.') + 1)..];
        return new ActivityDescriptor
        {
            Type = attribute.Type,
            Version = attribute.Version,
            DisplayName = Text(attribute.DisplayName, attribute.DisplayNameEn, fallbackName)!,
            Category = attribute.Category,
            Description = Text(attribute.Description, attribute.DescriptionEn, null),
            Inputs = inputs,
            Outputs = outputs,
            Outcomes = attribute.Outcomes,
            OutcomesFromInput = attribute.OutcomesFromInput,
            IsBlocking = attribute.IsBlocking,
            CanStartWorkflow = attribute.CanStartWorkflow,
            IsContainer = attribute.IsContainer,
            ClrType = activityType,
        };
    }

    /// <summary>Elsa-style name of a CLR type: <c>String</c>, <c>Int32</c>, <c>TimeSpan</c>, <c>String[]</c>, <c>Object</c>.</summary>
    public static string TypeName(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsArray) return TypeName(type.GetElementType()!) + "[]";
        if (type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type) && type.IsGenericType
            && type.GetGenericArguments() is [var element])
            return TypeName(element) + "[]";
        if (type.IsGenericType) return type.Name[..type.Name.IndexOf('`')];
        return type.Name;
    }

    public static string CamelCase(string name) =>
        string.IsNullOrEmpty(name) || char.IsLower(name[0]) ? name : char.ToLowerInvariant(name[0]) + name[1..];

    private static InputDescriptor CreateInput(PropertyInfo property, Type valueType)
    {
        var attribute = property.GetCustomAttribute<InputAttribute>();
        return new InputDescriptor
        {
            Name = attribute?.Name ?? CamelCase(property.Name),
            Type = TypeName(valueType),
            DisplayName = Text(attribute?.DisplayName, attribute?.DisplayNameEn, property.Name)!,
            Description = Text(attribute?.Description, attribute?.DescriptionEn, null),
            UiHint = attribute?.UiHint ?? DefaultUiHint(valueType),
            DefaultValue = attribute?.DefaultValue is { } value ? JsonSerializer.SerializeToNode(value, value.GetType()) : null,
            Required = attribute?.Required ?? false,
            OptionsSource = attribute?.OptionsSource ?? (valueType.IsEnum ? valueType.Name : null),
            Category = attribute?.Category,
            ClrType = valueType,
        };
    }

    private static OutputDescriptor CreateOutput(PropertyInfo property, Type valueType)
    {
        var attribute = property.GetCustomAttribute<OutputAttribute>();
        return new OutputDescriptor
        {
            Name = attribute?.Name ?? CamelCase(property.Name),
            Type = TypeName(valueType),
            DisplayName = Text(attribute?.DisplayName, attribute?.DisplayNameEn, property.Name)!,
            Description = Text(attribute?.Description, attribute?.DescriptionEn, null),
            ClrType = valueType,
        };
    }

    private static string DefaultUiHint(Type valueType)
    {
        var type = Nullable.GetUnderlyingType(valueType) ?? valueType;
        if (type == typeof(bool)) return UiHints.Checkbox;
        if (type.IsEnum) return UiHints.Dropdown;
        if (type == typeof(TimeSpan)) return UiHints.Duration;
        if (type == typeof(DateTime) || type == typeof(DateTimeOffset)) return UiHints.DateTime;
        if (type == typeof(string) || type.IsPrimitive || type == typeof(decimal)) return UiHints.SingleLine;
        return UiHints.Json;
    }

    private static LocalizedText? Text(string? da, string? en, string? fallback)
    {
        if (da is null && en is null) return fallback is null ? null : new LocalizedText(fallback, fallback);
        return new LocalizedText(da ?? en!, en ?? da!);
    }

    private static Type? GenericArgument(Type type, Type openGeneric) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == openGeneric ? type.GetGenericArguments()[0] : null;

    private static IEnumerable<PropertyInfo> PropertiesInDeclarationOrder(Type type)
    {
        var chain = new Stack<Type>();
        for (var t = type; t is not null && t != typeof(object); t = t.BaseType) chain.Push(t);
        foreach (var t in chain)
            foreach (var property in t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                         .OrderBy(p => p.MetadataToken))
                yield return property;
    }
}
