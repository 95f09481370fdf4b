import { useShallow } from 'zustand/react/shallow';
import { useI18n } from '../../../i18n';
import { edgeId } from '../mapping';
import { useDesigner } from '../store';
import type { LeveledFinding } from '../types';

interface Props {
  validating: boolean;
  onFocus: (finding: LeveledFinding) => void;
}

/** The server's errors and warnings for the flow as it is now; choosing one selects what it concerns. */
export function FindingsList({ validating, onFocus }: Props) {
  const { t } = useI18n();
  const { findings, select, names } = useDesigner(
    useShallow((s) => ({ findings: s.findings, select: s.select, names: s.nodes.map((n) => `${n.id}=${n.data.activity.name ?? ''}`).join('|') })),
  );
  const nameOf = new Map(names.split('|').map((pair) => pair.split('=') as [string, string]));
  const errors = findings.filter((f) => f.level === 'error').length;
  const warnings = findings.length - errors;

  return (
    <section className="designer-findings" aria-labelledby="designer-findings-title">
      <h2 id="designer-findings-title">
        {t('designer.findings.title')} <span className="designer-muted">({t('designer.findings.summary', { errors, warnings })})</span>
      </h2>
      <p className="visually-hidden" role="status">
        {validating ? t('designer.findings.validating') : t('designer.findings.summary', { errors, warnings })}
      </p>
      {findings.length === 0 ? (
        <p className="designer-muted">{validating ? t('designer.findings.validating') : t('designer.findings.none')}</p>
      ) : (
        <ul>
          {findings.map((f, i) => {
            const where = f.activityId ? nameOf.get(f.activityId) ?? f.activityId : f.source ? `${nameOf.get(f.source) ?? f.source} → ${nameOf.get(f.target ?? '') ?? f.target}` : '';
            return (
              <li key={i}>
                <button
                  type="button"
                  className={`designer-finding designer-finding--${f.level}`}
                  onClick={() => {
                    if (f.source && f.target) {
                      select({ edges: [edgeId({ source: { activity: f.source, port: f.sourcePort ?? 'Done' }, target: { activity: f.target, port: 'In' } })] });
                    } else if (f.activityId) {
                      select({ nodes: [f.activityId] });
                    }
                    onFocus(f);
                  }}
                >
                  <span className="designer-finding__level">{t(f.level === 'error' ? 'designer.finding.error' : 'designer.finding.warning')}</span>
                  {where && <strong>{where}: </strong>}
                  {f.message}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
