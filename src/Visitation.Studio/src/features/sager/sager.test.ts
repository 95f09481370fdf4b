import { describe, expect, it } from 'vitest';
import { deadlineState, spanText, timeLeft } from './deadline';
import { apiQuery, readParams, writeParams } from './worklistParams';
import { actionLabel, fieldTitle } from './labels';

const now = new Date('2027-03-04T10:00:00Z');
const units = { day: 'd', hour: 't', minute: 'min' };

describe('deadline', () => {
  it('says overdue, near (within 48 hours), ok or none', () => {
    expect(deadlineState('2027-03-04T09:59:00Z', now)).toBe('overdue');
    expect(deadlineState('2027-03-06T10:00:00Z', now)).toBe('near');
    expect(deadlineState('2027-03-06T10:01:00Z', now)).toBe('ok');
    expect(deadlineState(null, now)).toBe('none');
  });

  it('words the time left in its two largest units, also past the deadline', () => {
    expect(spanText(timeLeft('2027-03-06T14:30:00Z', now), units)).toBe('2 d 4 t');
    expect(spanText(timeLeft('2027-03-04T13:10:00Z', now), units)).toBe('3 t 10 min');
    expect(spanText(timeLeft('2027-03-04T10:25:00Z', now), units)).toBe('25 min');
    const late = timeLeft('2027-03-03T10:00:00Z', now);
    expect(late.overdue).toBe(true);
    expect(spanText(late, units)).toBe('1 d');
  });
});

describe('work list params', () => {
  it('round-trips through the URL, writing only what differs from the defaults', () => {
    const params = { view: 'candidate' as const, q: 'Holm', sort: '-due' as const, page: 2, size: 100 };
    const search = writeParams(params);
    expect(search.toString()).toBe('visning=candidate&q=Holm&sortering=-due&side=3&antal=100');
    expect(readParams(search)).toEqual(params);
    expect(writeParams(readParams(new URLSearchParams(''))).toString()).toBe('');
  });

  it('falls back to the defaults for unknown values', () => {
    expect(readParams(new URLSearchParams('visning=alle&sortering=x&side=-4&antal=7'))).toEqual({
      view: 'mine', q: '', sort: 'due', page: 0, size: 50,
    });
    expect(readParams(new URLSearchParams(''), 'team').view).toBe('team');
  });

  it('asks the API for the page as skip and take', () => {
    expect(apiQuery({ view: 'mine', q: ' ', sort: 'due', page: 3, size: 50 })).toEqual({ view: 'mine', q: undefined, sort: 'due', skip: 150, take: 50 });
  });
});

describe('labels', () => {
  it('words known actions and fields in Danish and makes unknown codes readable', () => {
    expect(actionLabel('ingen-handling', 'da')).toBe('Ingen handling');
    expect(actionLabel('noget-nyt', 'da')).toBe('Noget nyt');
    expect(fieldTitle('begrundelse', 'da')).toBe('Begrundelse');
    expect(fieldTitle('foersteOpfoelgning', 'en')).toBe('First follow-up');
    expect(fieldTitle('mitFelt', 'da')).toBe('Mit felt');
  });
});

describe('task forms', () => {
  it('puts the server field errors at their fields and keeps the others apart', async () => {
    const { serverErrors } = await import('./taskForm');
    const result = serverErrors([
      { path: '/data/foersteOpfoelgning', code: 'x', message: 'For tidligt' },
      { path: '/data/adresse/by', code: 'y', message: 'Ukendt by' },
      { path: '/action', code: 'z', message: 'Ukendt handling' },
    ]);
    expect(result.fields).toEqual({ foersteOpfoelgning: { __errors: ['For tidligt'] }, adresse: { by: { __errors: ['Ukendt by'] } } });
    expect(result.other.map((e) => e.path)).toEqual(['/action']);
  });

  it('validates in Danish and titles fields the flow left untitled', async () => {
    const { validators, withTitles, uiSchemaFor } = await import('./taskForm');
    const schema = { type: 'object' as const, required: ['begrundelse'], properties: { begrundelse: { type: 'string' as const, minLength: 1, maxLength: 4000 } } };
    const titled = withTitles(schema, 'da');
    expect(titled.properties?.begrundelse?.title).toBe('Begrundelse');
    expect(uiSchemaFor(titled).begrundelse).toEqual({ 'ui:widget': 'textarea', 'ui:options': { rows: 4 } });
    const { errors } = validators.da.validateFormData({}, titled as never);
    expect(errors.map((e) => e.message)).toContain('Skal udfyldes.');
  });
});
