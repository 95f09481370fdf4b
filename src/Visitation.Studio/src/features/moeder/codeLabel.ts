import type { MessageKey, Translate } from '../../i18n';
import { da } from '../../i18n/da';

/** A code from the server (a measure type, a unit) in words where the workspace knows it, else as the code itself. */
export function codeLabel(t: Translate, prefix: 'moeder.measure' | 'moeder.unit', code: string): string {
  const key = `${prefix}.${code}`;
  return key in da ? t(key as MessageKey) : code;
}
