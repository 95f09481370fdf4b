import { readConnection } from './mapping';
import type { ActivityJson, ConnectionJson, DefinitionJson } from './types';

export interface VersionDiff {
  addedActivities: ActivityJson[];
  removedActivities: ActivityJson[];
  changedActivities: { before: ActivityJson; after: ActivityJson; fields: string[] }[];
  addedConnections: string[];
  removedConnections: string[];
}

// Positions are how a flow looks, not what it does; a moved activity is not a change.
const ignored = new Set(['metadata', 'nodeId']);

// Connections are compared by activity ids and port, and shown with the activities' names.
function connections(definition: DefinitionJson): Map<string, ConnectionJson> {
  return new Map(
    (definition.root.connections ?? [])
      .map(readConnection)
      .filter((c) => c !== null)
      .map((c) => [`${c.source.activity}:${c.source.port}->${c.target.activity}`, c]),
  );
}

function describe(connection: ConnectionJson, names: ReadonlyMap<string, string>): string {
  const name = (id: string) => names.get(id) ?? id;
  return `${name(connection.source.activity)} —${connection.source.port}→ ${name(connection.target.activity)}`;
}

/** What changed between two versions of a flow: activities and connections added, removed or changed. */
export function diffDefinitions(before: DefinitionJson, after: DefinitionJson): VersionDiff {
  const old = new Map(before.root.activities.map((a) => [a.id, a]));
  const current = new Map(after.root.activities.map((a) => [a.id, a]));
  const changedActivities: VersionDiff['changedActivities'] = [];
  for (const [id, activity] of current) {
    const previous = old.get(id);
    if (!previous) continue;
    const keys = new Set([...Object.keys(previous), ...Object.keys(activity)]);
    const fields = [...keys].filter((k) => !ignored.has(k) && JSON.stringify(previous[k]) !== JSON.stringify(activity[k]));
    if (fields.length > 0) changedActivities.push({ before: previous, after: activity, fields: fields.sort() });
  }
  const oldConnections = connections(before);
  const newConnections = connections(after);
  const names = new Map([...before.root.activities, ...after.root.activities].map((a) => [a.id, a.name ?? a.id]));
  return {
    addedActivities: [...current.values()].filter((a) => !old.has(a.id)),
    removedActivities: [...old.values()].filter((a) => !current.has(a.id)),
    changedActivities,
    addedConnections: [...newConnections].filter(([key]) => !oldConnections.has(key)).map(([, c]) => describe(c, names)),
    removedConnections: [...oldConnections].filter(([key]) => !newConnections.has(key)).map(([, c]) => describe(c, names)),
  };
}
