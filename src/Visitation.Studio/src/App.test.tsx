import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The API client captures fetch when its module loads, so the fake must be in place before the imports.
const fetchMock = vi.hoisted(() => {
  const mock = vi.fn<(request: Request) => Promise<Response>>();
  globalThis.fetch = mock as unknown as typeof fetch;
  return mock;
});

import { App } from './App';

const raadgiver = {
  username: 'raadgiver@9901',
  displayName: 'Rådgiver (Demo Nord)',
  roles: ['Raadgiver'],
  kommuneCode: '9901',
  kommuneName: 'Demo Nord',
};

function respond(status: number, body?: unknown) {
  return Promise.resolve(
    body === undefined
      ? new Response(null, { status })
      : new Response(JSON.stringify(body), {
          status,
          headers: { 'Content-Type': status < 400 ? 'application/json' : 'application/problem+json' },
        }),
  );
}

function fakeHost(login: (body: { username: string; password: string }) => Promise<Response>) {
  fetchMock.mockImplementation(async (request) => {
    const path = new URL(request.url).pathname;
    if (path === '/api/auth/me') return respond(401, { status: 401, title: 'Ikke logget ind' });
    if (path === '/api/auth/login') return login(await request.json());
    return respond(404, { status: 404 });
  });
}

async function signIn(username: string, password: string) {
  fireEvent.change(await screen.findByLabelText('Brugernavn'), { target: { value: username } });
  fireEvent.change(screen.getByLabelText('Adgangskode'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Log ind' }));
}

beforeEach(() => {
  fetchMock.mockReset();
  window.localStorage.clear();
});

afterEach(cleanup);

describe('App', () => {
  it('sends a visitor to sign in and back to the page asked for', async () => {
    fakeHost((body) => (body.password === 'demo' ? respond(200, raadgiver) : respond(401, {})));
    window.history.pushState({}, '', '/moeder');

    render(<App />);
    await screen.findByRole('heading', { level: 1, name: 'Log ind' });
    expect(window.location.pathname + window.location.search).toBe('/login?returnTo=%2Fmoeder');

    await signIn('raadgiver@9901', 'demo');

    expect(await screen.findByRole('heading', { level: 1, name: 'Møder' })).toBeTruthy();
    expect(window.location.pathname).toBe('/moeder');
    const nav = screen.getByRole('navigation', { name: 'Arbejdsområder' });
    expect(nav.querySelector('[aria-current="page"]')?.textContent).toBe('Møder');
    expect(screen.getByRole('banner').textContent).toContain('Demo Nord');
  });

  it("shows the server's message and no shell when the password is wrong", async () => {
    fakeHost(() =>
      respond(401, {
        title: 'Ikke logget ind',
        status: 401,
        detail: 'Brugernavn eller adgangskode er forkert.',
        errors: [{ path: '', code: 'auth.invalidCredentials', message: 'Brugernavn eller adgangskode er forkert.' }],
      }),
    );
    window.history.pushState({}, '', '/login');

    render(<App />);
    await signIn('raadgiver@9901', 'forkert');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Brugernavn eller adgangskode er forkert.');
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(fetchMock.mock.calls.at(-1)![0].headers.get('Accept-Language')).toBe('da');
  });

  it('asks for both fields before calling the server', async () => {
    fakeHost(() => respond(200, raadgiver));
    window.history.pushState({}, '', '/login');

    render(<App />);
    await signIn('raadgiver@9901', '');

    expect((await screen.findByRole('alert')).textContent).toContain('Udfyld både brugernavn og adgangskode.');
    expect(fetchMock.mock.calls.map(([r]) => new URL(r.url).pathname)).not.toContain('/api/auth/login');
  });
});

describe('App with a session', () => {
  it('goes to sign in with a notice when the server no longer accepts the session', { timeout: 20_000 }, async () => {
    let signedIn = true;
    fetchMock.mockImplementation(async (request) => {
      const path = new URL(request.url).pathname;
      if (path === '/api/auth/me') return signedIn ? respond(200, raadgiver) : respond(401, { status: 401 });
      if (path === '/api/meetings/mine' && signedIn) return respond(200, { forums: [], awaitingApproval: [] });
      if (path === '/api/notifications/unread-count' && signedIn) return respond(200, { unread: 0 });
      if (path === '/api/kpis' && signedIn)
        return respond(200, { period: '2026', from: '2026-01-01', to: '2026-12-31', scope: 'egen', audience: 'raadgiver', computedAt: '2026-06-01T10:00:00Z', items: [] });
      return respond(401, { status: 401, title: 'Ikke logget ind' });
    });
    window.history.pushState({}, '', '/overblik');

    render(<App />);
    // Overblik is loaded on demand, with its chart library.
    await screen.findByRole('heading', { level: 1, name: 'Overblik' }, { timeout: 10_000 });

    signedIn = false;
    const { api } = await import('./api/client');
    await api.GET('/api/users');

    expect(await screen.findByText(/din session er udløbet/)).toBeTruthy();
    expect(window.location.pathname + window.location.search).toBe('/login?returnTo=%2Foverblik');
  });
});
