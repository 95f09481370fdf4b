import { Route, Routes } from 'react-router';
import { useAuth } from '../../auth/AuthProvider';
import { WorkspacePage } from '../workspace/WorkspacePage';
import { FlowEditor } from './FlowEditor';
import { FlowList } from './FlowList';
import './designer.css';

const editorRoles = ['Procesdesigner', 'Administrator'];

/** The designer workspace: the list of flows at /designer and one flow at /designer/:definitionId. */
export default function DesignerPage() {
  const { state } = useAuth();
  const canEdit = state.status === 'signedIn' && state.user.roles.some((role) => editorRoles.includes(role));
  return (
    <Routes>
      <Route
        index
        element={
          <WorkspacePage id="designer">
            <FlowList canEdit={canEdit} />
          </WorkspacePage>
        }
      />
      <Route path=":definitionId" element={<FlowEditor canEdit={canEdit} />} />
    </Routes>
  );
}
