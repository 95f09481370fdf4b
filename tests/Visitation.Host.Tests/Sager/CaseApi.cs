using System.Net;
using System.Text.RegularExpressions;
using Visitation.Host.Tests.Infrastructure;

namespace Visitation.Host.Tests.Sager;

/// <summary>The case API's answers as the tests read them, and fresh test data.</summary>
public static class CaseApi
{
    public sealed record CaseSummary(Guid Id, string CaseNumber, string ChildName, string? Cpr, DateOnly? DateOfBirth, bool Unborn, string Status,
        string Tovholder, string? HandoverTo, Guid? SiblingGroupId);

    public sealed record CustodyHolder(Guid Id, string Name, string? Relation);

    public sealed record Sibling(Guid Id, string CaseNumber, string ChildName);

    public sealed record Document(Guid Id, string Title, string FileName, string ContentType, long Size, Guid? UnderretningId);

    public sealed record CaseDetail(Guid Id, string CaseNumber, string ChildName, string? Cpr, DateOnly? DateOfBirth, string Status, string Tovholder,
        string? HandoverTo, string? WorkflowInstanceId, List<CustodyHolder> CustodyHolders, List<Sibling> Siblings, List<Document> Documents);

    public sealed record RevealedCpr(string? Cpr);

    public sealed record AuditEntry(DateTimeOffset At, string User, string Action, bool IsRead, string? Reason = null);

    /// <summary>A valid CPR number no other test uses: a child born 2000-2028, sequence digits at random.</summary>
    public static string NewCpr()
    {
        var date = new DateOnly(2010, 1, 1).AddDays(Random.Shared.Next(0, 365 * 15));
        return $"{date:ddMMyy}-4{Random.Shared.Next(0, 1000):000}";
    }

    /// <summary>
    /// The last four digits of a CPR number must not appear in <paramref name="text"/>; identifiers and timestamps
    /// are removed first because a GUID segment or a fraction of a second can hold the same four digits by chance, and so
    /// is the shown birth date (the masked number's first six digits, e.g. 141114 holds 4111).
    /// </summary>
    public static void AssertLastFourAbsent(string cpr, string text, params string[] alsoIgnore)
    {
        foreach (var ignored in alsoIgnore) text = text.Replace(ignored, "");
        text = text.Replace(cpr[..6] + "-XXXX", "");
        text = Regex.Replace(text, "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}", "");
        text = Regex.Replace(text, @"\d{4}-\d{2}-\d{2}T[0-9:.]+(Z|[+-]\d{2}:\d{2})?", "");
        Assert.DoesNotContain(cpr[7..], text);
    }

    public static async Task<CaseSummary> RegisterAsync(ApiClient client, string name, string? cpr, DateOnly? dateOfBirth = null, Guid? siblingOf = null) =>
        await client.ReadAsync<CaseSummary>(await client.PostAsync("/api/cases", new
        {
            child = new { name, cpr, dateOfBirth },
            custodyHolders = new[] { new { name = "Mor " + name, relation = "mor" } },
            siblingOf,
        }), HttpStatusCode.Created);
}
