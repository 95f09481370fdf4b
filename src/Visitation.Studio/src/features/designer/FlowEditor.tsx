import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { ProblemAlert } from '../../components/ProblemAlert';
import { usePageTitle } from '../../components/usePageTitle';
import { useI18n } from '../../i18n';
import { Designer } from './Designer';
import { designerApi } from './designerApi';
import { emptyDefinition } from './mapping';
import { useDesigner } from './store';
import type { ActivityDescriptor, VersionInfo } from './types';

/** Loads a flow (or starts a new one) and the activity descriptors, then opens the designer. */
export function FlowEditor({ canEdit }: { canEdit: boolean }) {
  const { t } = useI18n();
  const { definitionId } = useParams();
  const navigate = useNavigate();
  const isNew = !definitionId || definitionId === 'ny';
  const [descriptors, setDescriptors] = useState<ActivityDescriptor[] | null>(null);
  const [state, setState] = useState<VersionInfo['state'] | null>(null);
  const [ready, setReady] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const load = useDesigner((s) => s.load);
  // A new flow gets its id on its first save; the address follows, but the canvas (and its undo history) stays.
  const justSaved = useRef<string | null>(null);

  useEffect(() => {
    designerApi.descriptors().then(setDescriptors, setError);
  }, []);

  useEffect(() => {
    if (definitionId && definitionId === justSaved.current) {
      justSaved.current = null;
      return;
    }
    setReady(false);
    if (isNew) {
      load(emptyDefinition(t('designer.newFlowName')));
      setState(null);
      setReady(true);
      return;
    }
    designerApi.get(definitionId).then(
      (document) => {
        load({ ...document.definition, definitionId: document.definitionId, name: document.name });
        setState(document.state);
        setReady(true);
      },
      setError,
    );
    // Loading again after a save would throw away the undo history; only the flow's id matters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [definitionId]);

  usePageTitle(t('designer.title'));

  return (
    <div className="designer-page">
      <h1 className="visually-hidden" tabIndex={-1}>
        {t('designer.title')}
      </h1>
      <p className="designer-back">
        <Link to="/designer">← {t('designer.flows.back')}</Link>
      </p>
      {error && <ProblemAlert error={error} />}
      {(!descriptors || !ready) && !error && <p>{t('app.loading')}</p>}
      {descriptors && ready && (
        <Designer
          descriptors={descriptors}
          definitionId={isNew ? null : definitionId}
          version={state}
          readOnly={!canEdit}
          onSaved={(id) => {
            if (id !== definitionId) {
              justSaved.current = id;
              navigate(`/designer/${encodeURIComponent(id)}`, { replace: true });
            }
            designerApi.get(id).then((d) => setState(d.state), () => undefined);
          }}
        />
      )}
    </div>
  );
}
