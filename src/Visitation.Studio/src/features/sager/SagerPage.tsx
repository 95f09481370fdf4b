import { WorkspacePage } from '../workspace/WorkspacePage';

export default function SagerPage() {
  return <WorkspacePage id="sager" />;
}
