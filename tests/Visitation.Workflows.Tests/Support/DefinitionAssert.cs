using System.Text.Json.Nodes;
using Visitation.Workflows.Definitions;

namespace Visitation.Workflows.Tests.Support;

/// <summary>Structural comparison of two definitions, member by member, with a path in each failure message.</summary>
public static class DefinitionAssert
{
    public static void Equal(WorkflowDefinition expected, WorkflowDefinition actual)
    {
        Same(expected.DefinitionId, actual.DefinitionId, "definitionId");
        Same(expected.Id, actual.Id, "id");
        Same(expected.Name, actual.Name, "name");
        Same(expected.Description, actual.Description, "description");
        Same(expected.Version, actual.Version, "version");
        Same(expected.CreatedAt, actual.CreatedAt, "createdAt");
        Same(expected.ToolVersion, actual.ToolVersion, "toolVersion");
        Same(expected.IsLatest, actual.IsLatest, "isLatest");
        Same(expected.IsPublished, actual.IsPublished, "isPublished");
        Json(expected.CustomProperties, actual.CustomProperties, "customProperties");
        Json(expected.Options, actual.Options, "options");
        Json(expected.Extensions, actual.Extensions, "(extensions)");
        Same(string.Join(",", expected.Outcomes), string.Join(",", actual.Outcomes), "outcomes");
        Variables(expected.Variables, actual.Variables, "variables");
        Same(expected.Inputs.Count, actual.Inputs.Count, "inputs");
        for (var i = 0; i < expected.Inputs.Count; i++)
        {
            Same(expected.Inputs[i].Name, actual.Inputs[i].Name, $"inputs/{i}/name");
            Same(expected.Inputs[i].Type, actual.Inputs[i].Type, $"inputs/{i}/type");
            Same(expected.Inputs[i].UiHint, actual.Inputs[i].UiHint, $"inputs/{i}/uiHint");
            Json(expected.Inputs[i].Extensions, actual.Inputs[i].Extensions, $"inputs/{i}");
        }
        Same(expected.Outputs.Count, actual.Outputs.Count, "outputs");
        for (var i = 0; i < expected.Outputs.Count; i++)
            Same(expected.Outputs[i].Name, actual.Outputs[i].Name, $"outputs/{i}/name");
        Activity(expected.Root, actual.Root, "root");
    }

    public static void Activity(ActivityNode expected, ActivityNode actual, string path)
    {
        Same(expected.Id, actual.Id, path + "/id");
        Same(expected.NodeId, actual.NodeId, path + "/nodeId");
        Same(expected.Name, actual.Name, path + "/name");
        Same(expected.Type, actual.Type, path + "/type");
        Same(expected.Version, actual.Version, path + "/version");
        Same(expected.CanStartWorkflow, actual.CanStartWorkflow, path + "/canStartWorkflow");
        Same(expected.RunAsynchronously, actual.RunAsynchronously, path + "/runAsynchronously");
        Same(expected.MergeMode, actual.MergeMode, path + "/mergeMode");
        Same(expected.Start, actual.Start, path + "/start");
        Json(expected.CustomProperties, actual.CustomProperties, path + "/customProperties");
        Json(expected.Extensions, actual.Extensions, path + "/(extensions)");
        Json(expected.Metadata.Extensions, actual.Metadata.Extensions, path + "/metadata");
        Same(expected.Metadata.Designer?.Position, actual.Metadata.Designer?.Position, path + "/metadata/designer/position");
        Same(expected.Metadata.Designer?.Size, actual.Metadata.Designer?.Size, path + "/metadata/designer/size");

        Same(string.Join(",", expected.Inputs.Keys), string.Join(",", actual.Inputs.Keys), path + " input names");
        foreach (var (name, input) in expected.Inputs)
        {
            var other = actual.Inputs[name];
            Same(input is null, other is null, $"{path}/{name} (null)");
            if (input is null || other is null) continue;
            Same(input.TypeName, other.TypeName, $"{path}/{name}/typeName");
            Same(input.MemoryReference, other.MemoryReference, $"{path}/{name}/memoryReference");
            Same(input.Expression?.Type, other.Expression?.Type, $"{path}/{name}/expression/type");
            Json(input.Expression?.Value, other.Expression?.Value, $"{path}/{name}/expression/value");
            Json(input.RawValue, other.RawValue, $"{path}/{name} (raw)");
            Json(input.Extensions, other.Extensions, $"{path}/{name} (extensions)");
        }

        Same(expected.Variables is null, actual.Variables is null, path + "/variables (absent)");
        if (expected.Variables is not null) Variables(expected.Variables, actual.Variables!, path + "/variables");

        Same(expected.Activities?.Count, actual.Activities?.Count, path + "/activities (count)");
        for (var i = 0; i < (expected.Activities?.Count ?? 0); i++)
            Activity(expected.Activities![i], actual.Activities![i], $"{path}/activities/{i}");

        Same(expected.Connections?.Count, actual.Connections?.Count, path + "/connections (count)");
        for (var i = 0; i < (expected.Connections?.Count ?? 0); i++)
        {
            var (e, a) = (expected.Connections![i], actual.Connections![i]);
            Same(e.Source, a.Source, $"{path}/connections/{i}/source");
            Same(e.Target, a.Target, $"{path}/connections/{i}/target");
            Same(string.Join(";", e.Vertices ?? []), string.Join(";", a.Vertices ?? []), $"{path}/connections/{i}/vertices");
            Json(e.Extensions, a.Extensions, $"{path}/connections/{i}");
        }
    }

    private static void Variables(List<VariableDefinition> expected, List<VariableDefinition> actual, string path)
    {
        Same(expected.Count, actual.Count, path + " (count)");
        for (var i = 0; i < expected.Count; i++)
        {
            Same(expected[i].Id, actual[i].Id, $"{path}/{i}/id");
            Same(expected[i].Name, actual[i].Name, $"{path}/{i}/name");
            Same(expected[i].TypeName, actual[i].TypeName, $"{path}/{i}/typeName");
            Same(expected[i].IsArray, actual[i].IsArray, $"{path}/{i}/isArray");
            Same(expected[i].Value, actual[i].Value, $"{path}/{i}/value");
            Same(expected[i].StorageDriverTypeName, actual[i].StorageDriverTypeName, $"{path}/{i}/storageDriverTypeName");
            Json(expected[i].Extensions, actual[i].Extensions, $"{path}/{i}");
        }
    }

    private static void Same<T>(T expected, T actual, string path)
    {
        if (!EqualityComparer<T>.Default.Equals(expected, actual))
            Assert.Fail($"{path}: expected <{expected}> but found <{actual}>");
    }

    private static void Json(JsonNode? expected, JsonNode? actual, string path)
    {
        if (!JsonNode.DeepEquals(expected, actual))
            Assert.Fail($"{path}: expected {expected?.ToJsonString() ?? "null"} but found {actual?.ToJsonString() ?? "null"}");
    }
}
