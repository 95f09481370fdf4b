import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { fetchCurrentUser, login, logout, type CurrentUser, type LoginRequest } from '../api/auth';
import { ApiError, onUnauthorized } from '../api/client';

export type AuthState =
  | { status: 'loading' }
  /**
   * `reason` says how a session ended: `signedOut` when the user chose to (no page asks to be returned
   * to), `expired` when the server stopped accepting it (the sign-in page says so).
   */
  | { status: 'anonymous'; reason?: 'signedOut' | 'expired' }
  | { status: 'signedIn'; user: CurrentUser }
  | { status: 'failed'; error: ApiError };

interface AuthValue {
  state: AuthState;
  signIn: (request: LoginRequest) => Promise<CurrentUser>;
  signOut: () => Promise<void>;
  retry: () => void;
}

const AuthContext = createContext<AuthValue | null>(null);

function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError(0, { status: 0 });
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<AuthState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    fetchCurrentUser().then(
      (user) => !cancelled && setState(user ? { status: 'signedIn', user } : { status: 'anonymous' }),
      (error: unknown) => !cancelled && setState({ status: 'failed', error: asApiError(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, [attempt]);

  useEffect(
    () =>
      onUnauthorized(() =>
        setState((current) => (current.status === 'signedIn' ? { status: 'anonymous', reason: 'expired' } : current)),
      ),
    [],
  );

  const signIn = useCallback(async (request: LoginRequest) => {
    const user = await login(request);
    setState({ status: 'signedIn', user });
    return user;
  }, []);

  const signOut = useCallback(async () => {
    try {
      await logout();
    } catch (error) {
      // A 401 means the session had already ended, which is what signing out wants.
      if (!(error instanceof ApiError && error.status === 401)) throw error;
    }
    setState({ status: 'anonymous', reason: 'signedOut' });
  }, []);

  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  const value = useMemo(() => ({ state, signIn, signOut, retry }), [state, signIn, signOut, retry]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

/** Who is signed in, or null (also outside an <AuthProvider>): for caches that must not outlive a sign-in. */
export function useSignedInUserName(): string | null {
  const value = useContext(AuthContext);
  return value?.state.status === 'signedIn' ? value.state.user.username : null;
}

export function useAuth(): AuthValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth must be used inside <AuthProvider>.');
  return value;
}
