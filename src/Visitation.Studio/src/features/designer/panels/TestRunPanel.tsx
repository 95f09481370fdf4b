import { useI18n } from '../../../i18n';
import { localized, useDescriptors } from '../descriptors';
import { outcomesOf } from '../mapping';
import { currentStep, type SimulationStep } from '../simulate';
import type { DesignerNode } from '../types';

interface Props {
  nodes: readonly DesignerNode[];
  path: readonly SimulationStep[];
  onChoose: (outcome: string) => void;
  onRestart: () => void;
  onClose: () => void;
}

/** A run on paper: at each step the designer picks the outcome, and the path shows on the canvas. Nothing is saved. */
export function TestRunPanel({ nodes, path, onChoose, onRestart, onClose }: Props) {
  const { t, language } = useI18n();
  const { byType } = useDescriptors();
  const byId = new Map(nodes.map((n) => [n.id, n.data.activity]));
  const index = currentStep(path);
  const current = index >= 0 ? byId.get(path[index]!.activityId) : undefined;
  const outcomes = current ? outcomesOf(current, byType.get(current.type)) : [];
  const label = (id: string) => {
    const a = byId.get(id);
    if (!a) return id;
    const d = byType.get(a.type);
    return `${a.name ?? a.id}${d ? ` (${localized(d.displayName, language)})` : ''}`;
  };

  return (
    <section className="designer-testrun" aria-labelledby="designer-testrun-title">
      <div className="designer-testrun__head">
        <h2 id="designer-testrun-title">{t('designer.testRun.title')}</h2>
        <button type="button" className="designer-button" onClick={onRestart}>
          {t('designer.testRun.restart')}
        </button>
        <button type="button" className="designer-button designer-button--ghost" onClick={onClose}>
          {t('designer.close')}
        </button>
      </div>
      <ol className="designer-testrun__path">
        {path.map((step, i) => (
          <li key={i}>
            <span className="designer-testrun__number">{i + 1}</span> {label(step.activityId)}
            {step.outcome !== undefined && <> → <strong>{step.outcome}</strong></>}
          </li>
        ))}
      </ol>
      <div aria-live="polite">
        {current && outcomes.length > 0 ? (
          (
            <fieldset className="designer-fieldset">
              <legend>{t('designer.testRun.choose', { name: label(current.id) })}</legend>
              {outcomes.map((o) => (
                <button key={o} type="button" className="designer-button" onClick={() => onChoose(o)}>
                  {o}
                </button>
              ))}
            </fieldset>
          )
        ) : (
          <p className="designer-testrun__done">{t('designer.testRun.finished', { count: path.length })}</p>
        )}
      </div>
    </section>
  );
}
