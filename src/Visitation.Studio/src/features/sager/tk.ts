import type { MessageKey, Translate } from '../../i18n';
import { da } from '../../i18n/da';

/** Translates a key built from a server code; a code the Studio has no words for gives the fallback instead of failing. */
export function tk(t: Translate, key: string, fallback: string, values?: Record<string, string | number>): string {
  return key in da ? t(key as MessageKey, values) : fallback;
}
