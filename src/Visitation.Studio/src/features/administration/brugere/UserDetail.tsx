import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useLocation, useParams } from 'react-router';
import type { ApiError, ProblemError } from '../../../api/client';
import { useAuth } from '../../../auth/AuthProvider';
import { roleName } from '../../../auth/roles';
import { Loading } from '../../../components/Loading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { usePageTitle } from '../../../components/usePageTitle';
import { useI18n } from '../../../i18n';
import { formatInstant } from '../../moeder/time';
import { adminApi, adminKeys, type UserOrganisation, type UserView } from '../adminApi';
import { errorProps, FieldErrors } from '../components/FieldErrors';
import { findingsAt } from '../kompetenceplan/planModel';
import { TextField } from './CreateUserForm';
import { staffRoles, UserState, isLocked } from './UsersPage';

/** One user: roles, competence levels, access (deactivate, reactivate, unlock, new password) and the history of every change. */
export function UserDetail() {
  const { t } = useI18n();
  const { userId = '' } = useParams();
  const location = useLocation();
  const { state } = useAuth();
  const users = useQuery({ queryKey: adminKeys.users, queryFn: adminApi.users });
  const organisation = useQuery({ queryKey: adminKeys.userOrganisation, queryFn: adminApi.userOrganisation });
  const user = users.data?.find((u) => u.id === userId);
  const place = organisation.data?.find((o) => o.id === userId);
  usePageTitle(user ? user.displayName : t('users.title'));
  const self = state.status === 'signedIn' && user?.username === state.user.username;

  return (
    <div className="workspace">
      <p>
        <Link to="/administration/brugere">{t('users.back')}</Link>
      </p>
      {(users.isPending || organisation.isPending) && <Loading />}
      {users.error && <ProblemAlert error={users.error as ApiError} />}
      {users.data && !user && <p role="alert">{t('users.notFound')}</p>}
      {user && (
        <>
          <div className="workspace__heading">
            <h1 tabIndex={-1}>{user.displayName}</h1>
            <p className="workspace__lead">
              {user.username} <UserState user={user} />
            </p>
            {(location.state as { created?: boolean } | null)?.created && (
              <p role="status" className="notice notice--success">{t('users.created', { name: user.displayName })}</p>
            )}
            {self && <p className="notice">{t('users.selfNotice')}</p>}
          </div>
          {user.providerId ? <p>{t('users.providerUser')}</p> : <RolesForm key={user.id} user={user} disabled={self} />}
          {place && <LevelsForm key={place.id} place={place} disabled={self} />}
          <AccessForm user={user} disabled={self} />
          <PasswordForm user={user} disabled={self} />
          <History user={user} names={new Map((users.data ?? []).map((u) => [u.username, u.displayName]))} />
        </>
      )}
    </div>
  );
}

function useInvalidateUser(id: string) {
  const queryClient = useQueryClient();
  return async () => {
    await queryClient.invalidateQueries({ queryKey: adminKeys.users });
    await queryClient.invalidateQueries({ queryKey: adminKeys.userOrganisation });
    await queryClient.invalidateQueries({ queryKey: adminKeys.userHistory(id) });
  };
}

function generalErrors(errors: ProblemError[], fields: string[]) {
  return errors.filter((e) => !fields.some((f) => e.path === f || e.path.startsWith(`${f}/`)));
}

function ReasonField({ id, value, onChange, errors }: { id: string; value: string; onChange: (v: string) => void; errors: ProblemError[] }) {
  const { t } = useI18n();
  return <TextField id={id} label={t('users.reason')} value={value} onChange={onChange} errors={errors} />;
}

function RolesForm({ user, disabled }: { user: UserView; disabled: boolean }) {
  const { t } = useI18n();
  const invalidate = useInvalidateUser(user.id);
  const [roles, setRoles] = useState<string[]>(user.roles);
  const [reason, setReason] = useState('');
  const save = useMutation({
    mutationFn: () => adminApi.changeRoles(user.id, roles, reason),
    onSuccess: async () => {
      setReason('');
      await invalidate();
    },
  });
  const errors = (save.error as ApiError | null)?.problem.errors ?? [];
  const roleErrors = errors.filter((e) => e.path.startsWith('/roles'));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <section className="plan-section" aria-labelledby="user-roles-title">
      <h2 id="user-roles-title">{t('users.roles')}</h2>
      <p className="plan-section__lead">{t('users.rolesLead')}</p>
      <form className="organisation__form" onSubmit={submit} noValidate>
        {save.error && generalErrors(errors, ['/roles', '/reason']).length > 0 && <ProblemAlert error={save.error as ApiError} />}
        {save.isSuccess && <p role="status">{t('users.rolesSaved')}</p>}
        <fieldset className="users__roles" disabled={disabled} {...errorProps('user-roles-errors', roleErrors)}>
          <legend>{t('users.roles')}</legend>
          {staffRoles.map((role) => (
            <label key={role} className="checkbox">
              <input type="checkbox" checked={roles.includes(role)}
                onChange={(e) => setRoles(e.target.checked ? [...roles, role] : roles.filter((r) => r !== role))} />
              {roleName(role, t)}
            </label>
          ))}
          <FieldErrors id="user-roles-errors" errors={roleErrors} />
        </fieldset>
        <fieldset disabled={disabled} className="users__plain">
          <ReasonField id="roles-reason" value={reason} onChange={setReason} errors={findingsAt(errors, '/reason')} />
          <button type="submit" className="button button--primary" disabled={save.isPending}>
            {t('users.saveRoles')}
          </button>
        </fieldset>
      </form>
    </section>
  );
}

function LevelsForm({ place, disabled }: { place: UserOrganisation; disabled: boolean }) {
  const { t } = useI18n();
  const invalidate = useInvalidateUser(place.id);
  const levels = useQuery({ queryKey: adminKeys.levels, queryFn: adminApi.levels });
  const [chosen, setChosen] = useState<string[]>(place.levels);
  const [experienced, setExperienced] = useState(place.experienced);
  const [reason, setReason] = useState('');
  const save = useMutation({
    mutationFn: () =>
      adminApi.setUserOrganisation(place.id, {
        team: place.team ?? null, title: place.title ?? null, levels: chosen, experienced, substitute: place.substitute ?? null,
        absentFrom: place.absentFrom ?? null, absentTo: place.absentTo ?? null, reason: reason || null,
      }),
    onSuccess: async () => {
      setReason('');
      await invalidate();
    },
  });
  const errors = (save.error as ApiError | null)?.problem.errors ?? [];
  const levelErrors = errors.filter((e) => e.path.startsWith('/levels'));
  const choosable = (levels.data ?? []).filter((l) => l.kind === 'level' || chosen.includes(l.id));
  return (
    <section className="plan-section" aria-labelledby="user-levels-title">
      <h2 id="user-levels-title">{t('users.levels')}</h2>
      <p className="plan-section__lead">{t('users.levelsLead')}</p>
      <form className="organisation__form" noValidate onSubmit={(e) => { e.preventDefault(); save.mutate(); }}>
        {save.error && generalErrors(errors, ['/levels', '/reason']).length > 0 && <ProblemAlert error={save.error as ApiError} />}
        {save.isSuccess && <p role="status">{t('users.levelsSaved')}</p>}
        <fieldset className="users__roles" disabled={disabled} {...errorProps('user-levels-errors', levelErrors)}>
          <legend>{t('users.levels')}</legend>
          {levels.data && choosable.length === 0 && <p className="plan-table__muted">{t('users.noLevels')}</p>}
          {choosable.map((level) => (
            <label key={level.id} className="checkbox">
              <input type="checkbox" checked={chosen.includes(level.id)}
                onChange={(e) => setChosen(e.target.checked ? [...chosen, level.id] : chosen.filter((l) => l !== level.id))} />
              {level.name}
            </label>
          ))}
          <FieldErrors id="user-levels-errors" errors={levelErrors} />
        </fieldset>
        <fieldset disabled={disabled} className="users__plain">
          <label className="checkbox">
            <input type="checkbox" checked={experienced} onChange={(e) => setExperienced(e.target.checked)} />
            {t('users.experienced')}
          </label>
          <ReasonField id="levels-reason" value={reason} onChange={setReason} errors={findingsAt(errors, '/reason')} />
          <button type="submit" className="button button--primary" disabled={save.isPending}>
            {t('users.saveLevels')}
          </button>
        </fieldset>
      </form>
    </section>
  );
}

type AccessAction = 'deactivate' | 'reactivate' | 'unlock';

function AccessForm({ user, disabled }: { user: UserView; disabled: boolean }) {
  const { t } = useI18n();
  const invalidate = useInvalidateUser(user.id);
  const [reason, setReason] = useState('');
  const act = useMutation({
    mutationFn: (action: AccessAction) =>
      action === 'deactivate' ? adminApi.deactivateUser(user.id, reason)
        : action === 'reactivate' ? adminApi.reactivateUser(user.id, reason)
          : adminApi.unlockUser(user.id, reason),
    onSuccess: async () => {
      setReason('');
      await invalidate();
    },
  });
  const errors = (act.error as ApiError | null)?.problem.errors ?? [];
  return (
    <section className="plan-section" aria-labelledby="user-access-title">
      <h2 id="user-access-title">{t('users.access')}</h2>
      <p className="plan-section__lead">{t('users.accessLead')}</p>
      <form className="organisation__form" noValidate onSubmit={(e) => e.preventDefault()}>
        {act.error && generalErrors(errors, ['/reason']).length > 0 && <ProblemAlert error={act.error as ApiError} />}
        {act.isSuccess && <p role="status">{t(`users.done.${act.variables}`, { name: user.displayName })}</p>}
        <fieldset disabled={disabled} className="users__plain">
          <ReasonField id="access-reason" value={reason} onChange={setReason} errors={findingsAt(errors, '/reason')} />
          <div className="users__actions">
            {user.isActive ? (
              <button type="button" className="button button--danger" disabled={act.isPending} onClick={() => act.mutate('deactivate')}>
                {t('users.deactivate')}
              </button>
            ) : (
              <button type="button" className="button button--primary" disabled={act.isPending} onClick={() => act.mutate('reactivate')}>
                {t('users.reactivate')}
              </button>
            )}
            {isLocked(user) && (
              <button type="button" className="button" disabled={act.isPending} onClick={() => act.mutate('unlock')}>
                {t('users.unlock')}
              </button>
            )}
          </div>
        </fieldset>
      </form>
    </section>
  );
}

function PasswordForm({ user, disabled }: { user: UserView; disabled: boolean }) {
  const { t } = useI18n();
  const invalidate = useInvalidateUser(user.id);
  const [password, setPassword] = useState('');
  const [reason, setReason] = useState('');
  const reset = useMutation({
    mutationFn: () => adminApi.resetPassword(user.id, password, reason),
    onSuccess: async () => {
      setPassword('');
      setReason('');
      await invalidate();
    },
  });
  const errors = (reset.error as ApiError | null)?.problem.errors ?? [];
  return (
    <section className="plan-section" aria-labelledby="user-password-title">
      <h2 id="user-password-title">{t('users.password')}</h2>
      <p className="plan-section__lead">{t('users.passwordLead')}</p>
      <form className="organisation__form" noValidate onSubmit={(e) => { e.preventDefault(); reset.mutate(); }}>
        {reset.error && generalErrors(errors, ['/password', '/reason']).length > 0 && <ProblemAlert error={reset.error as ApiError} />}
        {reset.isSuccess && <p role="status">{t('users.passwordSet', { name: user.displayName })}</p>}
        <fieldset disabled={disabled} className="users__plain">
          <TextField id="reset-password" type="password" autoComplete="new-password" label={t('users.newPassword')} value={password} onChange={setPassword}
            errors={findingsAt(errors, '/password')} />
          <ReasonField id="password-reason" value={reason} onChange={setReason} errors={findingsAt(errors, '/reason')} />
          <button type="submit" className="button" disabled={reset.isPending}>
            {t('users.setPassword')}
          </button>
        </fieldset>
      </form>
    </section>
  );
}

function History({ user, names }: { user: UserView; names: Map<string, string> }) {
  const { t, language } = useI18n();
  const history = useQuery({ queryKey: adminKeys.userHistory(user.id), queryFn: () => adminApi.userHistory(user.id) });
  return (
    <section className="plan-section" aria-labelledby="user-history-title">
      <h2 id="user-history-title">{t('users.history')}</h2>
      {history.isPending && <Loading />}
      {history.error && <ProblemAlert error={history.error as ApiError} />}
      {history.data && history.data.length === 0 && <p>{t('users.noHistory')}</p>}
      {history.data && history.data.length > 0 && (
        <div className="table-scroll">
          <table className="plan-table">
            <caption className="visually-hidden">{t('users.history')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('users.when')}</th>
                <th scope="col">{t('users.who')}</th>
                <th scope="col">{t('users.what')}</th>
                <th scope="col">{t('users.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {history.data.map((entry, i) => (
                <tr key={i}>
                  <td>{formatInstant(entry.at, language)}</td>
                  <td>{names.get(entry.actor) ?? entry.actor}</td>
                  <td>
                    {actionText(entry.action, t)}
                    {entry.detail && <div className="plan-table__muted">{entry.detail}</div>}
                  </td>
                  <td>{entry.reason || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

const actions = ['user.deactivated', 'user.reactivated', 'user.unlocked', 'user.rolesChanged', 'user.passwordReset', 'user.organisationChanged'] as const;

function actionText(action: string, t: ReturnType<typeof useI18n>['t']) {
  return (actions as readonly string[]).includes(action) ? t(`users.action.${action as (typeof actions)[number]}`) : action;
}
