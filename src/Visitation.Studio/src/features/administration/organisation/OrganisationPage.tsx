import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiError, ProblemError } from '../../../api/client';
import { Loading } from '../../../components/Loading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { usePageTitle } from '../../../components/usePageTitle';
import { useI18n } from '../../../i18n';
import { adminApi, adminKeys, type LevelKind } from '../adminApi';
import { errorProps, FieldErrors } from '../components/FieldErrors';
import { findingsAt } from '../kompetenceplan/planModel';

const kinds: LevelKind[] = ['role', 'level', 'forum'];

/** The municipality's competence levels and teams: what the competence plan routes to, and who works where. */
export function OrganisationPage() {
  const { t } = useI18n();
  usePageTitle(t('organisation.title'));
  return (
    <div className="workspace">
      <div className="workspace__heading">
        <h1 tabIndex={-1}>{t('organisation.title')}</h1>
        <p className="workspace__lead">{t('organisation.lead')}</p>
      </div>
      <LevelsSection />
      <TeamsSection />
    </div>
  );
}

function LevelsSection() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const levels = useQuery({ queryKey: adminKeys.levels, queryFn: adminApi.levels });
  const [form, setForm] = useState<{ id: string; name: string; kind: LevelKind }>({ id: '', name: '', kind: 'role' });
  const create = useMutation({
    mutationFn: () => adminApi.createLevel({ id: form.id.trim(), name: form.name, kind: form.kind }),
    onSuccess: async () => {
      setForm({ id: '', name: '', kind: 'role' });
      await queryClient.invalidateQueries({ queryKey: adminKeys.levels });
    },
  });
  const errors = (create.error as ApiError | null)?.problem.errors ?? [];

  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate();
  }

  return (
    <section className="plan-section" aria-labelledby="levels-title">
      <h2 id="levels-title">{t('organisation.levels')}</h2>
      <p className="plan-section__lead">{t('organisation.levelsLead')}</p>
      {levels.isPending && <Loading />}
      {levels.error && <ProblemAlert error={levels.error as ApiError} />}
      {levels.data && levels.data.length === 0 && <p>{t('organisation.noLevels')}</p>}
      {levels.data && levels.data.length > 0 && (
        <table className="plan-table">
          <caption className="visually-hidden">{t('organisation.levels')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('plan.rules.id')}</th>
              <th scope="col">{t('organisation.name')}</th>
              <th scope="col">{t('organisation.kind')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('plan.rules.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {levels.data.map((level) => (
              <LevelRow key={level.id} id={level.id} name={level.name} kind={level.kind} />
            ))}
          </tbody>
        </table>
      )}
      <form className="organisation__form" onSubmit={submit} noValidate aria-labelledby="add-level-title">
        <h3 id="add-level-title">{t('organisation.addLevel')}</h3>
        {create.error && isGeneral(errors, ['/id', '/name', '/kind']) && <ProblemAlert error={create.error as ApiError} />}
        {create.isSuccess && <p role="status">{t('organisation.levelAdded', { name: create.data.name })}</p>}
        <Field id="level-id" label={t('organisation.id')} value={form.id} onChange={(id) => setForm({ ...form, id })} errors={findingsAt(errors, '/id')} />
        <Field id="level-name" label={t('organisation.name')} value={form.name} onChange={(name) => setForm({ ...form, name })}
          errors={findingsAt(errors, '/name')} />
        <div className="field">
          <label htmlFor="level-kind">{t('organisation.kind')}</label>
          <select id="level-kind" value={form.kind} onChange={(e) => setForm({ ...form, kind: e.target.value as LevelKind })}
            {...errorProps('level-kind-errors', findingsAt(errors, '/kind'))}>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {t(`organisation.kind.${k}`)}
              </option>
            ))}
          </select>
          <FieldErrors id="level-kind-errors" errors={findingsAt(errors, '/kind')} />
        </div>
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          {t('organisation.addLevel')}
        </button>
      </form>
    </section>
  );
}

/** One level, renamed or re-kinded in place; its id never changes because plans name it. */
function LevelRow({ id, name, kind }: { id: string; name: string; kind: LevelKind }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState({ name, kind });
  const save = useMutation({
    mutationFn: () => adminApi.updateLevel(id, draft),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminKeys.levels }),
  });
  const errors = (save.error as ApiError | null)?.problem.errors ?? [];
  const unchanged = draft.name === name && draft.kind === kind;
  return (
    <tr>
      <td>{id}</td>
      <td>
        <input className="plan-table__input" aria-label={`${t('organisation.name')}, ${id}`} value={draft.name}
          onChange={(e) => setDraft({ ...draft, name: e.target.value })} {...errorProps(`level-${id}-name-errors`, findingsAt(errors, '/name'))} />
        <FieldErrors id={`level-${id}-name-errors`} errors={findingsAt(errors, '/name')} />
      </td>
      <td>
        <select className="plan-table__input" aria-label={`${t('organisation.kind')}, ${id}`} value={draft.kind}
          onChange={(e) => setDraft({ ...draft, kind: e.target.value as LevelKind })}>
          {kinds.map((k) => (
            <option key={k} value={k}>
              {t(`organisation.kind.${k}`)}
            </option>
          ))}
        </select>
      </td>
      <td>
        <button type="button" className="button button--quiet button--small" disabled={unchanged || save.isPending} onClick={() => save.mutate()}>
          {t('organisation.saveLevel', { name })}
        </button>
        {save.isSuccess && unchanged && <span role="status" className="visually-hidden">{t('organisation.levelSaved', { name: draft.name })}</span>}
        {save.error && isGeneral(errors, ['/name', '/kind']) && <ProblemAlert error={save.error as ApiError} />}
      </td>
    </tr>
  );
}

function TeamsSection() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const teams = useQuery({ queryKey: adminKeys.teams, queryFn: adminApi.teams });
  const [form, setForm] = useState({ id: '', name: '' });
  const create = useMutation({
    mutationFn: () => adminApi.createTeam({ id: form.id.trim(), name: form.name }),
    onSuccess: async () => {
      setForm({ id: '', name: '' });
      await queryClient.invalidateQueries({ queryKey: adminKeys.teams });
    },
  });
  const errors = (create.error as ApiError | null)?.problem.errors ?? [];
  return (
    <section className="plan-section" aria-labelledby="teams-title">
      <h2 id="teams-title">{t('organisation.teams')}</h2>
      {teams.isPending && <Loading />}
      {teams.error && <ProblemAlert error={teams.error as ApiError} />}
      {teams.data && teams.data.length === 0 && <p>{t('organisation.noTeams')}</p>}
      {teams.data && teams.data.length > 0 && (
        <ul className="organisation__teams">
          {teams.data.map((team) => (
            <li key={team.id}>
              {team.name} <span className="plan-table__muted">({team.id})</span>
            </li>
          ))}
        </ul>
      )}
      <form
        className="organisation__form"
        noValidate
        aria-labelledby="add-team-title"
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate();
        }}
      >
        <h3 id="add-team-title">{t('organisation.addTeam')}</h3>
        {create.error && isGeneral(errors, ['/id', '/name']) && <ProblemAlert error={create.error as ApiError} />}
        {create.isSuccess && <p role="status">{t('organisation.teamAdded', { name: create.data.name })}</p>}
        <Field id="team-id" label={t('organisation.id')} value={form.id} onChange={(id) => setForm({ ...form, id })} errors={findingsAt(errors, '/id')} />
        <Field id="team-name" label={t('organisation.name')} value={form.name} onChange={(name) => setForm({ ...form, name })}
          errors={findingsAt(errors, '/name')} />
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          {t('organisation.addTeam')}
        </button>
      </form>
    </section>
  );
}

/** True when none of the refusals belongs to one of the form's fields, so the alert at the top must say it. */
function isGeneral(errors: ProblemError[], fields: string[]): boolean {
  return !errors.some((e) => fields.some((f) => e.path === f || e.path.startsWith(`${f}/`)));
}

function Field({ id, label, value, onChange, errors }: { id: string; label: string; value: string; onChange: (v: string) => void; errors: ProblemError[] }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} value={value} onChange={(e) => onChange(e.target.value)} {...errorProps(`${id}-errors`, errors)} />
      <FieldErrors id={`${id}-errors`} errors={errors} />
    </div>
  );
}
