import type { MessageKey, Translate } from '../../../i18n';
import type { Interval, RuleConditions } from './planModel';

function range(interval: Interval, t: Translate): string {
  const { above, upTo } = interval;
  if (above != null && upTo != null) return t('condition.range.between', { above, upTo });
  if (above != null) return t('condition.range.above', { above });
  return t('condition.range.upTo', { upTo: upTo ?? '' });
}

export function unitName(unit: string | null | undefined, t: Translate): string {
  if (!unit) return '';
  const key = `unit.${unit}`;
  return t(key as MessageKey) === key ? unit : t(key as MessageKey);
}

/** A row's conditions as short phrases a leader can read ("timer pr. måned over 4", "leverandør ekstern"). */
export function conditionsText(when: RuleConditions | null | undefined, t: Translate): string[] {
  if (!when) return [];
  const parts: string[] = [];
  const list = (values: string[] | null | undefined) => (values ?? []).join(', ');
  if (when.subtype?.length) parts.push(t('condition.subtype', { values: list(when.subtype) }));
  if (when.legalBasis?.length) parts.push(t('condition.legalBasis', { values: list(when.legalBasis) }));
  if (when.providerKind?.length) parts.push(t('condition.providerKind', { values: list(when.providerKind) }));
  if (when.providerFinancing?.length) parts.push(t('condition.providerFinancing', { values: list(when.providerFinancing) }));
  if (when.quantity && (when.quantity.above != null || when.quantity.upTo != null))
    parts.push(t('condition.quantity', { unit: unitName(when.quantity.unit, t), range: range(when.quantity, t) }));
  if (when.durationMonths && (when.durationMonths.above != null || when.durationMonths.upTo != null))
    parts.push(t('condition.durationMonths', { range: range(when.durationMonths, t) }));
  if (when.annualCost && (when.annualCost.above != null || when.annualCost.upTo != null))
    parts.push(t('condition.annualCost', { range: range(when.annualCost, t) }));
  if (when.totalCost && (when.totalCost.above != null || when.totalCost.upTo != null))
    parts.push(t('condition.totalCost', { range: range(when.totalCost, t) }));
  if (when.consent != null) parts.push(t(when.consent ? 'condition.consent.true' : 'condition.consent.false'));
  if (when.submitterTeam?.length) parts.push(t('condition.submitterTeam', { values: list(when.submitterTeam) }));
  if (when.submitterExperienced != null)
    parts.push(t(when.submitterExperienced ? 'condition.submitterExperienced.true' : 'condition.submitterExperienced.false'));
  if (when.submitterLevels?.length) parts.push(t('condition.submitterLevels', { values: list(when.submitterLevels) }));
  return parts;
}
