import { useI18n, type MessageKey } from '../../../i18n';
import type { RoutingAnswer } from './planModel';

/** One plan's answer to "who decides this, and why": the level, the rule, the copies and gates, and the explanation. */
export function AnswerCard({ heading, answer, missing }: { heading: string; answer: RoutingAnswer | null | undefined; missing: string }) {
  const { t, language } = useI18n();
  return (
    <article className="answer" aria-label={heading}>
      <h4 className="answer__heading">{heading}</h4>
      {answer ? (
        <>
          <p className="answer__level">
            <span className="answer__label">{t('simulator.decides')}: </span>
            <strong>{answer.level}</strong>
            {answer.levelKind === 'forum' && <span className="badge">{t('simulator.forum')}</span>}
          </p>
          <p className="answer__rule">{t('simulator.rule', { rule: answer.ruleId })}</p>
          {answer.notify.length > 0 && <p>{t('simulator.notify', { levels: answer.notify.join(', ') })}</p>}
          {answer.gates.length > 0 && <p>{t('simulator.gates', { gates: answer.gates.join(', ') })}</p>}
          {answer.duties.length > 0 && (
            <p>{t('simulator.duties', { duties: answer.duties.map((d) => `${t(`plan.duty.kind.${d.kind}` as MessageKey)}: ${d.level}`).join('; ') })}</p>
          )}
          <p className="answer__why">{language === 'en' ? answer.explanation.en : answer.explanation.da}</p>
        </>
      ) : (
        <p className="plan-table__muted">{missing}</p>
      )}
    </article>
  );
}
