import { useI18n } from '../../i18n';
import { Deadline } from './Deadline';
import { tk } from './tk';
import type { NextStep } from './sagerApi';

/** What a case waits for, in words: its next task, or what its flow waits at. */
export function NextStepText({ step, now }: { step: NextStep; now: Date }) {
  const { t } = useI18n();
  const text = tk(t, `sager.next.${step.code}`, t('sager.next.ukendt'), { detail: step.detail ?? '' });
  return (
    <span className="next-step">
      <span>{text}</span>
      {step.dueAt && <Deadline dueAt={step.dueAt} now={now} compact />}
    </span>
  );
}
