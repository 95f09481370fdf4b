import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { ApiError } from '../../api/client';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n';
import { moederApi, moederKeys, type Agenda } from './moederApi';
import { useMeetingAction } from './useMeetingAction';

/**
 * Who is at the meeting, and whether it can decide (the chair present, or a substitute standing in for the chair). Its keepers
 * record it before or during the meeting: each of the chair and members present or absent, and a substitute for an absent one.
 */
export function AttendancePanel({ agenda, keeps }: { agenda: Agenda; keeps: boolean }) {
  const { t } = useI18n();
  const { forumId, meeting, attendance } = agenda;
  const editable = keeps && meeting.status !== 'Closed';
  const forum = useQuery({ queryKey: moederKeys.forum(forumId), queryFn: () => moederApi.forum(forumId), enabled: editable });
  const voters = forum.data ? [...new Set([forum.data.chair, ...forum.data.members])] : [];
  const [absent, setAbsent] = useState<Set<string>>(new Set());
  const [standIns, setStandIns] = useState<Record<string, string>>({});
  const save = useMeetingAction(() =>
    moederApi.attendance(forumId, meeting.id, {
      present: voters.filter((v) => !absent.has(v)),
      absent: voters.filter((v) => absent.has(v)),
      substitutes: Object.entries(standIns)
        .filter(([forPerson, substitute]) => substitute && absent.has(forPerson))
        .map(([forPerson, substitute]) => ({ substitute, for: forPerson })),
      adHoc: attendance.adHoc.map((a) => ({ name: a.name, role: a.role })),
    }),
  );

  // Start the form from what is recorded.
  useEffect(() => {
    setAbsent(new Set(attendance.absent));
    setStandIns(Object.fromEntries(attendance.substitutes.map((s) => [s.standsInFor, s.substitute])));
  }, [attendance]);

  return (
    <section className="moeder-panel moeder-section" aria-labelledby="moeder-attendance-title">
      <h2 id="moeder-attendance-title">{t('moeder.attendance.title')}</h2>
      <p className={attendance.quorate ? 'moeder-quorum moeder-quorum--ok' : 'moeder-quorum moeder-quorum--no'}>
        <span aria-hidden="true">{attendance.quorate ? '✓ ' : '⚠ '}</span>
        {attendance.quorate ? t('moeder.attendance.quorate') : t('moeder.attendance.notQuorate')}
      </p>
      <p className="moeder-muted">
        {attendance.recorded
          ? t('moeder.attendance.recorded', { present: attendance.present.join(', ') || '–', absent: attendance.absent.join(', ') || '–' })
          : t('moeder.attendance.notRecorded')}
        {attendance.substitutes.map((s) => ` ${t('moeder.attendance.standsIn', { substitute: s.substitute, for: s.standsInFor })}`).join('')}
      </p>
      {editable && forum.data && (
        <form
          className="moeder-form"
          onSubmit={(event) => {
            event.preventDefault();
            save.mutate();
          }}
        >
          <fieldset>
            <legend>{t('moeder.attendance.who')}</legend>
            {voters.map((person) => (
              <div key={person} className="moeder-attendee">
                <label>
                  <input
                    type="checkbox"
                    checked={!absent.has(person)}
                    onChange={(event) => {
                      const next = new Set(absent);
                      if (event.target.checked) next.delete(person);
                      else next.add(person);
                      setAbsent(next);
                    }}
                  />{' '}
                  {t('moeder.attendance.present', { person })}
                  {person === forum.data.chair && ` (${t('moeder.seat.Chair')})`}
                </label>
                {absent.has(person) && forum.data.substitutes.length > 0 && (
                  <label>
                    {t('moeder.attendance.substituteFor', { person })}{' '}
                    <select value={standIns[person] ?? ''} onChange={(event) => setStandIns({ ...standIns, [person]: event.target.value })}>
                      <option value="">{t('moeder.attendance.noSubstitute')}</option>
                      {forum.data.substitutes.map((s) => (
                        <option key={s} value={s}>
                          {s}
                        </option>
                      ))}
                    </select>
                  </label>
                )}
              </div>
            ))}
          </fieldset>
          <div className="moeder-actions">
            <button type="submit" className="button" disabled={save.isPending}>
              {t('moeder.attendance.save')}
            </button>
            {save.isSuccess && !save.isPending && <span role="status">{t('moeder.attendance.saved')}</span>}
          </div>
          {save.error && <ProblemAlert error={save.error as ApiError} title={t('moeder.attendance.refused')} />}
        </form>
      )}
    </section>
  );
}
