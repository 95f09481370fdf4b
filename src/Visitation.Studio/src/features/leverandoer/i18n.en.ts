import type { leverandoerDa } from './i18n.da';

export const leverandoerEn: Record<keyof typeof leverandoerDa, string> = {};
