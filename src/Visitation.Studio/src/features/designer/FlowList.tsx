import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../../api/client';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n';
import { designerApi } from './designerApi';
import type { DefinitionSummary } from './types';

/** The municipality's flows, newest change first; each opens in the designer. */
export function FlowList({ canEdit }: { canEdit: boolean }) {
  const { t, language } = useI18n();
  const [flows, setFlows] = useState<DefinitionSummary[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    designerApi.list().then(
      (list) => setFlows([...list].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))),
      (e: ApiError) => setError(e),
    );
  }, []);

  return (
    <section aria-labelledby="designer-flows-title" className="designer-flows">
      <div className="designer-flows__head">
        <h2 id="designer-flows-title">{t('designer.flows.title')}</h2>
        {canEdit && (
          <Link className="designer-button designer-button--primary" to="/designer/ny">
            {t('designer.flows.new')}
          </Link>
        )}
      </div>
      {error && <ProblemAlert error={error} />}
      {!flows && !error && <p>{t('app.loading')}</p>}
      {flows && flows.length === 0 && <p>{t('designer.flows.none')}</p>}
      {flows && flows.length > 0 && (
        <table className="designer-table">
          <thead>
            <tr>
              <th scope="col">{t('designer.flows.name')}</th>
              <th scope="col">{t('designer.flows.latest')}</th>
              <th scope="col">{t('designer.flows.published')}</th>
              <th scope="col">{t('designer.flows.updated')}</th>
            </tr>
          </thead>
          <tbody>
            {flows.map((flow) => (
              <tr key={flow.definitionId}>
                <td>
                  <Link to={`/designer/${encodeURIComponent(flow.definitionId)}`}>{flow.name}</Link>
                </td>
                <td>{flow.latestVersion}</td>
                <td>{flow.publishedVersion ?? '–'}</td>
                <td>{new Date(flow.updatedAt).toLocaleString(language === 'da' ? 'da-DK' : 'en-GB')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
