import { WorkspacePage } from '../workspace/WorkspacePage';

export default function DesignerPage() {
  return <WorkspacePage id="designer" />;
}
