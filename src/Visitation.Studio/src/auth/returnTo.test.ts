import { describe, expect, it } from 'vitest';
import { loginPath, safeReturnTo } from './returnTo';

describe('safeReturnTo', () => {
  it.each([
    ['/moeder', '/moeder'],
    ['/sager?fane=opgaver#top', '/sager?fane=opgaver#top'],
  ])('keeps the local path %s', (value, expected) => {
    expect(safeReturnTo(value)).toBe(expected);
  });

  it.each([null, '', 'https://example.org/', '//example.org/x', '/\\example.org', 'moeder', '/login', '/login?returnTo=%2F'])(
    'falls back to the front page for %s',
    (value) => {
      expect(safeReturnTo(value)).toBe('/');
    },
  );
});

describe('loginPath', () => {
  it('carries the page asked for', () => {
    expect(loginPath('/moeder?x=1')).toBe('/login?returnTo=%2Fmoeder%3Fx%3D1');
  });

  it('leaves out the front page', () => {
    expect(loginPath('/')).toBe('/login');
  });
});
