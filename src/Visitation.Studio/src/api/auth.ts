import { api, ApiError, unwrap } from './client';
import type { paths } from './schema';

export type CurrentUser =
  paths['/api/auth/me']['get']['responses']['200']['content']['application/json'];
export type LoginRequest = NonNullable<
  paths['/api/auth/login']['post']['requestBody']
>['content']['application/json'];

export function login(request: LoginRequest): Promise<CurrentUser> {
  return unwrap(api.POST('/api/auth/login', { body: request }));
}

export async function logout(): Promise<void> {
  await unwrap(api.POST('/api/auth/logout'));
}

/** The signed-in user, or null when there is no session. */
export async function fetchCurrentUser(): Promise<CurrentUser | null> {
  try {
    return await unwrap(api.GET('/api/auth/me'));
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}
