import type { sagerDa } from './i18n.da';

export const sagerEn: Record<keyof typeof sagerDa, string> = {};
