import createClient, { type Middleware } from 'openapi-fetch';
import { activeLanguage } from '../i18n';
import type { paths } from './schema';

/** One entry of a ProblemDetails `errors` list: a JSON Pointer into the request body, a stable code and a message. */
export interface ProblemError {
  path: string;
  code: string;
  message: string;
}

/** RFC 9457 ProblemDetails as the Host sends it for every error. */
export interface Problem {
  type?: string | null;
  title?: string | null;
  status?: number | null;
  detail?: string | null;
  errors?: ProblemError[];
}

/**
 * A failed API call. `status` is 0 when the server could not be reached; `problem` holds what the
 * server said, which is already in the language sent as Accept-Language.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(status: number, problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }
}

const xsrfCookie = 'XSRF-TOKEN';
const xsrfHeader = 'X-XSRF-TOKEN';
const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

export function readCookie(name: string, cookies: string = document.cookie): string | null {
  for (const part of cookies.split(';')) {
    const separator = part.indexOf('=');
    if (separator < 0) continue;
    if (part.slice(0, separator).trim() === name) {
      return decodeURIComponent(part.slice(separator + 1).trim());
    }
  }
  return null;
}

type UnauthorizedListener = () => void;
const unauthorizedListeners = new Set<UnauthorizedListener>();

/** Called when any API call other than the auth endpoints answers 401, i.e. the session has ended. */
export function onUnauthorized(listener: UnauthorizedListener): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

const conventions: Middleware = {
  onRequest({ request }) {
    request.headers.set('Accept-Language', activeLanguage());
    if (!safeMethods.has(request.method)) {
      const token = readCookie(xsrfCookie);
      if (token) request.headers.set(xsrfHeader, token);
    }
    return request;
  },
  onResponse({ response, schemaPath }) {
    if (response.status === 401 && !schemaPath.startsWith('/api/auth/')) {
      unauthorizedListeners.forEach((listener) => listener());
    }
    return undefined;
  },
};

export const api = createClient<paths>({
  baseUrl: globalThis.location?.origin ?? '',
  credentials: 'same-origin',
  headers: { Accept: 'application/json, application/problem+json' },
});
api.use(conventions);

function toProblem(status: number, body: unknown): Problem {
  if (body && typeof body === 'object') return { status, ...(body as Problem) };
  return { status };
}

/**
 * Awaits an openapi-fetch call and returns its data, or throws an {@link ApiError} carrying the
 * server's ProblemDetails (or status 0 when the network failed).
 */
export async function unwrap<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await call;
  } catch {
    throw new ApiError(0, { status: 0 });
  }
  if (!result.response.ok) {
    throw new ApiError(result.response.status, toProblem(result.response.status, result.error));
  }
  return result.data as T;
}
