import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiError } from '../../../api/client';
import { Loading } from '../../../components/Loading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { usePageTitle } from '../../../components/usePageTitle';
import { useI18n } from '../../../i18n';
import { adminApi, adminKeys } from '../adminApi';
import { errorProps, FieldErrors } from '../components/FieldErrors';
import { findingsAt } from '../kompetenceplan/planModel';

/** The installation administrator's page: the municipalities, a new one, and each one's first administrators. No case data. */
export function KommunerPage() {
  const { t } = useI18n();
  usePageTitle(t('kommuner.title'));
  const queryClient = useQueryClient();
  const kommuner = useQuery({ queryKey: adminKeys.kommuner, queryFn: adminApi.kommuner });
  const [form, setForm] = useState({ code: '', name: '', timeZone: 'Europe/Copenhagen' });
  const [adminFor, setAdminFor] = useState<{ code: string; name: string } | null>(null);
  const create = useMutation({
    mutationFn: () => adminApi.createKommune({ code: form.code.trim(), name: form.name, timeZone: form.timeZone || null }),
    onSuccess: async (kommune) => {
      setForm({ code: '', name: '', timeZone: 'Europe/Copenhagen' });
      setAdminFor({ code: kommune.code, name: kommune.name });
      await queryClient.invalidateQueries({ queryKey: adminKeys.kommuner });
    },
  });
  const errors = (create.error as ApiError | null)?.problem.errors ?? [];

  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate();
  }

  return (
    <div className="workspace">
      <div className="workspace__heading">
        <h1 tabIndex={-1}>{t('kommuner.title')}</h1>
        <p className="workspace__lead">{t('kommuner.lead')}</p>
      </div>
      {kommuner.isPending && <Loading />}
      {kommuner.error && <ProblemAlert error={kommuner.error as ApiError} />}
      {kommuner.data &&
        (kommuner.data.length === 0 ? (
          <p>{t('kommuner.none')}</p>
        ) : (
          <table className="plan-table">
            <caption className="visually-hidden">{t('kommuner.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('kommuner.code')}</th>
                <th scope="col">{t('kommuner.name')}</th>
                <th scope="col">{t('kommuner.timeZone')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('plan.rules.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {kommuner.data.map((k) => (
                <tr key={k.code}>
                  <td>{k.code}</td>
                  <td>{k.name}</td>
                  <td>{k.timeZone}</td>
                  <td>
                    <button type="button" className="button button--quiet button--small" onClick={() => setAdminFor({ code: k.code, name: k.name })}>
                      {t('kommuner.addAdmin')} <span className="visually-hidden">{k.name}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}

      <form className="form admin-form" onSubmit={submit} noValidate>
        <h2>{t('kommuner.create')}</h2>
        {create.error && findingsAt(errors, '/code').length + findingsAt(errors, '/name').length + findingsAt(errors, '/timeZone').length === 0 && (
          <ProblemAlert error={create.error as ApiError} />
        )}
        {create.data && <p role="status">{t('kommuner.created', { name: create.data.name })}</p>}
        <TextField id="kommune-code" label={t('kommuner.code')} value={form.code} onChange={(code) => setForm({ ...form, code })}
          errors={findingsAt(errors, '/code')} inputMode="numeric" />
        <TextField id="kommune-name" label={t('kommuner.name')} value={form.name} onChange={(name) => setForm({ ...form, name })}
          errors={findingsAt(errors, '/name')} />
        <TextField id="kommune-tz" label={t('kommuner.timeZone')} value={form.timeZone} onChange={(timeZone) => setForm({ ...form, timeZone })}
          errors={findingsAt(errors, '/timeZone')} />
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          {create.isPending ? t('kommuner.creating') : t('kommuner.create')}
        </button>
      </form>

      {adminFor && <AdministratorForm key={adminFor.code} code={adminFor.code} name={adminFor.name} />}
    </div>
  );
}

function AdministratorForm({ code, name }: { code: string; name: string }) {
  const { t } = useI18n();
  const [form, setForm] = useState({ username: '', displayName: '' });
  const create = useMutation({ mutationFn: () => adminApi.createKommuneAdministrator(code, form) });
  const errors = (create.error as ApiError | null)?.problem.errors ?? [];
  const fieldErrors = ['/username', '/displayName'].reduce((n, p) => n + findingsAt(errors, p).length, 0);
  return (
    <form
      className="form admin-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        create.mutate();
      }}
    >
      <h2>{t('kommuner.administrator', { name })}</h2>
      {create.error && fieldErrors === 0 && <ProblemAlert error={create.error as ApiError} />}
      {create.data && (
        <div role="status">
          <p>{t('kommuner.adminInvited', { username: create.data.user?.username ?? '' })}</p>
          <p>
            <label htmlFor="admin-invitation-link">{t('kommuner.invitationLink')}</label>
            <input id="admin-invitation-link" readOnly value={window.location.origin + (create.data.link ?? '')} onFocus={(e) => e.target.select()} />
          </p>
        </div>
      )}
      <TextField id="admin-username" label={t('kommuner.adminUsername')} value={form.username} onChange={(username) => setForm({ ...form, username })}
        errors={findingsAt(errors, '/username')} />
      <TextField id="admin-display-name" label={t('kommuner.adminDisplayName')} value={form.displayName}
        onChange={(displayName) => setForm({ ...form, displayName })} errors={findingsAt(errors, '/displayName')} />
      <p className="muted">{t('kommuner.invitationHint')}</p>
      <button type="submit" className="button button--primary" disabled={create.isPending}>
        {t('kommuner.createAdmin')}
      </button>
    </form>
  );
}

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  errors: ReturnType<typeof findingsAt>;
  type?: string;
  inputMode?: 'numeric';
}

function TextField({ id, label, value, onChange, errors, type = 'text', inputMode }: TextFieldProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type={type} inputMode={inputMode} value={value} onChange={(e) => onChange(e.target.value)} {...errorProps(`${id}-errors`, errors)} />
      <FieldErrors id={`${id}-errors`} errors={errors} />
    </div>
  );
}
