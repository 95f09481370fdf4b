import type { PlanDocument } from './planModel';

/** A municipality's configuration file as `workflows/municipalities/` holds them: the municipality, its levels and its plan. */
export interface MunicipalityFile {
  kommune: { code: string; name: string };
  source?: string;
  levels: { id: string; name: string; kind: string }[];
  plan: PlanDocument;
}

export function toMunicipalityFile(kommune: { code: string; name: string }, levels: MunicipalityFile['levels'], plan: PlanDocument): MunicipalityFile {
  return { kommune, levels: levels.map(({ id, name, kind }) => ({ id, name, kind })), plan };
}

/** The plan in a municipality file, or a bare plan document; null when the text is neither. */
export function readPlanFile(text: string): PlanDocument | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  if (!parsed || typeof parsed !== 'object') return null;
  const candidate = 'plan' in parsed ? (parsed as { plan: unknown }).plan : parsed;
  if (!candidate || typeof candidate !== 'object' || !Array.isArray((candidate as PlanDocument).rules)) return null;
  return candidate as PlanDocument;
}
