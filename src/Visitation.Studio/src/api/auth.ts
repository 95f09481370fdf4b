import { api, ApiError, unwrap } from './client';
import type { paths } from './schema';

type SessionUserBody =
  paths['/api/auth/me']['get']['responses']['200']['content']['application/json'];
export type LoginRequest = NonNullable<
  paths['/api/auth/login']['post']['requestBody']
>['content']['application/json'];

/** The signed-in user as the Studio uses it: every field present. */
export interface CurrentUser {
  username: string;
  displayName: string;
  /** Role codes as the Host sends them, e.g. `Raadgiver`. */
  roles: string[];
  kommuneCode: string | null;
  /** Null for the installation's own administrator, who belongs to no municipality. */
  kommuneName: string | null;
}

// The OpenAPI document does not (yet) mark the fields as required, so the generated type has them
// optional; this is the one place that fills the gaps.
function toCurrentUser(body: SessionUserBody): CurrentUser {
  const username = body.username ?? '';
  return {
    username,
    displayName: body.displayName || username,
    roles: body.roles ?? [],
    kommuneCode: body.kommuneCode ?? null,
    kommuneName: body.kommuneName ?? null,
  };
}

export async function login(request: LoginRequest): Promise<CurrentUser> {
  return toCurrentUser(await unwrap(api.POST('/api/auth/login', { body: request })));
}

export async function logout(): Promise<void> {
  await unwrap(api.POST('/api/auth/logout'));
}

/** The signed-in user, or null when there is no session. */
export async function fetchCurrentUser(): Promise<CurrentUser | null> {
  try {
    return toCurrentUser(await unwrap(api.GET('/api/auth/me')));
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

/** Whether sign-in through the municipality's identity provider is offered; false when it cannot be asked. */
export async function fetchOidcEnabled(): Promise<boolean> {
  try {
    const providers = await unwrap(api.GET('/api/auth/providers'));
    return providers.oidc === true;
  } catch {
    return false;
  }
}
