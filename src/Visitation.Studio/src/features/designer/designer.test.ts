import { describe, expect, it } from 'vitest';
import { diffDefinitions } from './diff';
import { outcomesOf, toDefinition, toGraph } from './mapping';
import { advance, startActivities } from './simulate';
import { useDesigner } from './store';
import type { ActivityDescriptor, DefinitionJson } from './types';

const humanTask = {
  type: 'Visitation.HumanTask',
  version: 1,
  displayName: { da: 'Opgave', en: 'Human task' },
  inputs: [],
  outputs: [],
  outcomes: [],
  outcomesFromInput: 'actions',
  isBlocking: true,
  canStartWorkflow: false,
  isContainer: false,
} as unknown as ActivityDescriptor;

function flow(): DefinitionJson {
  return {
    definitionId: 'f1',
    name: 'Flow',
    root: {
      id: 'root',
      type: 'Elsa.Flowchart',
      activities: [
        { id: 'start', type: 'Elsa.Start', name: 'Start1', metadata: { designer: { position: { x: 0, y: 0 } } } },
        {
          id: 'task',
          type: 'Visitation.HumanTask',
          name: 'Vurdering',
          actions: { typeName: 'String[]', expression: { type: 'Literal', value: ['Godkend', 'Afvis'] } },
          metadata: { designer: { position: { x: 0, y: 150 } } },
        },
        { id: 'end', type: 'Elsa.End', name: 'Slut', metadata: { designer: { position: { x: 0, y: 300 } } } },
      ],
      // One flat and one nested connection: both styles are read.
      connections: [
        { source: 'start', target: 'task', sourcePort: 'Done', targetPort: 'In' } as never,
        { source: { activity: 'task', port: 'Godkend' }, target: { activity: 'end', port: 'In' } },
      ],
    },
  };
}

describe('the designer model', () => {
  it('reads both connection styles and writes the nested Elsa 3 style back with positions in metadata.designer', () => {
    const definition = flow();
    const { nodes, edges } = toGraph(definition);
    expect(edges.map((e) => e.id)).toEqual(['start:Done->task', 'task:Godkend->end']);
    const moved = nodes.map((n) => (n.id === 'end' ? { ...n, position: { x: 40.4, y: 320 } } : n));
    const written = toDefinition(definition, moved, edges);
    expect(written.root.connections[0]).toEqual({ source: { activity: 'start', port: 'Done' }, target: { activity: 'task', port: 'In' } });
    expect(written.root.activities[2]!.metadata?.designer?.position).toEqual({ x: 40, y: 320 });
    expect(written.root.activities[1]!.actions).toEqual(definition.root.activities[1]!.actions);
  });

  it('gives a human task one port per action', () => {
    expect(outcomesOf(flow().root.activities[1]!, humanTask)).toEqual(['Godkend', 'Afvis']);
  });

  it('lists activities and connections added, removed and changed between versions, ignoring moves', () => {
    const before = flow();
    const after = flow();
    after.root.activities[0]!.metadata = { designer: { position: { x: 500, y: 500 } } };
    after.root.activities[1]!.name = 'Vurdering af underretning';
    after.root.activities.push({ id: 'note', type: 'Elsa.WriteLine', name: 'Log' });
    after.root.activities = after.root.activities.filter((a) => a.id !== 'end');
    after.root.connections = [after.root.connections[0]!, { source: { activity: 'task', port: 'Godkend' }, target: { activity: 'note', port: 'In' } }];
    const diff = diffDefinitions(before, after);
    expect(diff.addedActivities.map((a) => a.name)).toEqual(['Log']);
    expect(diff.removedActivities.map((a) => a.name)).toEqual(['Slut']);
    expect(diff.changedActivities.map((c) => [c.after.id, c.fields])).toEqual([['task', ['name']]]);
    expect(diff.addedConnections).toEqual(['Vurdering af underretning —Godkend→ Log']);
    expect(diff.removedConnections).toEqual(['Vurdering af underretning —Godkend→ Slut']);
  });

  it('walks a test run along the chosen outcomes and stops where an outcome leads nowhere', () => {
    const { nodes, edges } = toGraph(flow());
    let path = startActivities(nodes, edges).map((activityId) => ({ activityId }));
    expect(path).toEqual([{ activityId: 'start' }]);
    path = advance(path, edges, 'Done');
    path = advance(path, edges, 'Afvis');
    expect(path).toEqual([
      { activityId: 'start', outcome: 'Done' },
      { activityId: 'task', outcome: 'Afvis' },
    ]);
  });

  it('splices an activity into a connection and takes it out again with undo', () => {
    const store = useDesigner.getState();
    store.load(flow());
    store.addActivity(humanTask, { x: 0, y: 75 });
    const added = useDesigner.getState().nodes.at(-1)!;
    useDesigner.getState().spliceIntoEdge('start:Done->task', added.id, 'Videre');
    expect(useDesigner.getState().edges.map((e) => e.id)).toEqual([
      'task:Godkend->end',
      `start:Done->${added.id}`,
      `${added.id}:Videre->task`,
    ]);
    useDesigner.getState().undo();
    expect(useDesigner.getState().edges.map((e) => e.id)).toEqual(['start:Done->task', 'task:Godkend->end']);
  });
});
