import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The API client captures fetch when its module loads, so the fake must be in place before the imports.
const fetchMock = vi.hoisted(() => {
  const mock = vi.fn<(request: Request | string) => Promise<Response>>();
  globalThis.fetch = mock as unknown as typeof fetch;
  return mock;
});

import { I18nProvider } from '../../i18n';
import { catalogOf, DescriptorsContext } from './descriptors';
import { PropertiesPanel } from './panels/PropertiesPanel';
import { useDesigner } from './store';
import type { ActivityDescriptor } from './types';

const text = (da: string) => ({ da, en: da });

const assign = {
  type: 'Visitation.Assign',
  version: 1,
  displayName: text('Tildel'),
  category: 'Opgaver',
  inputs: [
    { name: 'title', type: 'String', displayName: text('Titel'), required: true, uiHint: 'singleline' },
    { name: 'level', type: 'String', displayName: text('Kompetenceniveau'), required: false, uiHint: 'dropdown', optionsSource: 'competenceLevels' },
    { name: 'forum', type: 'String', displayName: text('Forum'), required: false, uiHint: 'dropdown', optionsSource: 'forums' },
    { name: 'urgent', type: 'Boolean', displayName: text('Haster'), required: false, uiHint: 'checkbox' },
    { name: 'actions', type: 'String[]', displayName: text('Handlinger'), required: false, uiHint: 'stringlist' },
  ],
  outputs: [],
  outcomes: [],
  outcomesFromInput: 'actions',
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
      <DescriptorsContext.Provider value={catalogOf([assign])}>
        <PropertiesPanel readOnly={readOnly} />
      </DescriptorsContext.Provider>
    </I18nProvider>,
  );
}

beforeEach(() => {
  fetchMock.mockImplementation((request) => {
    const url = typeof request === 'string' ? request : request.url;
    if (url.endsWith('/api/organisation/levels')) return json([{ id: 'leder', name: 'Nærmeste leder', kind: 'Level' }]);
    return json({ status: 404 }, 404);
  });
  useDesigner.getState().load({
    name: 'Flow',
    root: {
      id: 'root',
      type: 'Elsa.Flowchart',
      activities: [{ id: 'a1', type: 'Visitation.Assign', name: 'Tildel1', metadata: { designer: { position: { x: 0, y: 0 } } } }],
      connections: [],
    },
  });
  useDesigner.getState().select({ nodes: ['a1'] });
});

afterEach(cleanup);

describe('the property panel', () => {
  it('builds editors from the descriptor and writes literal values into the activity', async () => {
    renderPanel();
    fireEvent.change(screen.getByRole('textbox', { name: /Titel/ }), { target: { value: 'Vurdér' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Haster' }));
    const activity = () => useDesigner.getState().nodes[0]!.data.activity;
    expect(activity().title).toEqual({ typeName: 'String', expression: { type: 'Literal', value: 'Vurdér' } });
    expect(activity().urgent).toEqual({ typeName: 'Boolean', expression: { type: 'Literal', value: true } });
  });

  it("offers the municipality's competence levels, and a text input for forums when there is no forum list", async () => {
    renderPanel();
    const level = await screen.findByRole('option', { name: 'Nærmeste leder' });
    fireEvent.change(level.closest('select')!, { target: { value: 'leder' } });
    expect(useDesigner.getState().nodes[0]!.data.activity.level).toMatchObject({ expression: { value: 'leder' } });
    expect(screen.getByRole('textbox', { name: 'Forum' })).toBeTruthy();
  });

  it('switches an input to a JavaScript expression', () => {
    renderPanel();
    fireEvent.change(screen.getByRole('combobox', { name: 'Værditype for Titel' }), { target: { value: 'JavaScript' } });
    fireEvent.change(screen.getByRole('textbox', { name: /Titel/ }), { target: { value: 'variables.navn' } });
    expect(useDesigner.getState().nodes[0]!.data.activity.title).toMatchObject({ expression: { type: 'JavaScript', value: 'variables.navn' } });
  });

  it('adds a variable to the flow while nothing is selected, and offers it in the variable picker', () => {
    useDesigner.getState().select({});
    renderPanel();
    fireEvent.change(screen.getByRole('textbox', { name: 'Variabelnavn' }), { target: { value: 'barnetsAlder' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tilføj' }));
    expect(useDesigner.getState().base?.variables).toMatchObject([{ name: 'barnetsAlder', typeName: 'String' }]);
    cleanup();

    useDesigner.getState().select({ nodes: ['a1'] });
    renderPanel();
    fireEvent.change(screen.getByRole('combobox', { name: 'Værditype for Titel' }), { target: { value: 'Variable' } });
    expect(screen.getByRole('option', { name: 'barnetsAlder' })).toBeTruthy();
  });

  it('shows everything disabled when read-only', () => {
    renderPanel(true);
    expect((screen.getByRole('textbox', { name: /Titel/ }) as HTMLInputElement).disabled).toBe(true);
    expect(screen.queryByRole('combobox', { name: 'Værditype for Titel' })).toBeNull();
  });
});
