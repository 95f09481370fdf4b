namespace Visitation.Workflows.Descriptors;

/// <summary>Describes an <c>Input&lt;T&gt;</c> property of an activity for the designer and the validator.</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true)]
public sealed class InputAttribute : Attribute
{
    /// <summary>JSON name override; defaults to the property name in camelCase.</summary>
    public string? Name { get; set; }

    /// <summary>Danish display name.</summary>
    public string? DisplayName { get; set; }

    /// <summary>English display name.</summary>
    public string? DisplayNameEn { get; set; }

    /// <summary>Danish description.</summary>
    public string? Description { get; set; }

    /// <summary>English description.</summary>
    public string? DescriptionEn { get; set; }

    /// <summary>Editor to use in the designer, e.g. <c>singleline</c>, <c>multiline</c>, <c>dropdown</c>, <c>json</c>, <c>code</c>; see <see cref="UiHints"/>.</summary>
    public string? UiHint { get; set; }

    /// <summary>A definition without this input (or with a null one) is invalid.</summary>
    public bool Required { get; set; }

    /// <summary>Value used when the input is unset; serialised to JSON in the descriptor.</summary>
    public object? DefaultValue { get; set; }

    /// <summary>Name of the list the designer offers values from (e.g. <c>roles</c>, <c>forums</c>, or an enum name).</summary>
    public string? OptionsSource { get; set; }

    public string? Category { get; set; }
}

/// <summary>Describes an <c>Output&lt;T&gt;</c> property of an activity.</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true)]
public sealed class OutputAttribute : Attribute
{
    /// <summary>JSON name override; defaults to the property name in camelCase.</summary>
    public string? Name { get; set; }

    public string? DisplayName { get; set; }
    public string? DisplayNameEn { get; set; }
    public string? Description { get; set; }
    public string? DescriptionEn { get; set; }
}

/// <summary>UI hints the designer understands.</summary>
public static class UiHints
{
    public const string SingleLine = "singleline";
    public const string MultiLine = "multiline";
    public const string Checkbox = "checkbox";
    public const string Dropdown = "dropdown";
    public const string Json = "json";
    public const string Code = "code";
    public const string DateTime = "datetime";
    public const string Duration = "duration";
    public const string Cron = "cron";
    public const string Variable = "variable";
    public const string StringList = "stringlist";

    /// <summary>A list of who may take a task: <c>[{ "kind": "role"|"level"|"forum"|"user", "id": "..." }]</c>.</summary>
    public const string Candidates = "candidates";
}
