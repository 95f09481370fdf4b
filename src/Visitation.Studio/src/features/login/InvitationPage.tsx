import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { api, ApiError, unwrap } from '../../api/client';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { problemMessage } from '../../components/ProblemAlert';
import { SkipLink } from '../../components/SkipLink';
import { usePageTitle } from '../../components/usePageTitle';
import { useI18n } from '../../i18n';

/** The token travels in the link's fragment (`/invitation#token`), which the browser never sends to a server. */
function tokenFromLocation(): string {
  return decodeURIComponent(window.location.hash.replace(/^#/, ''));
}

/** A municipality's first administrator sets their password with the one-time invitation link. */
export default function InvitationPage() {
  const { t } = useI18n();
  usePageTitle(t('invitation.title'));
  const [token] = useState(tokenFromLocation);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const errorId = useId();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (password !== repeat) {
      setError(t('invitation.mismatch'));
      return;
    }
    setSubmitting(true);
    setError(null);
    try {
      const user = await unwrap(api.POST('/api/invitations/accept', { body: { token, password } }));
      setDone(user.username ?? '');
      // The token is spent; it should not stay in the address bar or the history.
      window.history.replaceState(null, '', '/invitation');
    } catch (caught) {
      setError(caught instanceof ApiError ? problemMessage(caught, t) : t('error.network'));
    } finally {
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
          <h1>{t('invitation.title')}</h1>
          {done !== null ? (
            <>
              <p role="status">{t('invitation.done', { username: done })}</p>
              <Link className="button button--primary button--block" to="/login">
                {t('invitation.toLogin')}
              </Link>
            </>
          ) : !token ? (
            <p className="alert" role="alert">
              {t('invitation.noToken')}
            </p>
          ) : (
            <>
              <p className="login__intro">{t('invitation.intro')}</p>
              {error && (
                <div className="alert" role="alert" id={errorId}>
                  <p className="alert__message">{error}</p>
                </div>
              )}
              <form className="form" onSubmit={handleSubmit} noValidate>
                <div className="field">
                  <label htmlFor="new-password">{t('invitation.password')}</label>
                  <input id="new-password" type="password" autoComplete="new-password" value={password}
                    onChange={(e) => setPassword(e.target.value)} aria-describedby={describedBy} required autoFocus />
                </div>
                <div className="field">
                  <label htmlFor="repeat-password">{t('invitation.repeat')}</label>
                  <input id="repeat-password" type="password" autoComplete="new-password" value={repeat}
                    onChange={(e) => setRepeat(e.target.value)} aria-describedby={describedBy} required />
                </div>
                <button type="submit" className="button button--primary button--block" disabled={submitting}>
                  {t('invitation.submit')}
                </button>
              </form>
            </>
          )}
        </div>
      </main>
    </div>
  );
}
