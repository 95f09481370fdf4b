import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ProblemAlert } from '../components/ProblemAlert';
import { Loading } from '../components/Loading';
import { useI18n } from '../i18n';
import { useAuth } from './AuthProvider';
import { loginPath } from './returnTo';

/** Renders its children for a signed-in user; everyone else is sent to sign in and brought back. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { state, retry } = useAuth();
  const { t } = useI18n();
  const location = useLocation();

  switch (state.status) {
    case 'loading':
      return <Loading />;
    case 'failed':
      return (
        <main id="main" className="standalone">
          <ProblemAlert error={state.error} />
          <button type="button" className="button" onClick={retry}>
            {t('error.retry')}
          </button>
        </main>
      );
    case 'anonymous':
      return (
        <Navigate
          to={loginPath(state.reason === 'signedOut' ? '/' : location.pathname + location.search + location.hash)}
          state={{ sessionExpired: state.reason === 'expired' }}
          replace
        />
      );
    case 'signedIn':
      return children;
  }
}
