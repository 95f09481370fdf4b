import { useId, useState } from 'react';
import type { ApiError, ProblemError } from '../../api/client';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n';
import { codeLabel } from './codeLabel';
import { moederApi, type AgendaEntry, type MeetingOutcome } from './moederApi';
import { useMeetingAction } from './useMeetingAction';

const outcomes: MeetingOutcome[] = ['Bevilget', 'BevilgetMedAendring', 'Afslaaet', 'Tilbagesendt'];

interface Props {
  forumId: string;
  meetingId: string;
  entry: AgendaEntry;
}

/**
 * A member records the forum's decision on an item with its reasons: granted, granted with a change (and the changed scope),
 * refused or sent back (and what to investigate). A member who is disqualified says so here and is left out of the item.
 */
export function DecisionForm({ forumId, meetingId, entry }: Props) {
  const { t } = useI18n();
  const id = useId();
  const { item, proposal } = entry;
  const [outcome, setOutcome] = useState<MeetingOutcome | ''>(item.outcome && item.outcome !== 'Udsat' ? item.outcome : '');
  const [rationale, setRationale] = useState(item.rationale ?? '');
  const [change, setChange] = useState(item.change ?? '');
  const [quantity, setQuantity] = useState(item.changedQuantity != null ? String(item.changedQuantity).replace('.', ',') : '');
  const [investigate, setInvestigate] = useState(item.investigate ?? '');
  const decide = useMeetingAction(() =>
    moederApi.decide(forumId, meetingId, item.id, {
      outcome: outcome || undefined,
      rationale,
      change: outcome === 'BevilgetMedAendring' ? change : null,
      // The scope is a quantity of units, not money: typed with a Danish comma, sent as the number it names.
      changedQuantity: outcome === 'BevilgetMedAendring' && quantity.trim() ? Number(quantity.replace(',', '.')) : null,
      investigate: outcome === 'Tilbagesendt' ? investigate : null,
    }),
  );
  const disqualify = useMeetingAction(() => moederApi.disqualify(forumId, meetingId, item.id));
  const errors = ((decide.error as ApiError | null)?.problem.errors ?? []) as ProblemError[];
  const errorAt = (path: string) => errors.find((e) => e.path === path)?.message;
  const field = (name: string) => `${id}-${name}`;

  return (
    <form
      className="moeder-form moeder-decision moeder-no-print"
      aria-labelledby={field('legend')}
      onSubmit={(event) => {
        event.preventDefault();
        decide.mutate();
      }}
    >
      <fieldset>
        <legend id={field('legend')}>{t('moeder.decide.legend', { position: item.position })}</legend>
        <div className="moeder-radios">
          {outcomes.map((o) => (
            <label key={o}>
              <input type="radio" name={field('outcome')} value={o} checked={outcome === o} onChange={() => setOutcome(o)} /> {t(`moeder.outcome.${o}`)}
            </label>
          ))}
        </div>
        {errorAt('/outcome') && <p className="moeder-field-error">{errorAt('/outcome')}</p>}
        {outcome === 'BevilgetMedAendring' && (
          <>
            <label htmlFor={field('change')}>{t('moeder.decide.change')}</label>
            <input id={field('change')} value={change} onChange={(e) => setChange(e.target.value)} aria-invalid={!!errorAt('/change')} />
            {errorAt('/change') && <p className="moeder-field-error">{errorAt('/change')}</p>}
            <label htmlFor={field('quantity')}>
              {t('moeder.decide.quantity', { unit: codeLabel(t, 'moeder.unit', proposal.unit), proposed: String(proposal.quantity).replace('.', ',') })}
            </label>
            <input id={field('quantity')} inputMode="decimal" value={quantity} onChange={(e) => setQuantity(e.target.value)} aria-invalid={!!errorAt('/changedQuantity')} />
          </>
        )}
        {outcome === 'Tilbagesendt' && (
          <>
            <label htmlFor={field('investigate')}>{t('moeder.decide.investigate')}</label>
            <input id={field('investigate')} value={investigate} onChange={(e) => setInvestigate(e.target.value)} aria-invalid={!!errorAt('/investigate')} />
            {errorAt('/investigate') && <p className="moeder-field-error">{errorAt('/investigate')}</p>}
          </>
        )}
        <label htmlFor={field('rationale')}>{t('moeder.decide.rationale')}</label>
        <textarea id={field('rationale')} rows={2} value={rationale} onChange={(e) => setRationale(e.target.value)} aria-invalid={!!errorAt('/rationale')} />
        {errorAt('/rationale') && <p className="moeder-field-error">{errorAt('/rationale')}</p>}
      </fieldset>
      <div className="moeder-actions">
        <button type="submit" className="button button--primary" disabled={decide.isPending}>
          {t('moeder.decide.submit')}
        </button>
        <button type="button" className="button button--ghost" onClick={() => disqualify.mutate()} disabled={disqualify.isPending}>
          {t('moeder.decide.disqualify')}
        </button>
      </div>
      {decide.error && <ProblemAlert error={decide.error as ApiError} title={t('moeder.decide.refused')} />}
      {disqualify.error && <ProblemAlert error={disqualify.error as ApiError} title={t('moeder.decide.refused')} />}
    </form>
  );
}
