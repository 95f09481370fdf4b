import type { DesignerEdge, DesignerNode } from './types';

export interface SimulationStep {
  activityId: string;
  /** The outcome chosen to leave this activity; absent for the step the run is waiting at. */
  outcome?: string;
}

/** Activities nothing leads into are where a run starts; if every activity has an inbound connection, the first one. */
export function startActivities(nodes: readonly DesignerNode[], edges: readonly DesignerEdge[]): string[] {
  const targets = new Set(edges.map((e) => e.target));
  const starts = nodes.filter((n) => n.data.activity.customProperties?.canStartWorkflow === true || !targets.has(n.id));
  return (starts.length > 0 ? starts : nodes.slice(0, 1)).map((n) => n.id);
}

/** Where each of an activity's outcomes leads, following the flow's connections. */
export function nextActivities(edges: readonly DesignerEdge[], activityId: string, outcome: string): string[] {
  return edges.filter((e) => e.source === activityId && (e.sourceHandle ?? 'Done') === outcome).map((e) => e.target);
}

/** The step the run waits at: the first one no outcome has been chosen for. */
export function currentStep(path: readonly SimulationStep[]): number {
  return path.findIndex((step) => step.outcome === undefined);
}

/** Chooses an outcome at the current step and follows it; a fork continues on every branch, in turn. */
export function advance(path: readonly SimulationStep[], edges: readonly DesignerEdge[], outcome: string): SimulationStep[] {
  const index = currentStep(path);
  if (index < 0) return [...path];
  const step = path[index]!;
  const chosen = path.map((s, i) => (i === index ? { ...s, outcome } : s));
  return [...chosen, ...nextActivities(edges, step.activityId, outcome).map((activityId) => ({ activityId }))];
}
