import { WorkspacePage } from '../workspace/WorkspacePage';

export default function OverblikPage() {
  return <WorkspacePage id="overblik" />;
}
