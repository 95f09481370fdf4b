import { WorkspacePage } from '../workspace/WorkspacePage';

export default function MoederPage() {
  return <WorkspacePage id="moeder" />;
}
