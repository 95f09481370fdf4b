import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiError, ProblemError } from '../../../api/client';
import type { components } from '../../../api/schema';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';
import { adminApi, adminKeys, type ForumFields } from '../adminApi';
import { errorProps, FieldErrors } from '../components/FieldErrors';
import { findingsAt } from '../kompetenceplan/planModel';

type ForumView = components['schemas']['Fora.ForumView'];
type Person = { username: string; displayName?: string | null };

const forumKinds = ['Visitationsudvalg', 'Sagskonference', 'Bevillingsmoede', 'BoerneOgUngeudvalg', 'Andet'] as const;
const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
const approvals = ['Off', 'ChairAlone', 'MajorityOfMembers'] as const;
const groups = ['members', 'substitutes', 'adHoc', 'secretaries'] as const;

function fieldsOf(forum: ForumView | null): ForumFields {
  if (!forum)
    return {
      name: '', kind: 'Visitationsudvalg', level: null, chair: null, members: [], substitutes: [], adHoc: [], secretaries: [],
      schedule: { everyWeeks: 1, weekday: 'Thursday', time: '09:00', startsOn: new Date().toISOString().slice(0, 10) },
      cutoff: { daysBefore: 2, time: '12:00' }, capacity: 10, asyncApproval: 'ChairAlone',
    };
  return { ...forum, schedule: { ...forum.schedule }, cutoff: { ...forum.cutoff } };
}

interface Props {
  forum: ForumView | null;
  levels: { id: string; name: string }[];
  people: Person[];
  onSaved: (forum: ForumView) => void;
  onNew: () => void;
}

/** A forum's people, meeting schedule, cut-off, capacity and approval between meetings; the server's refusals at their fields. */
export function ForumForm({ forum, levels, people, onSaved, onNew }: Props) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [fields, setFields] = useState<ForumFields>(() => fieldsOf(forum));
  const save = useMutation({
    mutationFn: () => (forum ? adminApi.updateForum(forum.id, fields) : adminApi.createForum(fields)),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: adminKeys.forums });
      onSaved(saved);
    },
  });
  const errors = (save.error as ApiError | null)?.problem.errors ?? [];
  const at = (path: string) => findingsAt(errors, path);
  const known = ['/name', '/kind', '/level', '/chair', '/members', '/substitutes', '/adHoc', '/secretaries', '/schedule', '/cutoff', '/capacity', '/asyncApproval'];
  const general = errors.length === 0 || !errors.some((e) => known.some((k) => e.path === k || e.path.startsWith(`${k}/`)));
  const label = (p: Person) => (p.displayName ? `${p.displayName} (${p.username})` : p.username);
  const title = forum ? t('fora.editTitle', { name: forum.name }) : t('fora.new');

  function toggle(group: (typeof groups)[number], username: string, on: boolean) {
    const current = new Set(fields[group] ?? []);
    if (on) current.add(username);
    else current.delete(username);
    setFields({ ...fields, [group]: [...current] });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate();
  }

  return (
    <form className="plan-section forum-form" onSubmit={submit} noValidate aria-labelledby="forum-form-title">
      <div className="plan-row__heading">
        <h2 id="forum-form-title">{title}</h2>
        {forum && (
          <button type="button" className="button button--quiet button--small" onClick={onNew}>
            {t('fora.cancel')}
          </button>
        )}
      </div>
      {save.error && general && <ProblemAlert error={save.error as ApiError} />}
      <div className="plan-row__grid">
        <Text id="forum-name" label={t('fora.name')} value={fields.name ?? ''} onChange={(name) => setFields({ ...fields, name })} errors={at('/name')} />
        <Select id="forum-kind" label={t('fora.kind')} value={fields.kind ?? ''} errors={at('/kind')}
          onChange={(kind) => setFields({ ...fields, kind: kind as ForumFields['kind'] })}
          options={forumKinds.map((k) => ({ value: k, label: t(`fora.kind.${k}`) }))} />
        <Select id="forum-level" label={t('fora.level')} value={fields.level ?? ''} errors={at('/level')}
          onChange={(level) => setFields({ ...fields, level: level || null })}
          options={[{ value: '', label: t('fora.noLevel') }, ...levels.map((l) => ({ value: l.id, label: l.name }))]} />
        <Select id="forum-chair" label={t('fora.chair')} value={fields.chair ?? ''} errors={at('/chair')}
          onChange={(chair) => setFields({ ...fields, chair: chair || null })}
          options={[{ value: '', label: t('fora.chooseChair') }, ...people.map((p) => ({ value: p.username, label: label(p) }))]} />
      </div>
      <div className="plan-row__grid">
        {groups.map((group) => (
          <fieldset key={group} className="plan-row__choices forum-form__people" {...(at(`/${group}`).length > 0 ? { 'aria-describedby': `forum-${group}-errors` } : {})}>
            <legend>{t(`fora.${group}`)}</legend>
            {people.map((p) => (
              <label key={p.username} className="plan-row__choice">
                <input type="checkbox" checked={(fields[group] ?? []).includes(p.username)} onChange={(e) => toggle(group, p.username, e.target.checked)} />
                {label(p)}
              </label>
            ))}
            <FieldErrors id={`forum-${group}-errors`} errors={at(`/${group}`)} />
          </fieldset>
        ))}
      </div>
      <fieldset className="plan-row__interval">
        <legend>{t('fora.schedule')}</legend>
        <p className="plan-table__muted">{t('fora.holidays')}</p>
        <div className="plan-row__grid">
          <Text id="forum-every" label={t('fora.everyWeeks')} type="number" value={String(fields.schedule?.everyWeeks ?? '')} errors={at('/schedule/everyWeeks')}
            onChange={(v) => setFields({ ...fields, schedule: { ...fields.schedule, everyWeeks: v === '' ? null : Number(v) } })} />
          <Select id="forum-weekday" label={t('fora.weekday')} value={fields.schedule?.weekday ?? ''} errors={at('/schedule/weekday')}
            onChange={(v) => setFields({ ...fields, schedule: { ...fields.schedule, weekday: v as (typeof weekdays)[number] } })}
            options={weekdays.map((d) => ({ value: d, label: t(`weekday.${d}`) }))} />
          <Text id="forum-time" label={t('fora.time')} type="time" value={fields.schedule?.time ?? ''} errors={at('/schedule/time')}
            onChange={(time) => setFields({ ...fields, schedule: { ...fields.schedule, time } })} />
          <Text id="forum-starts" label={t('fora.startsOn')} type="date" value={fields.schedule?.startsOn ?? ''} errors={at('/schedule/startsOn')}
            onChange={(startsOn) => setFields({ ...fields, schedule: { ...fields.schedule, startsOn: startsOn || null } })} />
        </div>
        <FieldErrors id="forum-schedule-errors" errors={errors.filter((e) => e.path === '/schedule')} />
      </fieldset>
      <div className="plan-row__grid">
        <Text id="forum-cutoff-days" label={`${t('fora.cutoff')}: ${t('fora.cutoffDays')}`} type="number" value={String(fields.cutoff?.daysBefore ?? '')}
          errors={at('/cutoff/daysBefore')}
          onChange={(v) => setFields({ ...fields, cutoff: { ...fields.cutoff, daysBefore: v === '' ? null : Number(v) } })} />
        <Text id="forum-cutoff-time" label={`${t('fora.cutoff')}: ${t('fora.cutoffTime')}`} type="time" value={fields.cutoff?.time ?? ''}
          errors={at('/cutoff/time')} onChange={(time) => setFields({ ...fields, cutoff: { ...fields.cutoff, time } })} />
        <Text id="forum-capacity" label={t('fora.capacity')} type="number" value={String(fields.capacity ?? '')} errors={at('/capacity')}
          onChange={(v) => setFields({ ...fields, capacity: v === '' ? null : Number(v) })} />
        <Select id="forum-async" label={t('fora.asyncApproval')} value={fields.asyncApproval ?? ''} errors={at('/asyncApproval')}
          onChange={(v) => setFields({ ...fields, asyncApproval: v as ForumFields['asyncApproval'] })}
          options={approvals.map((a) => ({ value: a, label: t(`fora.asyncApproval.${a}`) }))} />
      </div>
      <button type="submit" className="button button--primary" disabled={save.isPending}>
        {forum ? t('fora.save') : t('fora.create')}
      </button>
    </form>
  );
}

function Text({ id, label, value, onChange, errors, type = 'text' }: {
  id: string; label: string; value: string; onChange: (v: string) => void; errors: ProblemError[]; type?: string;
}) {
  return (
    <div className="plan-row__field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type={type} value={value} onChange={(e) => onChange(e.target.value)} {...errorProps(`${id}-errors`, errors)} />
      <FieldErrors id={`${id}-errors`} errors={errors} />
    </div>
  );
}

function Select({ id, label, value, onChange, errors, options }: {
  id: string; label: string; value: string; onChange: (v: string) => void; errors: ProblemError[]; options: { value: string; label: string }[];
}) {
  return (
    <div className="plan-row__field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} {...errorProps(`${id}-errors`, errors)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldErrors id={`${id}-errors`} errors={errors} />
    </div>
  );
}
