import { useId, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiError } from '../../api/client';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n, type MessageKey } from '../../i18n';
import { dutiesApi, dutyKeys, type Duty } from '../moeder/dutiesApi';
import { dateTime } from './format';

/**
 * The duties of one indstilling's decision, as the competence plan's row gave them: who must approve (and who did,
 * when and why), the justification to write, and the copies and information with their state.
 */
export function CaseDuties({ caseId, duties }: { caseId: string; duties: Duty[] }) {
  const { t } = useI18n();
  if (duties.length === 0) return null;
  return (
    <div className="case-duties">
      <h3>{t('sager.duties.title')}</h3>
      <ul className="plain">
        {duties.map((d) => (
          <DutyLine key={d.id} caseId={caseId} duty={d} />
        ))}
      </ul>
    </div>
  );
}

function DutyLine({ caseId, duty }: { caseId: string; duty: Duty }) {
  const { t, language } = useI18n();
  const what = t(`sager.duties.kind.${duty.kind}` as MessageKey, { level: duty.level });
  const state = t(`sager.duties.state.${duty.state}` as MessageKey);
  return (
    <li>
      <p>
        <strong>{what}</strong> · {state}
        {duty.answeredBy && duty.answeredAt && (duty.state === 'Godkendt' || duty.state === 'Afvist') && (
          <>
            {' '}
            · {t('sager.duties.answered', { name: duty.answeredBy, at: dateTime(duty.answeredAt, language) })}
          </>
        )}
      </p>
      {duty.reason && <p className="muted">{t('sager.duties.reason', { reason: duty.reason })}</p>}
      {duty.justification && <p className="muted">{t('sager.duties.justification', { text: duty.justification })}</p>}
      {duty.state === 'AfventerBegrundelse' && <JustifyForm caseId={caseId} duty={duty} />}
    </li>
  );
}

function JustifyForm({ caseId, duty }: { caseId: string; duty: Duty }) {
  const { t } = useI18n();
  const id = useId();
  const [text, setText] = useState('');
  const queryClient = useQueryClient();
  const justify = useMutation({
    mutationFn: () => dutiesApi.justify(caseId, duty.id, text),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: dutyKeys.all }),
  });
  return (
    <form
      className="case-duties-form"
      onSubmit={(e) => {
        e.preventDefault();
        justify.mutate();
      }}
    >
      {justify.error && <ProblemAlert error={justify.error as ApiError} />}
      <label htmlFor={id}>{t('sager.duties.writeJustification', { level: duty.level })}</label>
      <textarea id={id} rows={3} value={text} onChange={(e) => setText(e.target.value)} />
      <button type="submit" className="button" disabled={justify.isPending}>
        {t('sager.duties.send')}
      </button>
    </form>
  );
}
