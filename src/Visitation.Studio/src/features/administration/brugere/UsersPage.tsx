import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import { Link, Route, Routes, useSearchParams } from 'react-router';
import type { ApiError } from '../../../api/client';
import { roleName, roles as allRoles } from '../../../auth/roles';
import { Loading } from '../../../components/Loading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { usePageTitle } from '../../../components/usePageTitle';
import { useI18n } from '../../../i18n';
import { adminApi, adminKeys, type UserOrganisation, type UserView } from '../adminApi';
import { CreateUserForm } from './CreateUserForm';
import { UserDetail } from './UserDetail';

/** Roles an administrator gives a member of staff here (a provider's user is added with the provider). */
export const staffRoles = allRoles.filter((r) => r !== 'InstallationAdministrator' && r !== 'Leverandoer');

export interface UserRow {
  user: UserView;
  organisation: UserOrganisation | undefined;
}

/** Whether wrong passwords keep the user out now. */
export function isLocked(user: UserView, now = Date.now()): boolean {
  return !!user.lockedOutUntil && new Date(user.lockedOutUntil).getTime() > now;
}

/** The municipality's users: a list with search, a new user, and one user's rights and history. */
export function UsersPage() {
  return (
    <Routes>
      <Route index element={<UsersList />} />
      <Route path=":userId" element={<UserDetail />} />
    </Routes>
  );
}

const features = tableFeatures({});
const helper = createColumnHelper<typeof features, UserRow>();

function UsersList() {
  const { t } = useI18n();
  usePageTitle(t('users.title'));
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const role = params.get('rolle') ?? '';
  const level = params.get('niveau') ?? '';
  const active = params.get('aktiv') ?? '';
  const setParam = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };

  const users = useQuery({ queryKey: adminKeys.users, queryFn: adminApi.users });
  const organisation = useQuery({ queryKey: adminKeys.userOrganisation, queryFn: adminApi.userOrganisation });
  const levels = useQuery({ queryKey: adminKeys.levels, queryFn: adminApi.levels });

  const rows = useMemo<UserRow[]>(() => {
    const places = new Map((organisation.data ?? []).map((o) => [o.id, o]));
    const text = q.trim().toLocaleLowerCase('da');
    return (users.data ?? [])
      .map((user) => ({ user, organisation: places.get(user.id) }))
      .filter(({ user, organisation: place }) => {
        if (text && !`${user.displayName} ${user.username} ${place?.title ?? ''}`.toLocaleLowerCase('da').includes(text)) return false;
        if (role && !user.roles.includes(role)) return false;
        if (level && !(place?.levels ?? []).includes(level)) return false;
        if (active === 'ja' && !user.isActive) return false;
        if (active === 'nej' && user.isActive) return false;
        return true;
      });
  }, [users.data, organisation.data, q, role, level, active]);

  const levelNames = useMemo(() => new Map((levels.data ?? []).map((l) => [l.id, l.name])), [levels.data]);
  const columns = useMemo(
    () =>
      helper.columns([
        helper.display({
          id: 'name',
          header: () => t('users.name'),
          cell: ({ row }) => (
            <Link to={`/administration/brugere/${row.original.user.id}`}>
              {row.original.user.displayName}
            </Link>
          ),
        }),
        helper.display({ id: 'username', header: () => t('users.username'), cell: ({ row }) => row.original.user.username }),
        helper.display({
          id: 'roles',
          header: () => t('users.roles'),
          cell: ({ row }) => row.original.user.roles.map((r) => roleName(r, t)).join(', '),
        }),
        helper.display({
          id: 'levels',
          header: () => t('users.levels'),
          cell: ({ row }) => (row.original.organisation?.levels ?? []).map((l) => levelNames.get(l) ?? l).join(', ') || '—',
        }),
        helper.display({
          id: 'state',
          header: () => t('users.state'),
          cell: ({ row }) => <UserState user={row.original.user} />,
        }),
      ]),
    [t, levelNames],
  );
  const table = useTable({ features, columns, data: rows });

  return (
    <div className="workspace">
      <div className="workspace__heading">
        <h1 tabIndex={-1}>{t('users.title')}</h1>
        <p className="workspace__lead">{t('users.lead')}</p>
      </div>
      <section className="plan-section" aria-labelledby="users-list-title">
        <h2 id="users-list-title">{t('users.list')}</h2>
        <form className="users__filters" role="search" aria-label={t('users.search')} onSubmit={(e) => e.preventDefault()}>
          <div className="field">
            <label htmlFor="users-q">{t('users.searchText')}</label>
            <input id="users-q" type="search" value={q} onChange={(e) => setParam('q', e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="users-role">{t('users.role')}</label>
            <select id="users-role" value={role} onChange={(e) => setParam('rolle', e.target.value)}>
              <option value="">{t('users.any')}</option>
              {[...staffRoles, 'Leverandoer'].map((r) => (
                <option key={r} value={r}>
                  {roleName(r, t)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="users-level">{t('users.level')}</label>
            <select id="users-level" value={level} onChange={(e) => setParam('niveau', e.target.value)}>
              <option value="">{t('users.any')}</option>
              {(levels.data ?? []).map((l) => (
                <option key={l.id} value={l.id}>
                  {l.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="users-active">{t('users.active')}</label>
            <select id="users-active" value={active} onChange={(e) => setParam('aktiv', e.target.value)}>
              <option value="">{t('users.any')}</option>
              <option value="ja">{t('users.activeOnly')}</option>
              <option value="nej">{t('users.inactiveOnly')}</option>
            </select>
          </div>
        </form>
        {(users.isPending || organisation.isPending) && <Loading />}
        {users.error && <ProblemAlert error={users.error as ApiError} />}
        {users.data && (
          <p aria-live="polite" className="plan-table__muted">
            {t('users.count', { count: rows.length, total: users.data.length })}
          </p>
        )}
        {users.data && rows.length === 0 && <p>{t('users.noneMatch')}</p>}
        {rows.length > 0 && (
          <div className="table-scroll">
            <table className="plan-table users-table">
              <caption className="visually-hidden">{t('users.list')}</caption>
              <thead>
                {table.getHeaderGroups().map((group) => (
                  <tr key={group.id}>
                    {group.headers.map((header) => (
                      <th key={header.id} scope="col">
                        {header.isPlaceholder ? null : <table.FlexRender header={header} />}
                      </th>
                    ))}
                  </tr>
                ))}
              </thead>
              <tbody>
                {table.getRowModel().rows.map((row) => (
                  <tr key={row.id}>
                    {row.getAllCells().map((cell) => (
                      <td key={cell.id}>
                        <table.FlexRender cell={cell} />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <CreateUserForm />
    </div>
  );
}

/** Active, deactivated or locked out, by text and icon, not by colour alone. */
export function UserState({ user }: { user: UserView }) {
  const { t } = useI18n();
  return (
    <span className="user-state">
      {user.isActive ? (
        <span className="badge">
          <span aria-hidden="true">✓ </span>
          {t('users.isActive')}
        </span>
      ) : (
        <span className="badge badge--danger">
          <span aria-hidden="true">⊘ </span>
          {t('users.isInactive')}
        </span>
      )}
      {isLocked(user) && (
        <span className="badge badge--danger">
          <span aria-hidden="true">🔒 </span>
          {t('users.isLocked')}
        </span>
      )}
    </span>
  );
}
