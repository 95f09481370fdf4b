import { beforeEach, describe, expect, it, vi } from 'vitest';

const fetchMock = vi.fn<(request: Request) => Promise<Response>>();

async function loadClient() {
  vi.resetModules();
  vi.stubGlobal('fetch', fetchMock);
  return import('./client');
}

function json(status: number, body: unknown, type = 'application/json') {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });
}

beforeEach(() => {
  fetchMock.mockReset();
  document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
});

describe('readCookie', () => {
  it('finds a cookie among others and decodes it', async () => {
    const { readCookie } = await loadClient();
    expect(readCookie('XSRF-TOKEN', 'a=1; XSRF-TOKEN=CfDJ8%2Bx%3D; b=2')).toBe('CfDJ8+x=');
    expect(readCookie('missing', 'a=1')).toBeNull();
  });
});

describe('api', () => {
  it('echoes the XSRF-TOKEN cookie on a POST and sends the UI language', async () => {
    const { api } = await loadClient();
    document.cookie = 'XSRF-TOKEN=abc123; path=/';
    fetchMock.mockResolvedValue(new Response(null, { status: 204 }));

    await api.POST('/api/auth/logout');

    const request = fetchMock.mock.calls[0]![0];
    expect(request.method).toBe('POST');
    expect(request.headers.get('X-XSRF-TOKEN')).toBe('abc123');
    expect(request.headers.get('Accept-Language')).toBe('da');
  });

  it('sends no XSRF header on a GET', async () => {
    const { api } = await loadClient();
    document.cookie = 'XSRF-TOKEN=abc123; path=/';
    fetchMock.mockResolvedValue(json(401, { status: 401 }, 'application/problem+json'));

    await api.GET('/api/auth/me');

    expect(fetchMock.mock.calls[0]![0].headers.has('X-XSRF-TOKEN')).toBe(false);
  });

  it('turns a ProblemDetails answer into an ApiError with the server message', async () => {
    const { api, unwrap, ApiError } = await loadClient();
    fetchMock.mockResolvedValue(
      json(
        401,
        {
          title: 'Ikke logget ind',
          status: 401,
          detail: 'Brugernavn eller adgangskode er forkert.',
          errors: [{ path: '', code: 'auth.invalidCredentials', message: 'Brugernavn eller adgangskode er forkert.' }],
        },
        'application/problem+json',
      ),
    );

    const error = await unwrap(api.POST('/api/auth/login', { body: { username: 'x', password: 'y' } })).catch(
      (e: unknown) => e,
    );

    expect(error).toBeInstanceOf(ApiError);
    expect((error as InstanceType<typeof ApiError>).status).toBe(401);
    expect((error as InstanceType<typeof ApiError>).problem.errors?.[0]?.code).toBe('auth.invalidCredentials');
    expect((error as Error).message).toBe('Brugernavn eller adgangskode er forkert.');
  });

  it('reports a network failure as status 0', async () => {
    const { api, unwrap } = await loadClient();
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));

    await expect(unwrap(api.GET('/api/auth/me'))).rejects.toMatchObject({ status: 0 });
  });

  it('tells listeners when a call other than sign-in finds the session gone', async () => {
    const { api, onUnauthorized } = await loadClient();
    const listener = vi.fn();
    onUnauthorized(listener);
    fetchMock.mockImplementation(() => Promise.resolve(json(401, { status: 401 }, 'application/problem+json')));

    await api.GET('/api/auth/me');
    expect(listener).not.toHaveBeenCalled();

    await api.GET('/api/users');
    expect(listener).toHaveBeenCalledOnce();
  });
});
