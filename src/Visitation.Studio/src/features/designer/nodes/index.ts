import type { NodeTypes } from '@xyflow/react';
import { ActivityNode } from './ActivityNode';

export const nodeTypes: NodeTypes = { activity: ActivityNode };
