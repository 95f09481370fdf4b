import { useEffect, useId, useState, type FormEvent } from 'react';
import { fetchOidcEnabled } from '../../api/auth';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../../api/client';
import { useAuth } from '../../auth/AuthProvider';
import { safeReturnTo } from '../../auth/returnTo';
import { homePath } from '../../auth/roles';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { Loading } from '../../components/Loading';
import { problemMessage } from '../../components/ProblemAlert';
import { SkipLink } from '../../components/SkipLink';
import { usePageTitle } from '../../components/usePageTitle';
import { useI18n, type Translate } from '../../i18n';

function signInError(error: unknown, t: Translate): string {
  if (!(error instanceof ApiError)) return t('error.network');
  // The server's message is already in the language sent; these are fallbacks when it gives none.
  if (error.status === 401 && !error.problem.detail && !error.problem.title) return t('login.wrongCredentials');
  // Too many attempts from this address or for this user: the server names no account, so neither does the page.
  if (error.status === 429) return t('login.tooManyAttempts');
  return problemMessage(error, t);
}

export default function LoginPage() {
  const { state, signIn } = useAuth();
  const { t } = useI18n();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const sessionExpired = (useLocation().state as { sessionExpired?: boolean } | null)?.sessionExpired === true;
  const returnTo = safeReturnTo(searchParams.get('returnTo'));
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  const [oidcEnabled, setOidcEnabled] = useState(false);
  usePageTitle(t('login.title'));

  useEffect(() => {
    let active = true;
    void fetchOidcEnabled().then((enabled) => {
      if (active) setOidcEnabled(enabled);
    });
    return () => {
      active = false;
    };
  }, []);

  if (state.status === 'loading') return <Loading />;
  if (state.status === 'signedIn') {
    return <Navigate to={returnTo === '/' ? homePath(state.user.roles) : returnTo} replace />;
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!username.trim() || !password) {
      setError(t('login.missingFields'));
      return;
    }
    setSubmitting(true);
    setError(null);
    try {
      const user = await signIn({ username: username.trim(), password });
      navigate(returnTo === '/' ? homePath(user.roles) : returnTo, { replace: true });
    } catch (caught) {
      setError(signInError(caught, t));
      setPassword('');
      setSubmitting(false);
    }
  }

  const describedBy = error ? errorId : undefined;
  return (
    <div className="login">
      <SkipLink />
      <header className="login__header">
        <span className="login__product">{t('app.name')}</span>
        <LanguageSwitch />
      </header>
      <main id="main" className="login__main" tabIndex={-1}>
        <div className="login__card">
          <h1>{t('login.title')}</h1>
          <p className="login__intro">{t('login.intro')}</p>
          {sessionExpired && !error && (
            <p className="notice" role="status">
              {t('login.sessionExpired')}
            </p>
          )}
          {error && (
            <div className="alert" role="alert" id={errorId}>
              <p className="alert__title">{t('login.errorTitle')}</p>
              <p className="alert__message">{error}</p>
            </div>
          )}
          <form className="form" onSubmit={handleSubmit} noValidate>
            <div className="field">
              <label htmlFor="username">{t('login.username')}</label>
              <input
                id="username"
                name="username"
                type="text"
                autoComplete="username"
                autoCapitalize="none"
                spellCheck={false}
                value={username}
                onChange={(e) => setUsername(e.target.value)}
                aria-invalid={error ? true : undefined}
                aria-describedby={describedBy}
                required
                autoFocus
              />
            </div>
            <div className="field">
              <label htmlFor="password">{t('login.password')}</label>
              <input
                id="password"
                name="password"
                type="password"
                autoComplete="current-password"
                value={password}
                onChange={(e) => setPassword(e.target.value)}
                aria-invalid={error ? true : undefined}
                aria-describedby={describedBy}
                required
              />
            </div>
            <button type="submit" className="button button--primary button--block" disabled={submitting}>
              {submitting ? t('login.submitting') : t('login.submit')}
            </button>
          </form>
          {oidcEnabled && (
            <a
              className="button button--block login__oidc"
              href={`/api/auth/oidc/login?returnTo=${encodeURIComponent(returnTo)}`}
            >
              {t('login.oidc')}
            </a>
          )}
        </div>
      </main>
    </div>
  );
}
