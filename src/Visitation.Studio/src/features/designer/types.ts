import type { Edge, Node } from '@xyflow/react';
import type { components } from '../../api/schema';

type Schemas = components['schemas'];

export type ActivityDescriptor = Schemas['Descriptors.ActivityDescriptorView'];
export type InputDescriptor = Schemas['Descriptors.InputDescriptorView'];
export type LocalizedText = Schemas['Visitation.Workflows.Descriptors.LocalizedText'];
export type Finding = Schemas['Visitation.Host.Infrastructure.Errors.ProblemError'];
export type FindingsReport = Schemas['Visitation.Host.Infrastructure.Workflows.DefinitionFindings.Report'];
export type VersionInfo = Schemas['Visitation.Workflows.Management.DefinitionVersionInfo'];
export type DefinitionSummary = Schemas['Visitation.Workflows.Management.DefinitionSummary'];
export type MigrationResult = Schemas['Visitation.Workflows.Management.InstanceMigrationResult'];

/** An input's value in the Elsa 3 shape: `{typeName, expression: {type, value}}`. */
export interface InputValue {
  typeName?: string;
  expression?: { type: string; value?: unknown };
  [key: string]: unknown;
}

export interface Point {
  x: number;
  y: number;
}

/** One activity of a flowchart as the Elsa 3 JSON holds it; inputs are further properties by name. */
export interface ActivityJson {
  id: string;
  type: string;
  version?: number;
  name?: string;
  metadata?: { designer?: { position?: Point; size?: { width: number; height: number } }; displayText?: string; [key: string]: unknown };
  customProperties?: Record<string, unknown>;
  [input: string]: unknown;
}

export interface ConnectionJson {
  source: { activity: string; port: string };
  target: { activity: string; port: string };
}

export interface VariableJson {
  id: string;
  name: string;
  typeName: string;
  value?: unknown;
  [key: string]: unknown;
}

export interface FlowchartJson {
  id: string;
  type: string;
  activities: ActivityJson[];
  connections: ConnectionJson[];
  variables?: VariableJson[];
  [key: string]: unknown;
}

/** A whole definition in the Elsa 3 shape, as saved, validated and exported. */
export interface DefinitionJson {
  definitionId?: string;
  name: string;
  description?: string;
  version?: number;
  variables?: VariableJson[];
  root: FlowchartJson;
  [key: string]: unknown;
}

export type FindingLevel = 'error' | 'warning';

/** The data of an activity node: the activity's JSON (inputs included) and what the server found wrong with it. */
export interface ActivityNodeData extends Record<string, unknown> {
  activity: ActivityJson;
  findings?: FindingLevel;
  /** Waiting cases and their median waiting time in hours on the live overlay. */
  overlay?: { waiting: number; medianHours: number };
  /** Position on the test run's path (1 = first), if the run passed through here. */
  visited?: number;
  current?: boolean;
}

export type ActivityFlowNode = Node<ActivityNodeData, 'activity'>;
export type DesignerNode = ActivityFlowNode;

export interface OutcomeEdgeData extends Record<string, unknown> {
  findings?: FindingLevel;
  taken?: boolean;
}

export type OutcomeFlowEdge = Edge<OutcomeEdgeData, 'outcome'>;
export type DesignerEdge = OutcomeFlowEdge;

export const inPort = 'In';

export type LeveledFinding = Finding & { level: FindingLevel };
