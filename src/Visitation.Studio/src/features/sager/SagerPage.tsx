import { Route, Routes } from 'react-router';
import { WorkspacePage } from '../workspace/WorkspacePage';
import { CasePage } from './CasePage';
import { IndstillingPage } from './IndstillingPage';
import { RegisterPage } from './RegisterPage';
import { TaskPage } from './TaskPage';
import { UndersoegelsePage } from './UndersoegelsePage';
import { WorkList } from './WorkList';
import './sager.css';

/** The caseworkers' workspace: the work list, tasks, cases and registering an underretning. */
export default function SagerPage() {
  return (
    <div className="sager">
      <Routes>
        <Route
          index
          element={
            <WorkspacePage id="sager">
              <WorkList />
            </WorkspacePage>
          }
        />
        <Route path="ny-underretning" element={<RegisterPage />} />
        <Route path="opgaver/:taskId" element={<TaskPage />} />
        <Route path=":caseId" element={<CasePage />} />
        <Route path=":caseId/indstilling" element={<IndstillingPage />} />
        <Route path=":caseId/undersoegelse" element={<UndersoegelsePage />} />
      </Routes>
    </div>
  );
}
