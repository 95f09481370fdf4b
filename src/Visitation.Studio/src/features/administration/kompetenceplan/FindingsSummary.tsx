import type { ProblemError } from '../../../api/client';
import { useI18n } from '../../../i18n';

interface Props {
  findings: ProblemError[];
  checking: boolean;
  onSelectRow: (index: number) => void;
}

/** Every finding on the draft in one place; a row's finding opens that row. */
export function FindingsSummary({ findings, checking, onSelectRow }: Props) {
  const { t } = useI18n();
  return (
    <section className={`findings ${findings.length > 0 ? 'findings--some' : 'findings--none'}`} aria-labelledby="findings-title" aria-live="polite">
      <h2 id="findings-title">
        {t('plan.findings.title')}
        {findings.length > 0 && <span className="badge badge--danger">{t('plan.findings.count', { count: findings.length })}</span>}
      </h2>
      {checking && <p className="plan-table__muted">{t('plan.findings.checking')}</p>}
      {findings.length === 0 ? (
        <p>
          <span aria-hidden="true">✓ </span>
          {t('plan.findings.none')}
        </p>
      ) : (
        <ul className="findings__list">
          {findings.map((f) => {
            const rule = /^\/rules\/(\d+)/.exec(f.path);
            const central = /^\/recentralisations\/(\d+)/.exec(f.path);
            return (
              <li key={`${f.path}:${f.code}:${f.message}`}>
                <span aria-hidden="true">⚠ </span>
                {rule ? (
                  <button type="button" className="link-button" onClick={() => onSelectRow(Number(rule[1]))}>
                    {t('plan.findings.row', { row: Number(rule[1]) + 1 })}
                  </button>
                ) : central ? (
                  <strong>{t('plan.findings.recentralisation', { row: Number(central[1]) + 1 })}</strong>
                ) : null}{' '}
                {f.message}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
