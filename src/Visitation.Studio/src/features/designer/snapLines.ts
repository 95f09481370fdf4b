import type { NodePositionChange } from '@xyflow/react';
import { nodeHeight, nodeWidth } from './mapping';
import type { DesignerNode } from './types';

export interface SnapLines {
  x?: number;
  y?: number;
}

const threshold = 6;

/**
 * Snaps a dragged node to the left edge, centre or right edge (and top, middle, bottom) of another node when
 * it comes within a few pixels, and returns the lines it snapped to so they can be drawn.
 */
export function snapToNodes(change: NodePositionChange, nodes: readonly DesignerNode[]): { change: NodePositionChange; lines: SnapLines } {
  const dragged = nodes.find((n) => n.id === change.id);
  if (!dragged || !change.position) return { change, lines: {} };
  const width = dragged.measured?.width ?? nodeWidth;
  const height = dragged.measured?.height ?? nodeHeight;
  let { x, y } = change.position;
  const lines: SnapLines = {};
  let bestX = threshold;
  let bestY = threshold;
  for (const other of nodes) {
    if (other.id === dragged.id || other.selected) continue;
    const ow = other.measured?.width ?? nodeWidth;
    const oh = other.measured?.height ?? nodeHeight;
    const xs: [number, number][] = [
      [other.position.x, change.position.x],
      [other.position.x + ow / 2, change.position.x + width / 2],
      [other.position.x + ow, change.position.x + width],
    ];
    for (const [line, own] of xs) {
      if (Math.abs(line - own) < bestX) {
        bestX = Math.abs(line - own);
        x = change.position.x + (line - own);
        lines.x = line;
      }
    }
    const ys: [number, number][] = [
      [other.position.y, change.position.y],
      [other.position.y + oh / 2, change.position.y + height / 2],
      [other.position.y + oh, change.position.y + height],
    ];
    for (const [line, own] of ys) {
      if (Math.abs(line - own) < bestY) {
        bestY = Math.abs(line - own);
        y = change.position.y + (line - own);
        lines.y = line;
      }
    }
  }
  return { change: { ...change, position: { x, y } }, lines };
}
