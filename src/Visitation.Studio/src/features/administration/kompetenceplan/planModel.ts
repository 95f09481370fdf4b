import type { components } from '../../../api/schema';
import type { ProblemError } from '../../../api/client';

type Schemas = components['schemas'];
export type PlanDocument = Schemas['Kompetenceplaner.PlanDocument'];
export type PlanRule = Schemas['Kompetenceplaner.PlanRule'];
export type RuleConditions = Schemas['Kompetenceplaner.RuleConditions'];
export type Recentralisering = Schemas['Kompetenceplaner.Recentralisering'];
export type HitPolicy = Schemas['Kompetenceplaner.HitPolicy'];
export type Interval = Schemas['Kompetenceplaner.Interval'];
export type PlanDuty = Schemas['Kompetenceplaner.PlanDuty'];
export type AggregateCondition = Schemas['Kompetenceplaner.AggregateCondition'];
export type RoutingAnswer = Schemas['Kompetenceplaner.SimulateRouting.Answer'];
export type DraftEvaluation = Schemas['Kompetenceplaner.EvaluateDraft.DraftEvaluation'];
export type MeasureRequest = Schemas['Kompetenceplaner.SimulateRouting.MeasureRequest'];

/** The codes the plan and the indstilling share (as the Host's measure catalogue names them). */
export const measureTypes = [
  'familiebehandling',
  'aflastning',
  'anbringelse',
  'kontaktperson',
  'praktisk-paedagogisk-stoette',
  'tidlig-forebyggende-indsats',
  'andet',
] as const;
export const anyOtherType = '*';
export const providerKinds = ['intern', 'ekstern'] as const;
export const providerFinancings = ['ramme', 'takst'] as const;
export const units = ['timer-pr-maaned', 'doegn', 'vederlag', 'kr-pr-aar'] as const;
/** The kinds of duty a row can put on its decision (docs/duties.md). */
export const dutyKinds = ['copy', 'copy-with-price', 'inform', 'justify-to', 'approve-by'] as const;

export const aggregateScopes = ['family', 'child'] as const;

export const gates = ['barnets-plan', 'boernesamtale', 'familieraadslagning', 'netvaerkskort', 'ledelsesgodkendelse'] as const;
export const hitPolicies: HitPolicy[] = ['Unique', 'First', 'Priority'];

/** A plan to start from when the municipality has none: one default row for every type. */
export function emptyPlan(today: string): PlanDocument {
  return {
    effectiveFrom: today,
    hitPolicy: 'Unique',
    note: null,
    rules: [{ id: 'standard', measureType: anyOtherType, default: true, level: null }],
    recentralisations: [],
  };
}

/** A fresh id that no row or re-centralisation of the plan uses yet. */
export function freshId(plan: PlanDocument, prefix: string): string {
  const used = new Set([...(plan.rules ?? []).map((r) => r.id), ...(plan.recentralisations ?? []).map((r) => r.id)]);
  for (let n = (plan.rules?.length ?? 0) + 1; ; n++) {
    const id = `${prefix}-${n}`;
    if (!used.has(id)) return id;
  }
}

/** Findings grouped by where they belong: the plan's own fields, each row, each re-centralisation. */
export interface LocatedFindings {
  plan: ProblemError[];
  rows: Map<number, ProblemError[]>;
  recentralisations: Map<number, ProblemError[]>;
}

export function locateFindings(findings: readonly ProblemError[]): LocatedFindings {
  const located: LocatedFindings = { plan: [], rows: new Map(), recentralisations: new Map() };
  for (const finding of findings) {
    const match = /^\/(rules|recentralisations)\/(\d+)(\/|$)/.exec(finding.path);
    if (!match) {
      located.plan.push(finding);
      continue;
    }
    const map = match[1] === 'rules' ? located.rows : located.recentralisations;
    const index = Number(match[2]);
    map.set(index, [...(map.get(index) ?? []), finding]);
  }
  return located;
}

/** The findings at one field (its JSON Pointer) or below it. */
export function findingsAt(findings: readonly ProblemError[] | undefined, path: string): ProblemError[] {
  return (findings ?? []).filter((f) => f.path === path || f.path.startsWith(`${path}/`));
}

/** Drops empty condition lists and intervals so the server sees only what the user set. */
export function cleanConditions(when: RuleConditions | null | undefined): RuleConditions | undefined {
  if (!when) return undefined;
  const cleaned: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(when)) {
    if (value === null || value === undefined) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    if (typeof value === 'object' && !Array.isArray(value)) {
      const interval = value as Interval & { unit?: string | null };
      if ((interval.above ?? null) === null && (interval.upTo ?? null) === null) continue;
    }
    cleaned[key] = value;
  }
  return Object.keys(cleaned).length > 0 ? (cleaned as RuleConditions) : undefined;
}

/** The plan as it is sent: rows of a default keep no conditions, empty conditions are left out. */
export function toWire(plan: PlanDocument): PlanDocument {
  return {
    ...plan,
    note: plan.note?.trim() ? plan.note : null,
    rules: (plan.rules ?? []).map((rule) => ({
      ...rule,
      when: rule.default ? undefined : cleanConditions(rule.when),
      notify: rule.notify?.length ? rule.notify : null,
      gates: rule.gates?.length ? rule.gates : null,
      duties: rule.duties?.length ? rule.duties : null,
      description: rule.description?.trim() ? rule.description : null,
      assumption: rule.assumption?.trim() ? rule.assumption : null,
    })),
    recentralisations: (plan.recentralisations ?? []).map((r) => ({
      ...r,
      from: r.from || null,
      notify: r.notify?.length ? r.notify : null,
      duties: r.duties?.length ? r.duties : null,
    })),
  };
}

/** Splits a comma-separated list as typed; null when nothing is typed. */
export function parseList(text: string): string[] | null {
  const values = text
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v.length > 0);
  return values.length > 0 ? values : null;
}

/** A number field's value: null when empty, so "no bound" and 0 stay different. */
export function parseNumber(text: string): number | null {
  if (text.trim() === '') return null;
  const value = Number(text.replace(',', '.'));
  return Number.isFinite(value) ? value : null;
}
