using System.Text.Json;
using Microsoft.Playwright;

namespace Visitation.BrowserTests;

/// <summary>Flows of a chosen size (a chain of human tasks with a decision every tenth step), saved through the API as the signed-in user.</summary>
public static class GeneratedFlows
{
    public static string Build(int size)
    {
        var activities = new List<object>();
        var connections = new List<object>();
        for (var i = 1; i <= size; i++)
        {
            var decision = i % 10 == 0;
            activities.Add(decision
                ? new Dictionary<string, object?>
                {
                    ["id"] = $"a{i}", ["type"] = "Elsa.FlowDecision", ["version"] = 1, ["name"] = $"Skridt{i}",
                    ["condition"] = new { typeName = "Boolean", expression = new { type = "JavaScript", value = "true" } },
                }
                : new Dictionary<string, object?>
                {
                    ["id"] = $"a{i}", ["type"] = "Visitation.HumanTask", ["version"] = 1, ["name"] = $"Skridt{i}",
                    ["title"] = new { typeName = "String", expression = new { type = "Literal", value = $"Opgave {i}" } },
                    ["actions"] = new { typeName = "String[]", expression = new { type = "Literal", value = new[] { "Videre" } } },
                });
            if (i > 1)
            {
                var port = (i - 1) % 10 == 0 ? "True" : "Videre";
                connections.Add(new { source = new { activity = $"a{i - 1}", port }, target = new { activity = $"a{i}", port = "In" } });
            }
        }
        return JsonSerializer.Serialize(new
        {
            name = $"Genereret forløb med {size} aktiviteter",
            root = new { id = "flow", type = "Elsa.Flowchart", version = 1, activities, connections },
        });
    }

    /// <summary>Starts an instance of the flow's published version, as the signed-in user.</summary>
    public static Task ExecuteAsync(IPage page, string definitionId) => page.EvaluateAsync(
        @"async (id) => {
            const token = document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN='))?.split('=')[1];
            const response = await fetch('/api/workflow-definitions/' + encodeURIComponent(id) + '/execute', {
                method: 'POST', credentials: 'same-origin',
                headers: { 'Content-Type': 'application/json', 'X-XSRF-TOKEN': decodeURIComponent(token ?? '') },
                body: '{}' });
            if (!response.ok) throw new Error('execute failed: ' + response.status + ' ' + await response.text());
        }", definitionId);

    public static async Task<string> SaveAsync(IPage page, int size)
    {
        var definitionId = await page.EvaluateAsync<string>(
            @"async (body) => {
                const token = document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN='))?.split('=')[1];
                const response = await fetch('/api/workflow-definitions', {
                    method: 'POST', credentials: 'same-origin',
                    headers: { 'Content-Type': 'application/json', 'X-XSRF-TOKEN': decodeURIComponent(token ?? '') },
                    body });
                if (!response.ok) throw new Error('save failed: ' + response.status + ' ' + await response.text());
                return (await response.json()).definitionId;
            }", Build(size));
        return definitionId;
    }
}
