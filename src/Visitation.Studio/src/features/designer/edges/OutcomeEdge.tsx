import { BaseEdge, EdgeLabelRenderer, getSmoothStepPath, type EdgeProps, type EdgeTypes } from '@xyflow/react';
import { memo } from 'react';
import type { OutcomeFlowEdge } from '../types';

function OutcomeEdgeView({ id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected, sourceHandleId, markerEnd }: EdgeProps<OutcomeFlowEdge>) {
  const [path, labelX, labelY] = getSmoothStepPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, borderRadius: 8 });
  const classes = ['outcome-edge'];
  if (selected) classes.push('outcome-edge--selected');
  if (data?.findings) classes.push(`outcome-edge--${data.findings}`);
  if (data?.taken) classes.push('outcome-edge--taken');
  return (
    <>
      <BaseEdge id={id} path={path} className={classes.join(' ')} markerEnd={markerEnd} interactionWidth={24} />
      {data?.findings && (
        <EdgeLabelRenderer>
          <span
            className={`outcome-edge__finding outcome-edge__finding--${data.findings}`}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
            data-edge-id={id}
          >
            {data.findings === 'error' ? '!' : '?'} {sourceHandleId}
          </span>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

export const OutcomeEdge = memo(OutcomeEdgeView);
export const edgeTypes: EdgeTypes = { outcome: OutcomeEdge };
