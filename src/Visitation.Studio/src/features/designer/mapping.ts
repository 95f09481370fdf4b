import type {
  ActivityDescriptor,
  ActivityFlowNode,
  ActivityJson,
  ConnectionJson,
  DefinitionJson,
  DesignerEdge,
  DesignerNode,
  InputValue,
  OutcomeFlowEdge,
} from './types';
import { inPort } from './types';

// The only code that knows both the Elsa 3 JSON and the React Flow shapes.

export const nodeWidth = 220;
export const nodeHeight = 76;

export function edgeId(connection: ConnectionJson): string {
  return `${connection.source.activity}:${connection.source.port}->${connection.target.activity}`;
}

/** Reads the flat (`source`, `sourcePort`) and nested (`source.activity`) connection styles alike. */
export function readConnection(raw: unknown): ConnectionJson | null {
  if (!raw || typeof raw !== 'object') return null;
  const c = raw as Record<string, unknown>;
  if (typeof c.source === 'string' && typeof c.target === 'string') {
    return {
      source: { activity: c.source, port: String(c.sourcePort ?? 'Done') },
      target: { activity: c.target, port: String(c.targetPort ?? inPort) },
    };
  }
  const source = c.source as { activity?: string; port?: string } | undefined;
  const target = c.target as { activity?: string; port?: string } | undefined;
  if (!source?.activity || !target?.activity) return null;
  return {
    source: { activity: source.activity, port: source.port ?? 'Done' },
    target: { activity: target.activity, port: target.port ?? inPort },
  };
}

export function toNode(activity: ActivityJson, index = 0): ActivityFlowNode {
  const position = activity.metadata?.designer?.position ?? { x: (index % 6) * 260, y: Math.floor(index / 6) * 140 };
  return { id: activity.id, type: 'activity', position: { x: position.x, y: position.y }, data: { activity } };
}

export function toEdge(connection: ConnectionJson): OutcomeFlowEdge {
  return {
    id: edgeId(connection),
    type: 'outcome',
    source: connection.source.activity,
    sourceHandle: connection.source.port,
    target: connection.target.activity,
    targetHandle: inPort,
    data: {},
  };
}

export function toGraph(definition: DefinitionJson): { nodes: DesignerNode[]; edges: DesignerEdge[] } {
  const activities = definition.root?.activities ?? [];
  const nodes = activities.map((activity, index) => toNode(activity, index));
  const ids = new Set(activities.map((a) => a.id));
  const edges = (definition.root?.connections ?? [])
    .map(readConnection)
    .filter((c): c is ConnectionJson => c !== null && ids.has(c.source.activity) && ids.has(c.target.activity))
    .map(toEdge);
  return { nodes, edges };
}

/** Writes the graph back into the definition, keeping everything the designer does not edit. */
export function toDefinition(base: DefinitionJson, nodes: readonly DesignerNode[], edges: readonly DesignerEdge[]): DefinitionJson {
  const activities = nodes.map((node) => {
    const { activity } = node.data;
    return {
      ...activity,
      metadata: {
        ...activity.metadata,
        designer: {
          ...activity.metadata?.designer,
          position: { x: Math.round(node.position.x), y: Math.round(node.position.y) },
          size: { width: node.measured?.width ?? nodeWidth, height: node.measured?.height ?? nodeHeight },
        },
      },
    };
  });
  const connections: ConnectionJson[] = edges.map((edge) => ({
    source: { activity: edge.source, port: edge.sourceHandle ?? 'Done' },
    target: { activity: edge.target, port: inPort },
  }));
  return { ...base, root: { ...base.root, activities, connections } };
}

/** The literal value of an input, whatever expression type holds it; undefined when unset. */
export function literalOf(activity: ActivityJson, inputName: string): unknown {
  const input = activity[inputName] as InputValue | undefined;
  if (!input || typeof input !== 'object') return undefined;
  return input.expression?.value;
}

/** The outcomes an activity offers: the descriptor's, or those listed in the input it names. */
export function outcomesOf(activity: ActivityJson, descriptor: ActivityDescriptor | undefined): string[] {
  if (!descriptor) return ['Done'];
  const fixed = descriptor.outcomes ?? [];
  if (!descriptor.outcomesFromInput) return fixed;
  let value = literalOf(activity, descriptor.outcomesFromInput);
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      value = (value as string).split('\n');
    }
  }
  const fromInput = Array.isArray(value)
    ? value
        .map((item) => (typeof item === 'string' ? item : (item as { label?: string; name?: string })?.label ?? (item as { name?: string })?.name))
        .filter((item): item is string => typeof item === 'string' && item.trim().length > 0)
    : [];
  return [...new Set([...fromInput, ...fixed])];
}

let counter = 0;

/** A short id like the ones Elsa writes (16 hex digits). */
export function newActivityId(): string {
  counter = (counter + 1) % 0xffff;
  const random = Math.floor(Math.random() * 0xffffffff).toString(16).padStart(8, '0');
  const time = (Date.now() & 0xffff).toString(16).padStart(4, '0');
  return `${random}${time}${counter.toString(16).padStart(4, '0')}`;
}

/** A fresh activity of a descriptor's type, with the descriptor's default values and a unique name. */
export function newActivity(descriptor: ActivityDescriptor, position: { x: number; y: number }, existingNames: ReadonlySet<string>): ActivityJson {
  const shortName = descriptor.type.split('.').pop() ?? 'Activity';
  let n = 1;
  while (existingNames.has(`${shortName}${n}`)) n++;
  const activity: ActivityJson = {
    id: newActivityId(),
    type: descriptor.type,
    version: descriptor.version,
    name: `${shortName}${n}`,
    customProperties: { canStartWorkflow: false },
    metadata: { designer: { position } },
  };
  for (const input of descriptor.inputs) {
    if (input.defaultValue !== undefined && input.defaultValue !== null) {
      activity[input.name] = { typeName: input.type, expression: { type: 'Literal', value: input.defaultValue } };
    }
  }
  return activity;
}

export function emptyDefinition(name: string): DefinitionJson {
  return {
    name,
    version: 1,
    variables: [],
    root: { id: newActivityId(), type: 'Elsa.Flowchart', version: 1, activities: [], connections: [], variables: [] },
  };
}
