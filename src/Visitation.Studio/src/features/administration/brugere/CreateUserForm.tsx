import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import type { ApiError, ProblemError } from '../../../api/client';
import { roleName } from '../../../auth/roles';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';
import { adminApi, adminKeys } from '../adminApi';
import { errorProps, FieldErrors } from '../components/FieldErrors';
import { findingsAt } from '../kompetenceplan/planModel';
import { staffRoles } from './UsersPage';

const empty = { username: '', displayName: '', password: '', roles: [] as string[] };

/** A new member of staff: user name, name, a first password and roles; levels are given on the user's page after. */
export function CreateUserForm() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [form, setForm] = useState(empty);
  const create = useMutation({
    mutationFn: () => adminApi.createUser({ ...form, username: form.username.trim() }),
    onSuccess: async (user) => {
      setForm(empty);
      await queryClient.invalidateQueries({ queryKey: adminKeys.users });
      await queryClient.invalidateQueries({ queryKey: adminKeys.userOrganisation });
      navigate(`/administration/brugere/${user.id}`, { state: { created: true } });
    },
  });
  const errors = (create.error as ApiError | null)?.problem.errors ?? [];
  const general = errors.filter((e) => !['/username', '/displayName', '/password', '/roles'].some((f) => e.path === f || e.path.startsWith(`${f}/`)));
  const roleErrors = errors.filter((e) => e.path === '/roles' || e.path.startsWith('/roles/'));

  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate();
  }

  function toggle(role: string, on: boolean) {
    setForm({ ...form, roles: on ? [...form.roles, role] : form.roles.filter((r) => r !== role) });
  }

  return (
    <section className="plan-section" aria-labelledby="create-user-title">
      <h2 id="create-user-title">{t('users.create')}</h2>
      <form className="organisation__form" onSubmit={submit} noValidate>
        {create.error && general.length > 0 && <ProblemAlert error={create.error as ApiError} />}
        <TextField id="new-username" label={t('users.username')} value={form.username} onChange={(username) => setForm({ ...form, username })}
          errors={findingsAt(errors, '/username')} autoComplete="off" />
        <TextField id="new-displayName" label={t('users.name')} value={form.displayName} onChange={(displayName) => setForm({ ...form, displayName })}
          errors={findingsAt(errors, '/displayName')} autoComplete="off" />
        <TextField id="new-password" label={t('users.firstPassword')} type="password" value={form.password}
          onChange={(password) => setForm({ ...form, password })} errors={findingsAt(errors, '/password')} autoComplete="new-password" />
        <fieldset className="users__roles" {...errorProps('new-roles-errors', roleErrors)}>
          <legend>{t('users.roles')}</legend>
          {staffRoles.map((role) => (
            <label key={role} className="checkbox">
              <input type="checkbox" checked={form.roles.includes(role)} onChange={(e) => toggle(role, e.target.checked)} />
              {roleName(role, t)}
            </label>
          ))}
          <FieldErrors id="new-roles-errors" errors={roleErrors} />
        </fieldset>
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          {t('users.create')}
        </button>
      </form>
    </section>
  );
}

export function TextField({ id, label, value, onChange, errors, type = 'text', autoComplete }: {
  id: string; label: string; value: string; onChange: (v: string) => void; errors: ProblemError[]; type?: string; autoComplete?: string;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type={type} value={value} autoComplete={autoComplete} onChange={(e) => onChange(e.target.value)} {...errorProps(`${id}-errors`, errors)} />
      <FieldErrors id={`${id}-errors`} errors={errors} />
    </div>
  );
}
