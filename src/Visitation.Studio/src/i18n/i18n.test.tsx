import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { da } from './da';
import { en } from './en';
import { I18nProvider, activeLanguage, format, useI18n } from './i18n';

function Probe() {
  const { t, setLanguage } = useI18n();
  return (
    <button type="button" onClick={() => setLanguage('en')}>
      {t('nav.moeder')}
    </button>
  );
}

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});

describe('format', () => {
  it('fills named placeholders and leaves unknown ones', () => {
    expect(format('{page} – Visitation {x}', { page: 'Sager' })).toBe('Sager – Visitation {x}');
  });
});

describe('dictionaries', () => {
  it('give every Danish text an English one that is not empty', () => {
    for (const key of Object.keys(da) as (keyof typeof da)[]) {
      expect(en[key], key).toBeTruthy();
    }
  });
});

describe('I18nProvider', () => {
  it('starts in Danish, then switches, remembers the choice and sets <html lang>', () => {
    render(
      <I18nProvider>
        <Probe />
      </I18nProvider>,
    );
    expect(screen.getByRole('button').textContent).toBe('Møder');
    expect(document.documentElement.lang).toBe('da');

    act(() => screen.getByRole('button').click());

    expect(screen.getByRole('button').textContent).toBe('Meetings');
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem('visitation.language')).toBe('en');
    expect(activeLanguage()).toBe('en');
  });

  it('starts in the remembered language', () => {
    window.localStorage.setItem('visitation.language', 'en');
    render(
      <I18nProvider>
        <Probe />
      </I18nProvider>,
    );
    expect(screen.getByRole('button').textContent).toBe('Meetings');
  });
});
