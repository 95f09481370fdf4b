import { useEffect, useState } from 'react';
import { ApiError } from '../../../api/client';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';
import { diffDefinitions, type VersionDiff } from '../diff';
import { designerApi } from '../designerApi';
import type { DefinitionJson, VersionInfo } from '../types';
import { Dialog } from './Dialog';

interface Props {
  definitionId: string;
  current: DefinitionJson;
  readOnly: boolean;
  onRestore: (definition: DefinitionJson) => void;
  onClose: () => void;
}

/** Every version of the flow; a version can be compared with the flow on the canvas and restored as the new draft. */
export function VersionsDialog({ definitionId, current, readOnly, onRestore, onClose }: Props) {
  const { t, language } = useI18n();
  const [versions, setVersions] = useState<VersionInfo[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [compared, setCompared] = useState<{ version: number; definition: DefinitionJson; diff: VersionDiff } | null>(null);

  useEffect(() => {
    designerApi.versions(definitionId).then(setVersions, (e: ApiError) => setError(e));
  }, [definitionId]);

  const compare = async (version: number) => {
    try {
      const document = await designerApi.get(definitionId, version);
      setCompared({ version, definition: document.definition, diff: diffDefinitions(document.definition, current) });
    } catch (e) {
      setError(e as ApiError);
    }
  };

  const date = (value?: string | null) => (value ? new Date(value).toLocaleString(language === 'da' ? 'da-DK' : 'en-GB') : '');

  return (
    <Dialog title={t('designer.versions.title')} onClose={onClose} wide>
      {error && <ProblemAlert error={error} />}
      {!versions && !error && <p>{t('app.loading')}</p>}
      {versions && (
        <table className="designer-table">
          <thead>
            <tr>
              <th scope="col">{t('designer.versions.version')}</th>
              <th scope="col">{t('designer.versions.state')}</th>
              <th scope="col">{t('designer.versions.updated')}</th>
              <th scope="col">{t('designer.versions.note')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('designer.versions.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {[...versions].reverse().map((v) => (
              <tr key={v.version}>
                <td>{v.version}</td>
                <td>
                  {t(`designer.state.${v.state}`)}
                  {v.effectiveFrom ? ` (${t('designer.versions.from', { date: date(v.effectiveFrom) })})` : ''}
                </td>
                <td>{date(v.publishedAt ?? v.updatedAt)}</td>
                <td>{v.publishNote}</td>
                <td className="designer-table__actions">
                  <button type="button" className="designer-button" onClick={() => void compare(v.version)}>
                    {t('designer.versions.compare', { version: v.version })}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {compared && (
        <section aria-labelledby="designer-diff-title" className="designer-diff">
          <h3 id="designer-diff-title">{t('designer.versions.diffTitle', { version: compared.version })}</h3>
          <DiffList diff={compared.diff} />
          {!readOnly && (
            <button type="button" className="designer-button designer-button--primary" onClick={() => onRestore(compared.definition)}>
              {t('designer.versions.restore', { version: compared.version })}
            </button>
          )}
        </section>
      )}
    </Dialog>
  );
}

function DiffList({ diff }: { diff: VersionDiff }) {
  const { t } = useI18n();
  const rows: [string, string, string][] = [
    ...diff.addedActivities.map((a) => ['added', t('designer.diff.addedActivity'), a.name ?? a.id] as [string, string, string]),
    ...diff.removedActivities.map((a) => ['removed', t('designer.diff.removedActivity'), a.name ?? a.id] as [string, string, string]),
    ...diff.changedActivities.map((c) => ['changed', t('designer.diff.changedActivity'), `${c.after.name ?? c.after.id} (${c.fields.join(', ')})`] as [string, string, string]),
    ...diff.addedConnections.map((c) => ['added', t('designer.diff.addedConnection'), c] as [string, string, string]),
    ...diff.removedConnections.map((c) => ['removed', t('designer.diff.removedConnection'), c] as [string, string, string]),
  ];
  if (rows.length === 0) return <p>{t('designer.diff.none')}</p>;
  return (
    <ul className="designer-difflist">
      {rows.map(([kind, label, what], i) => (
        <li key={i} className={`designer-difflist__${kind}`}>
          <strong>{label}:</strong> {what}
        </li>
      ))}
    </ul>
  );
}
