using System.Net;
using System.Text.Json.Nodes;
using Visitation.Host.Tests.Infrastructure;

namespace Visitation.Host.Tests.Sager;

/// <summary>Registering underretninger and driving the case flow's tasks as the tests do it.</summary>
public static class UnderretningApi
{
    public sealed record RegisteredCase(Guid CaseId, string CaseNumber, string ChildName, string? Cpr, bool NewCase, Guid UnderretningId, string? WorkflowInstanceId);

    public sealed record Registered(Guid ReceiptId, List<RegisteredCase> Cases);

    public sealed record Notifier(string Type, bool Identified, string? Name, string? Organisation, string? Contact);

    public sealed record UnderretningView(Guid Id, Guid ReceiptId, Notifier Notifier, DateTimeOffset ReceivedAt, DateTimeOffset AwareAt, string Content, bool Reassessment);

    /// <summary>Wednesday before Easter 2027, 10:00 in Copenhagen.</summary>
    public static readonly DateTimeOffset BeforeEaster2027 = new(2027, 3, 24, 10, 0, 0, TimeSpan.FromHours(1));

    /// <summary>
    /// A receipt an hour before now on the real clock: hosts on the real clock refuse a receipt in the future, and an
    /// hour leaves every deadline of the flow ahead, so no task of a test falls due while it runs. Tests on a moved
    /// clock name their own receipt time. Whole minutes, as a person types a receipt time.
    /// </summary>
    public static DateTimeOffset AnHourAgo()
    {
        var now = TestCalendar.Now;
        return new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, TimeSpan.Zero).AddHours(-1);
    }

    public static object Child(string name, string? cpr) => new { child = new { name, cpr }, custodyHolders = new[] { new { name = "Far " + name, relation = "far" } } };

    public static async Task<Registered> RegisterAsync(ApiClient client, object[] children, string notifierType = "Professional", DateTimeOffset? receivedAt = null,
        string? tovholder = null, object[]? attachments = null) =>
        await client.ReadAsync<Registered>(await client.PostAsync("/api/cases/underretninger", new
        {
            notifierType,
            notifier = notifierType == "Anonymous" ? null : new { name = "Lærer Hanne Krog", organisation = "Nordskolen", contact = "hk@nordskolen.dk" },
            receivedAt = receivedAt ?? AnHourAgo(),
            content = "Barnet kommer ofte sultent i skole og har blå mærker.",
            attachments,
            children,
            tovholder,
        }), HttpStatusCode.Created);

    /// <summary>The flow's open human tasks (activity ids) and its variables, read as the administrator.</summary>
    public static async Task<WorkflowApi.Instance> FlowAsync(ApiClient administrator, string instanceId) => await administrator.InstanceAsync(instanceId);

    /// <summary>Tests drive a case's flow past its tasks as an operator, which needs a reason (the work list is the tasks' own way).</summary>
    public const string OperatorReason = "Test drives the flow";

    public static async Task<WorkflowApi.Instance> CompleteAsync(ApiClient administrator, string instanceId, string activityId, string action, object? data = null)
    {
        var instance = await administrator.InstanceAsync(instanceId);
        var bookmark = instance.Bookmarks.Single(b => b.ActivityId == activityId);
        var response = await administrator.PostAsync($"/api/bookmarks/{bookmark.Id}/resume", new { input = new { action, data = data ?? new { } }, reason = OperatorReason });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await administrator.InstanceAsync(instanceId);
    }

    public static IEnumerable<string> OpenTasks(WorkflowApi.Instance instance) =>
        instance.Bookmarks.Where(b => b.Name == "Visitation.HumanTask").Select(b => b.ActivityId).Order();

    public static DateTimeOffset Variable(WorkflowApi.Instance instance, string name) => instance.Variables[name]!.GetValue<DateTimeOffset>();

    public static JsonNode? Raw(WorkflowApi.Instance instance, string name) => instance.Variables.GetValueOrDefault(name);
}
