import {
  addEdge,
  applyEdgeChanges,
  applyNodeChanges,
  type Connection,
  type EdgeChange,
  type NodeChange,
} from '@xyflow/react';
import { create } from 'zustand';
import { layoutGraph } from './layout';
import { edgeId, newActivity, newActivityId, toEdge, toGraph } from './mapping';
import type {
  ActivityDescriptor,
  ActivityJson,
  DefinitionJson,
  DesignerEdge,
  DesignerNode,
  InputValue,
  LeveledFinding,
} from './types';
import { inPort } from './types';

interface Snapshot {
  nodes: DesignerNode[];
  edges: DesignerEdge[];
}

const historyLimit = 100;

export interface DesignerState {
  base: DefinitionJson | null;
  nodes: DesignerNode[];
  edges: DesignerEdge[];
  past: Snapshot[];
  future: Snapshot[];
  clipboard: Snapshot | null;
  /** Bumped on every change to the flow (not on selection), so validation and "unsaved" can follow it. */
  revision: number;
  savedRevision: number;
  /** The input last typed into; further typing there joins the same undo step. */
  lastEdit: string | null;
  findings: LeveledFinding[];
  load: (definition: DefinitionJson) => void;
  setBase: (base: DefinitionJson) => void;
  markSaved: () => void;
  onNodesChange: (changes: NodeChange<DesignerNode>[]) => void;
  onEdgesChange: (changes: EdgeChange<DesignerEdge>[]) => void;
  /** Records the current flow for undo; called before a change made of several steps (a drag, say). */
  checkpoint: () => void;
  connect: (connection: Connection) => void;
  addActivity: (descriptor: ActivityDescriptor, position: { x: number; y: number }, connectFrom?: { node: string; port: string }) => string;
  /** Puts an activity into a connection: the connection's source leads to it, and its `port` leads on to the old target. */
  spliceIntoEdge: (edgeIdToSplit: string, activityId: string, port: string) => void;
  updateActivity: (id: string, change: (activity: ActivityJson) => ActivityJson, editKey?: string) => void;
  setInput: (id: string, name: string, value: InputValue | undefined) => void;
  deleteSelection: () => void;
  copySelection: () => void;
  paste: () => void;
  undo: () => void;
  redo: () => void;
  autoLayout: () => void;
  select: (ids: { nodes?: string[]; edges?: string[] }) => void;
  setFindings: (findings: LeveledFinding[]) => void;
}

function snapshot(state: Snapshot): Snapshot {
  return { nodes: state.nodes, edges: state.edges };
}

function withHistory(state: DesignerState): Pick<DesignerState, 'past' | 'future' | 'revision' | 'lastEdit'> {
  return { past: [...state.past.slice(-historyLimit + 1), snapshot(state)], future: [], revision: state.revision + 1, lastEdit: null };
}

export const useDesigner = create<DesignerState>((set, get) => ({
  base: null,
  nodes: [],
  edges: [],
  past: [],
  future: [],
  clipboard: null,
  revision: 0,
  savedRevision: 0,
  lastEdit: null,
  findings: [],

  load: (definition) => {
    const { nodes, edges } = toGraph(definition);
    const unplaced = definition.root.activities.some((a) => !a.metadata?.designer?.position);
    set({
      base: definition,
      nodes: unplaced ? layoutGraph(nodes, edges) : nodes,
      edges,
      past: [],
      future: [],
      revision: 0,
      savedRevision: 0,
      lastEdit: null,
      findings: [],
    });
  },

  setBase: (base) => set((state) => ({ base, revision: state.revision + 1 })),
  markSaved: () => set((state) => ({ savedRevision: state.revision })),

  onNodesChange: (changes) =>
    set((state) => {
      const changesFlow = changes.some((c) => c.type === 'remove' || c.type === 'add');
      const moved = changes.some((c) => c.type === 'position' && c.dragging === false);
      return {
        nodes: applyNodeChanges(changes, state.nodes),
        ...(changesFlow ? withHistory(state) : {}),
        ...(moved ? { revision: state.revision + 1 } : {}),
      };
    }),

  onEdgesChange: (changes) =>
    set((state) => ({
      edges: applyEdgeChanges(changes, state.edges),
      ...(changes.some((c) => c.type === 'remove') ? withHistory(state) : {}),
    })),

  checkpoint: () => set((state) => ({ past: [...state.past.slice(-historyLimit + 1), snapshot(state)], future: [], lastEdit: null })),

  connect: (connection) =>
    set((state) => {
      if (!connection.source || !connection.target || connection.source === connection.target) return {};
      const port = connection.sourceHandle ?? 'Done';
      const edge = toEdge({ source: { activity: connection.source, port }, target: { activity: connection.target, port: inPort } });
      if (state.edges.some((e) => e.id === edge.id)) return {};
      return { edges: addEdge(edge, state.edges), ...withHistory(state) };
    }),

  addActivity: (descriptor, position, connectFrom) => {
    const state = get();
    const names = new Set(state.nodes.map((n) => n.data.activity.name ?? ''));
    const activity = newActivity(descriptor, position, names);
    const node: DesignerNode = { id: activity.id, type: 'activity', position, data: { activity }, selected: true };
    const edges = connectFrom
      ? [
          ...state.edges,
          toEdge({ source: { activity: connectFrom.node, port: connectFrom.port }, target: { activity: activity.id, port: inPort } }),
        ]
      : state.edges;
    set({
      nodes: [...state.nodes.map((n) => (n.selected ? { ...n, selected: false } : n)), node],
      edges: edges.map((e) => (e.selected ? { ...e, selected: false } : e)),
      ...withHistory(state),
    });
    return activity.id;
  },

  spliceIntoEdge: (edgeIdToSplit, activityId, port) =>
    set((state) => {
      const edge = state.edges.find((e) => e.id === edgeIdToSplit);
      const node = state.nodes.find((n) => n.id === activityId);
      if (!edge || !node || edge.source === activityId || edge.target === activityId) return {};
      const first = toEdge({ source: { activity: edge.source, port: edge.sourceHandle ?? 'Done' }, target: { activity: activityId, port: inPort } });
      const second = toEdge({ source: { activity: activityId, port }, target: { activity: edge.target, port: inPort } });
      return {
        edges: [...state.edges.filter((e) => e.id !== edge.id), first, ...(port ? [second] : [])],
        ...withHistory(state),
      };
    }),

  updateActivity: (id, change, editKey) =>
    set((state) => {
      const nodes = state.nodes.map((n) => (n.id === id ? { ...n, data: { ...n.data, activity: change(n.data.activity) } } : n));
      if (editKey && editKey === state.lastEdit) return { nodes, revision: state.revision + 1 };
      return { nodes, ...withHistory(state), lastEdit: editKey ?? null };
    }),

  setInput: (id, name, value) => {
    const current = get().nodes.find((n) => n.id === id)?.data.activity[name];
    if (JSON.stringify(current) === JSON.stringify(value)) return;
    get().updateActivity(
      id,
      (activity) => {
        const next = { ...activity };
        if (value === undefined) delete next[name];
        else next[name] = value;
        return next;
      },
      `${id}:${name}`,
    );
  },

  deleteSelection: () =>
    set((state) => {
      const removed = new Set(state.nodes.filter((n) => n.selected).map((n) => n.id));
      const nodes = state.nodes.filter((n) => !removed.has(n.id));
      const edges = state.edges.filter((e) => !e.selected && !removed.has(e.source) && !removed.has(e.target));
      if (nodes.length === state.nodes.length && edges.length === state.edges.length) return {};
      return { nodes, edges, ...withHistory(state) };
    }),

  copySelection: () =>
    set((state) => {
      const nodes = state.nodes.filter((n) => n.selected);
      if (nodes.length === 0) return {};
      const ids = new Set(nodes.map((n) => n.id));
      return { clipboard: { nodes, edges: state.edges.filter((e) => ids.has(e.source) && ids.has(e.target)) } };
    }),

  paste: () =>
    set((state) => {
      if (!state.clipboard) return {};
      const names = new Set(state.nodes.map((n) => n.data.activity.name ?? ''));
      const newIds = new Map<string, string>();
      const pasted = state.clipboard.nodes.map((node) => {
        const id = newActivityId();
        newIds.set(node.id, id);
        let name = node.data.activity.name ?? id;
        while (names.has(name)) name = `${name}_kopi`;
        names.add(name);
        const position = { x: node.position.x + 40, y: node.position.y + 40 };
        return { ...node, id, position, selected: true, data: { activity: { ...structuredClone(node.data.activity), id, name } } };
      });
      const pastedEdges = state.clipboard.edges.map((edge) =>
        toEdge({
          source: { activity: newIds.get(edge.source)!, port: edge.sourceHandle ?? 'Done' },
          target: { activity: newIds.get(edge.target)!, port: inPort },
        }),
      );
      return {
        nodes: [...state.nodes.map((n) => ({ ...n, selected: false })), ...pasted],
        edges: [...state.edges, ...pastedEdges],
        clipboard: { nodes: pasted.map((n) => ({ ...n, selected: false })), edges: pastedEdges },
        ...withHistory(state),
      };
    }),

  undo: () =>
    set((state) => {
      const previous = state.past.at(-1);
      if (!previous) return {};
      return {
        ...previous,
        past: state.past.slice(0, -1),
        future: [snapshot(state), ...state.future],
        revision: state.revision + 1,
        lastEdit: null,
      };
    }),

  redo: () =>
    set((state) => {
      const [next, ...rest] = state.future;
      if (!next) return {};
      return { ...next, past: [...state.past, snapshot(state)], future: rest, revision: state.revision + 1, lastEdit: null };
    }),

  autoLayout: () => set((state) => ({ nodes: layoutGraph(state.nodes, state.edges), ...withHistory(state) })),

  select: ({ nodes = [], edges = [] }) =>
    set((state) => ({
      nodes: state.nodes.map((n) => ({ ...n, selected: nodes.includes(n.id) })),
      edges: state.edges.map((e) => ({ ...e, selected: edges.includes(e.id) })),
    })),

  setFindings: (findings) =>
    set((state) => {
      const levelOf = (match: (f: LeveledFinding) => boolean) =>
        findings.some((f) => match(f) && f.level === 'error')
          ? ('error' as const)
          : findings.some(match)
            ? ('warning' as const)
            : undefined;
      return {
        findings,
        nodes: state.nodes.map((n) => {
          const level = levelOf((f) => f.activityId === n.id && !f.target);
          return n.data.findings === level ? n : { ...n, data: { ...n.data, findings: level } };
        }),
        edges: state.edges.map((e) => {
          const level = levelOf((f) => f.source === e.source && f.target === e.target);
          return e.data?.findings === level ? e : { ...e, data: { ...e.data, findings: level } };
        }),
      };
    }),
}));

export { edgeId };
