import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The API client captures fetch when its module loads, so the fake must be in place before the imports.
const fetchMock = vi.hoisted(() => {
  const mock = vi.fn<(request: Request | string) => Promise<Response>>();
  globalThis.fetch = mock as unknown as typeof fetch;
  return mock;
});

import { I18nProvider } from '../../../i18n';
import { catalogOf, DescriptorsContext } from '../descriptors';
import { PropertiesPanel } from '../panels/PropertiesPanel';
import { useDesigner } from '../store';
import { forgetOptions } from './useOptions';
import type { ActivityDescriptor } from '../types';

const text = (da: string, en = da) => ({ da, en });

const humanTask = {
  type: 'Visitation.HumanTask',
  version: 1,
  displayName: text('Opgave'),
  category: 'Opgaver',
  inputs: [
    { name: 'title', type: 'String', displayName: text('Titel'), required: true, uiHint: 'singleline' },
    { name: 'candidates', type: 'JsonNode', displayName: text('Kandidater', 'Candidates'), required: false, uiHint: 'candidates' },
  ],
  outputs: [],
  outcomes: ['Done'],
  isBlocking: true,
  canStartWorkflow: false,
  isContainer: false,
} as unknown as ActivityDescriptor;

function json(body: unknown, status = 200) {
  return Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }));
}

function renderPanel(readOnly = false) {
  return render(
    <I18nProvider>
      <DescriptorsContext.Provider value={catalogOf([humanTask])}>
        <PropertiesPanel readOnly={readOnly} />
      </DescriptorsContext.Provider>
    </I18nProvider>,
  );
}

function loadTask(candidates?: unknown) {
  useDesigner.getState().load({
    name: 'Flow',
    root: {
      id: 'root',
      type: 'Elsa.Flowchart',
      activities: [
        {
          id: 't1',
          type: 'Visitation.HumanTask',
          name: 'Opgave1',
          metadata: { designer: { position: { x: 0, y: 0 } } },
          ...(candidates === undefined ? {} : { candidates: { typeName: 'JsonNode', expression: { type: 'Literal', value: candidates } } }),
        },
      ],
      connections: [],
    },
  });
  useDesigner.getState().select({ nodes: ['t1'] });
}

const candidates = () => useDesigner.getState().nodes[0]!.data.activity.candidates;
const kindOf = (n: number) => screen.getByRole('combobox', { name: `Type for kandidat ${n}` }) as HTMLSelectElement;

beforeEach(() => {
  fetchMock.mockImplementation((request) => {
    const url = typeof request === 'string' ? request : request.url;
    if (url.endsWith('/api/organisation/levels')) return json([{ id: 'leder', name: 'Nærmeste leder', kind: 'Level' }]);
    if (url.endsWith('/api/forums')) return json([{ id: 'visitationsudvalg', name: 'Visitationsudvalget' }]);
    if (url.endsWith('/api/organisation/colleagues'))
      return json([{ username: 'mette@0621', displayName: 'Mette Holm', team: null, title: 'Rådgiver', roles: ['Raadgiver'] }]);
    return json({ status: 404 }, 404);
  });
});

afterEach(() => {
  cleanup();
  forgetOptions();
});

describe('the candidates editor', () => {
  it('adds a row, offers the roles by their Danish names and writes the same JSON array as before', async () => {
    loadTask();
    renderPanel();
    expect(screen.getByRole('group', { name: 'Kandidater' })).toBeTruthy();
    expect(screen.getByText('Ingen kandidater endnu.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Tilføj kandidat' }));
    await waitFor(() => expect(document.activeElement).toBe(kindOf(1)));
    expect(candidates()).toBeUndefined();

    const value = screen.getByRole('combobox', { name: 'Kandidat 1' });
    expect(screen.getByRole('option', { name: 'Rådgiver' })).toBeTruthy();
    fireEvent.change(value, { target: { value: 'Raadgiver' } });
    expect(candidates()).toEqual({ typeName: 'JsonNode', expression: { type: 'Literal', value: [{ kind: 'role', id: 'Raadgiver' }] } });
  });

  it("picks competence levels and forums from the municipality's configuration", async () => {
    loadTask([{ kind: 'role', id: 'Leder' }]);
    renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Tilføj kandidat' }));
    fireEvent.change(kindOf(2), { target: { value: 'level' } });
    fireEvent.change(await screen.findByRole('option', { name: 'Nærmeste leder' }).then((o) => o.closest('select')!), { target: { value: 'leder' } });

    fireEvent.click(screen.getByRole('button', { name: 'Tilføj kandidat' }));
    fireEvent.change(kindOf(3), { target: { value: 'forum' } });
    fireEvent.change(await screen.findByRole('option', { name: 'Visitationsudvalget' }).then((o) => o.closest('select')!), {
      target: { value: 'visitationsudvalg' },
    });

    expect(candidates()).toMatchObject({
      expression: {
        type: 'Literal',
        value: [
          { kind: 'role', id: 'Leder' },
          { kind: 'level', id: 'leder' },
          { kind: 'forum', id: 'visitationsudvalg' },
        ],
      },
    });
  });

  it('removes a row and moves focus to the row that takes its place; removing the last clears the input', async () => {
    loadTask([
      { kind: 'role', id: 'Leder' },
      { kind: 'forum', id: 'visitationsudvalg' },
    ]);
    renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Fjern kandidat 1' }));
    expect(candidates()).toMatchObject({ expression: { value: [{ kind: 'forum', id: 'visitationsudvalg' }] } });
    await waitFor(() => expect(document.activeElement).toBe(kindOf(1)));
    expect(kindOf(1).value).toBe('forum');

    fireEvent.click(screen.getByRole('button', { name: 'Fjern kandidat 1' }));
    expect(candidates()).toBeUndefined();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Tilføj kandidat' })));
  });

  it('picks a user among the colleagues by name and stores the user name', async () => {
    loadTask();
    renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Tilføj kandidat' }));
    fireEvent.change(kindOf(1), { target: { value: 'user' } });
    const option = await screen.findByRole('option', { name: 'Mette Holm (mette@0621)' });
    fireEvent.change(option.closest('select')!, { target: { value: 'mette@0621' } });
    expect(candidates()).toMatchObject({ expression: { value: [{ kind: 'user', id: 'mette@0621' }] } });
  });

  it('falls back to a text input with a hint when the list cannot be read', async () => {
    const answer = fetchMock.getMockImplementation()!;
    fetchMock.mockImplementation((request) => {
      const url = typeof request === 'string' ? request : request.url;
      return url.endsWith('/api/organisation/colleagues') ? json({ status: 503, title: 'Service Unavailable' }, 503) : answer(request);
    });
    loadTask();
    renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Tilføj kandidat' }));
    fireEvent.change(kindOf(1), { target: { value: 'user' } });
    const input = await screen.findByRole('textbox', { name: 'Kandidat 1' });
    await waitFor(() => expect(input.getAttribute('aria-describedby')).toBeTruthy());
    expect(document.getElementById(input.getAttribute('aria-describedby')!)?.textContent).toBe('Listen kunne ikke hentes – skriv id’et.');
    fireEvent.change(input, { target: { value: 'mette' } });
    expect(candidates()).toMatchObject({ expression: { value: [{ kind: 'user', id: 'mette' }] } });
  });

  it('shows the candidates disabled and without add or remove buttons when read-only', () => {
    loadTask([{ kind: 'role', id: 'Leder' }]);
    renderPanel(true);
    expect(kindOf(1).disabled).toBe(true);
    expect((screen.getByRole('combobox', { name: 'Kandidat 1' }) as HTMLSelectElement).disabled).toBe(true);
    expect(screen.queryByRole('button', { name: 'Tilføj kandidat' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Fjern kandidat 1' })).toBeNull();
  });

  it('keeps the JavaScript mode, and shows a value the picker cannot read as JSON', () => {
    loadTask({ not: 'a list' });
    renderPanel();
    expect((screen.getByRole('textbox', { name: 'Kandidater' }) as HTMLTextAreaElement).value).toContain('"not": "a list"');
    cleanup();

    loadTask([{ kind: 'role', id: 'Leder' }]);
    renderPanel();
    fireEvent.change(screen.getByRole('combobox', { name: 'Værditype for Kandidater' }), { target: { value: 'JavaScript' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Kandidater' }), { target: { value: "[{ kind: 'user', id: variables.sagsbehandler }]" } });
    expect(candidates()).toMatchObject({ expression: { type: 'JavaScript', value: "[{ kind: 'user', id: variables.sagsbehandler }]" } });
  });
});
