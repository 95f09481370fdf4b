import { describe, expect, it } from 'vitest';
import { planDiff } from './planDiff';
import type { PlanDocument, PlanRule } from './planModel';

const upTo4: PlanRule = {
  id: 'fb-op-til-4', measureType: 'familiebehandling', default: false, level: 'raadgiver', when: { quantity: { unit: 'timer-pr-maaned', upTo: 4 } },
};
const fbDefault: PlanRule = { id: 'fb', measureType: 'familiebehandling', default: true, level: 'teamleder' };
const others: PlanRule = { id: 'oevrige', measureType: '*', default: true, level: 'teamleder', notify: [] };
const base: PlanDocument = { effectiveFrom: '2026-01-01', hitPolicy: 'Unique', rules: [upTo4, fbDefault, others] };

describe('planDiff', () => {
  it('finds nothing between a plan and itself, even when empty lists and missing lists differ', () => {
    const same = { ...base, rules: [upTo4, fbDefault, others].map((r) => ({ ...r, notify: null, gates: [] })), recentralisations: [] };
    expect(planDiff(base, same)).toEqual([]);
  });

  it('names the changed header, the changed condition and level, and the added and removed rows by id', () => {
    const next: PlanDocument = {
      ...base,
      effectiveFrom: '2026-03-01',
      rules: [
        { ...upTo4, level: 'teamleder', when: { quantity: { unit: 'timer-pr-maaned', upTo: 6 } } },
        others,
        { id: 'afl', measureType: 'aflastning', default: true, level: 'visitationsudvalg' },
      ],
      recentralisations: [{ id: 'anb', measureType: 'anbringelse', level: 'visitationsudvalg', reason: 'Forbrug', until: '2026-12-31' }],
    };

    expect(planDiff(base, next)).toEqual([
      { kind: 'header', field: 'effectiveFrom', from: '2026-01-01', to: '2026-03-01' },
      { kind: 'ruleChanged', id: 'fb-op-til-4', fields: ['level', 'when.quantity'] },
      { kind: 'ruleAdded', id: 'afl' },
      { kind: 'ruleRemoved', id: 'fb' },
      { kind: 'recentralisationAdded', id: 'anb' },
    ]);
  });
});
