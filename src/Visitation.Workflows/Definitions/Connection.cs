namespace Visitation.Workflows.Definitions;

/// <summary>
/// A flowchart edge from an outcome port of one activity to an input port of another.
/// </summary>
/// <remarks>
/// Read from the nested style <c>{ source: { activity, port }, target: { activity, port } }</c> or the flat
/// style <c>{ source, target, sourcePort, targetPort }</c>; always written nested. A missing source port
/// means <c>Done</c>, a missing target port <c>In</c>.
/// </remarks>
public sealed class Connection
{
    public const string DefaultSourcePort = "Done";
    public const string DefaultTargetPort = "In";

    public Connection(ConnectionEndpoint source, ConnectionEndpoint target)
    {
        Source = source;
        Target = target;
    }

    public Connection(string sourceActivity, string sourcePort, string targetActivity, string targetPort = DefaultTargetPort)
        : this(new ConnectionEndpoint(sourceActivity, sourcePort), new ConnectionEndpoint(targetActivity, targetPort))
    {
    }

    public ConnectionEndpoint Source { get; set; }
    public ConnectionEndpoint Target { get; set; }

    /// <summary>Bend points drawn by the designer; null when the member is absent.</summary>
    public List<DesignerPoint>? Vertices { get; set; }

    /// <summary>True when read from the flat style, so that validation paths point at <c>sourcePort</c> etc. in the submitted JSON.</summary>
    internal bool ReadFromFlatStyle { get; set; }

    /// <summary>Unknown members of the connection object, kept verbatim.</summary>
    public System.Text.Json.Nodes.JsonObject Extensions { get; set; } = new();

    public override string ToString() => $"{Source.Activity}:{Source.Port} -> {Target.Activity}:{Target.Port}";
}

/// <summary>One end of a connection: an activity id and a port name (an outcome at the source, <c>In</c> at the target).</summary>
public readonly record struct ConnectionEndpoint(string Activity, string Port);
