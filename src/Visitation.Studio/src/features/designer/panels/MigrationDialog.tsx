import { useEffect, useState } from 'react';
import { ApiError } from '../../../api/client';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';
import { designerApi } from '../designerApi';
import type { ActivityJson, MigrationResult, VersionInfo } from '../types';
import { Dialog } from './Dialog';

interface Props {
  definitionId: string;
  onClose: () => void;
}

/** Moves running cases from one version to another: map the activities that are gone, see a dry run, then apply. */
export function MigrationDialog({ definitionId, onClose }: Props) {
  const { t } = useI18n();
  const [versions, setVersions] = useState<VersionInfo[]>([]);
  const [from, setFrom] = useState<number | null>(null);
  const [to, setTo] = useState<number | null>(null);
  const [gone, setGone] = useState<ActivityJson[]>([]);
  const [targets, setTargets] = useState<ActivityJson[]>([]);
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [result, setResult] = useState<MigrationResult | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    designerApi.versions(definitionId).then((list) => {
      setVersions(list);
      const published = list.filter((v) => v.state !== 'Draft').map((v) => v.version);
      if (published.length >= 2) {
        setFrom(published.at(-2)!);
        setTo(published.at(-1)!);
      } else if (list.length >= 1) {
        setFrom(list[0]!.version);
        setTo(list.at(-1)!.version);
      }
    }, setError);
  }, [definitionId]);

  useEffect(() => {
    if (from === null || to === null) return;
    setResult(null);
    Promise.all([designerApi.get(definitionId, from), designerApi.get(definitionId, to)]).then(([a, b]) => {
      const kept = new Set(b.definition.root.activities.map((x) => x.id));
      setGone(a.definition.root.activities.filter((x) => !kept.has(x.id)));
      setTargets(b.definition.root.activities);
      setMapping({});
    }, setError);
  }, [definitionId, from, to]);

  const run = async (dryRun: boolean) => {
    if (from === null || to === null) return;
    setBusy(true);
    setError(null);
    try {
      setResult(await designerApi.migrate({ definitionId, fromVersion: from, toVersion: to, mapping, dryRun }));
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setBusy(false);
    }
  };

  const versionSelect = (id: string, label: string, value: number | null, onChange: (v: number) => void) => (
    <div className="designer-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} className="designer-input" value={value ?? ''} onChange={(e) => onChange(Number(e.target.value))}>
        {versions.map((v) => (
          <option key={v.version} value={v.version}>
            {t('designer.migrate.versionOption', { version: v.version, state: t(`designer.state.${v.state}`) })}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <Dialog title={t('designer.migrate.title')} onClose={onClose} wide>
      {error && <ProblemAlert error={error} />}
      <div className="designer-form designer-form--row">
        {versionSelect('migrate-from', t('designer.migrate.from'), from, setFrom)}
        {versionSelect('migrate-to', t('designer.migrate.to'), to, setTo)}
      </div>
      <h3>{t('designer.migrate.mapping')}</h3>
      {gone.length === 0 ? (
        <p className="designer-muted">{t('designer.migrate.noMapping')}</p>
      ) : (
        gone.map((activity) => (
          <div className="designer-field" key={activity.id}>
            <label htmlFor={`map-${activity.id}`}>{t('designer.migrate.mapFrom', { name: activity.name ?? activity.id })}</label>
            <select
              id={`map-${activity.id}`}
              className="designer-input"
              value={mapping[activity.id] ?? ''}
              onChange={(e) => setMapping({ ...mapping, [activity.id]: e.target.value })}
            >
              <option value="">{t('designer.props.choose')}</option>
              {targets.map((target) => (
                <option key={target.id} value={target.id}>
                  {target.name ?? target.id}
                </option>
              ))}
            </select>
          </div>
        ))
      )}
      <div className="designer-form__actions">
        <button type="button" className="designer-button" disabled={busy} onClick={() => void run(true)}>
          {t('designer.migrate.dryRun')}
        </button>
        <button type="button" className="designer-button designer-button--primary" disabled={busy || !result?.dryRun} onClick={() => void run(false)}>
          {t('designer.migrate.apply')}
        </button>
      </div>
      {result && (
        <section aria-live="polite">
          <h3>{result.dryRun ? t('designer.migrate.reportDry') : t('designer.migrate.reportDone')}</h3>
          {result.instances.length === 0 ? (
            <p>{t('designer.migrate.noInstances')}</p>
          ) : (
            <table className="designer-table">
              <thead>
                <tr>
                  <th scope="col">{t('designer.migrate.instance')}</th>
                  <th scope="col">{t('designer.migrate.outcome')}</th>
                  <th scope="col">{t('designer.migrate.details')}</th>
                </tr>
              </thead>
              <tbody>
                {result.instances.map((i) => (
                  <tr key={i.instanceId}>
                    <td>{i.instanceId}</td>
                    <td>{i.migrated ? t('designer.migrate.migrated') : i.canMigrate ? t('designer.migrate.can') : t('designer.migrate.cannot')}</td>
                    <td>{[...i.moves.map((m) => `${m.from} → ${m.to} (${m.status})`), ...i.problems, ...i.warnings].join('; ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}
    </Dialog>
  );
}
