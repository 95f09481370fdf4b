using Visitation.Workflows.Activities;

namespace Visitation.Activities.Bevillinger;

/// <summary>Reading the dates and ids the grant activities pass on.</summary>
internal static class Dates
{
    /// <summary>A date from <c>yyyy-MM-dd</c> or an ISO instant (its date part); null when empty, a fault when unreadable.</summary>
    public static DateOnly? Parse(string? value, string activityId, string what)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var text = value.Trim();
        if (text.Length >= 10 && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", out var date)) return date;
        throw new WorkflowFaultException($"Activity '{activityId}': the {what} must be a date (yyyy-MM-dd).");
    }

    /// <summary>A new row id from the engine's id source, as a GUID string the host can store.</summary>
    public static string NewGuid(ActivityContext context) =>
        (Guid.TryParse(context.NewId(), out var id) ? id : Guid.CreateVersion7()).ToString();
}
