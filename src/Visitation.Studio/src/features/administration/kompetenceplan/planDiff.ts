import { cleanConditions, type PlanDocument, type PlanRule, type Recentralisering } from './planModel';

/** One difference between two versions of a plan; rows and re-centralisations are matched by their id. */
export type PlanChange =
  | { kind: 'header'; field: 'effectiveFrom' | 'hitPolicy'; from: string | null; to: string | null }
  | { kind: 'ruleAdded' | 'ruleRemoved'; id: string }
  | { kind: 'ruleChanged'; id: string; fields: string[] }
  | { kind: 'recentralisationAdded' | 'recentralisationRemoved'; id: string }
  | { kind: 'recentralisationChanged'; id: string; fields: string[] };

// Lists are sets and missing equals empty, so an untouched row does not read as changed.
function normalise(value: unknown): unknown {
  if (value === undefined || value === null || value === '') return null;
  if (Array.isArray(value)) return value.length === 0 ? null : [...value].map(String).sort();
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => [k, normalise(v)] as const)
      .filter(([, v]) => v !== null)
      .sort(([a], [b]) => a.localeCompare(b));
    return entries.length === 0 ? null : Object.fromEntries(entries);
  }
  return value;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(normalise(a)) === JSON.stringify(normalise(b));
}

const ruleFields = ['measureType', 'default', 'level', 'notify', 'gates', 'priority', 'description', 'assumption'] as const;
const recentralisationFields = ['measureType', 'level', 'reason', 'from', 'until', 'notify'] as const;

function changedRuleFields(a: PlanRule, b: PlanRule): string[] {
  const fields: string[] = ruleFields.filter((f) => !same(f === 'default' ? a[f] || null : a[f], f === 'default' ? b[f] || null : b[f]));
  const conditions = { ...(cleanConditions(a.when) ?? {}), ...(cleanConditions(b.when) ?? {}) };
  for (const key of Object.keys(conditions) as (keyof typeof conditions)[])
    if (!same(a.when?.[key], b.when?.[key])) fields.push(`when.${key}`);
  return fields;
}

function changedRecentralisationFields(a: Recentralisering, b: Recentralisering): string[] {
  return recentralisationFields.filter((f) => !same(a[f], b[f]));
}

function byId<T extends { id?: string | null }>(items: readonly T[] | null | undefined): Map<string, T> {
  return new Map((items ?? []).map((item, index) => [item.id || `#${index + 1}`, item]));
}

/** What changes from `from` to `to`: the plan's header, then rows, then re-centralisations, in `to`'s order. */
export function planDiff(from: PlanDocument, to: PlanDocument): PlanChange[] {
  const changes: PlanChange[] = [];
  for (const field of ['effectiveFrom', 'hitPolicy'] as const)
    if (!same(from[field], to[field])) changes.push({ kind: 'header', field, from: from[field] ?? null, to: to[field] ?? null });

  const oldRules = byId(from.rules);
  const newRules = byId(to.rules);
  for (const [id, rule] of newRules) {
    const old = oldRules.get(id);
    if (!old) changes.push({ kind: 'ruleAdded', id });
    else {
      const fields = changedRuleFields(old, rule);
      if (fields.length > 0) changes.push({ kind: 'ruleChanged', id, fields });
    }
  }
  for (const id of oldRules.keys()) if (!newRules.has(id)) changes.push({ kind: 'ruleRemoved', id });

  const oldCentral = byId(from.recentralisations);
  const newCentral = byId(to.recentralisations);
  for (const [id, r] of newCentral) {
    const old = oldCentral.get(id);
    if (!old) changes.push({ kind: 'recentralisationAdded', id });
    else {
      const fields = changedRecentralisationFields(old, r);
      if (fields.length > 0) changes.push({ kind: 'recentralisationChanged', id, fields });
    }
  }
  for (const id of oldCentral.keys()) if (!newCentral.has(id)) changes.push({ kind: 'recentralisationRemoved', id });
  return changes;
}
