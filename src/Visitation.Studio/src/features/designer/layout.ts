import dagre from '@dagrejs/dagre';
import { nodeHeight, nodeWidth } from './mapping';
import type { DesignerEdge, DesignerNode } from './types';

/** Lays the flow out left to right with dagre, as outcomes leave a node on its right; positions are the nodes' top-left corners. */
export function layoutGraph(nodes: readonly DesignerNode[], edges: readonly DesignerEdge[]): DesignerNode[] {
  const graph = new dagre.graphlib.Graph();
  graph.setGraph({ rankdir: 'LR', nodesep: 36, ranksep: 90 });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const node of nodes) {
    graph.setNode(node.id, { width: node.measured?.width ?? nodeWidth, height: node.measured?.height ?? nodeHeight });
  }
  for (const edge of edges) graph.setEdge(edge.source, edge.target);
  dagre.layout(graph);
  return nodes.map((node) => {
    const placed = graph.node(node.id);
    const width = node.measured?.width ?? nodeWidth;
    const height = node.measured?.height ?? nodeHeight;
    return { ...node, position: { x: placed.x - width / 2, y: placed.y - height / 2 } };
  });
}
