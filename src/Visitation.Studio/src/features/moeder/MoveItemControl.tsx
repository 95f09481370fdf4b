import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { ApiError } from '../../api/client';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n';
import { moederApi, moederKeys, type AgendaEntry, type Meeting } from './moederApi';
import { formatMeetingDate } from './time';

interface Props {
  forumId: string;
  meetingId: string;
  entry: AgendaEntry;
  /** The forum's later planned meetings. */
  later: Meeting[];
}

/** Before the meeting, moves an item to a later meeting of the forum; a full meeting cannot be chosen. */
export function MoveItemControl({ forumId, meetingId, entry, later }: Props) {
  const { t, language } = useI18n();
  const queryClient = useQueryClient();
  const selectId = useId();
  const [target, setTarget] = useState('');
  const move = useMutation({
    mutationFn: () => moederApi.move(forumId, meetingId, entry.item.id, target),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: moederKeys.all }),
  });

  return (
    <form
      className="moeder-inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (target) move.mutate();
      }}
    >
      <label htmlFor={selectId}>{t('moeder.move.label', { position: entry.item.position })}</label>
      <select id={selectId} value={target} onChange={(event) => setTarget(event.target.value)}>
        <option value="">{t('moeder.move.choose')}</option>
        {later.map((m) => (
          <option key={m.id} value={m.id} disabled={m.items >= m.capacity}>
            {formatMeetingDate(m.date, language)} – {t('moeder.meeting.places', { items: m.items, capacity: m.capacity })}
          </option>
        ))}
      </select>
      <button type="submit" className="button" disabled={!target || move.isPending}>
        {t('moeder.move.submit')}
      </button>
      {move.error && <ProblemAlert error={move.error as ApiError} title={t('moeder.move.refused')} />}
    </form>
  );
}
