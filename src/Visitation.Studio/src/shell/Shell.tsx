import { useEffect, useRef, useState } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import type { ApiError } from '../api/client';
import { useAuth } from '../auth/AuthProvider';
import { roleName } from '../auth/roles';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { ProblemAlert } from '../components/ProblemAlert';
import { MoederNavBadge } from '../features/moeder/MoederNavBadge';
import { NotificationBell } from '../features/notifications/NotificationBell';
import { SkipLink } from '../components/SkipLink';
import { useI18n } from '../i18n';
import { WorkspaceIcon } from './WorkspaceIcon';
import { workspacesFor } from './workspaces';

/** Header, workspace navigation and the page area for a signed-in user. */
export function Shell() {
  const { state, signOut } = useAuth();
  const { t } = useI18n();
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  const [signingOut, setSigningOut] = useState(false);
  const [signOutError, setSignOutError] = useState<ApiError | null>(null);

  // After moving to another page, put focus on its heading so keyboard and screen-reader users
  // start reading the new page rather than staying in the navigation.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const heading = mainRef.current?.querySelector<HTMLElement>('h1');
    (heading ?? mainRef.current)?.focus();
  }, [pathname]);

  if (state.status !== 'signedIn') return null;
  const { user } = state;

  async function handleSignOut() {
    setSigningOut(true);
    setSignOutError(null);
    try {
      // Once signed out, the route guard takes the user to the sign-in page.
      await signOut();
    } catch (error) {
      setSignOutError(error as ApiError);
      setSigningOut(false);
    }
  }

  return (
    <div className="shell">
      <SkipLink />
      <header className="shell__header">
        <div className="shell__brand">
          <span className="shell__product">{t('app.name')}</span>
          <span className="shell__kommune">
            <span className="visually-hidden">{t('shell.kommune')}: </span>
            {user.kommuneName ?? t('shell.installation')}
          </span>
        </div>
        <div className="shell__user">
          <span className="visually-hidden">{t('shell.signedInAs')} </span>
          <span className="shell__user-name">{user.displayName}</span>
          <span className="shell__user-roles">
            <span className="visually-hidden">{t('shell.roles')}: </span>
            {user.roles.map((role) => roleName(role, t)).join(', ')}
          </span>
        </div>
        {user.kommuneCode && <NotificationBell />}
        <LanguageSwitch className="shell__language language-switch--dark" />
        <button type="button" className="shell__logout button button--ghost" onClick={handleSignOut} disabled={signingOut}>
          {signingOut ? t('shell.loggingOut') : t('shell.logout')}
        </button>
      </header>
      <div className="shell__body">
        <nav className="shell__nav" aria-label={t('nav.label')}>
          <ul>
            {workspacesFor(user.roles).map((w) => (
              <li key={w.id}>
                <NavLink to={w.path} className="shell__nav-link">
                  <WorkspaceIcon id={w.id} />
                  <span>{t(`nav.${w.id}`)}</span>
                  {w.id === 'moeder' && <MoederNavBadge />}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main" className="shell__main" tabIndex={-1} ref={mainRef}>
          {signOutError && <ProblemAlert error={signOutError} />}
          <Outlet />
        </main>
      </div>
    </div>
  );
}
