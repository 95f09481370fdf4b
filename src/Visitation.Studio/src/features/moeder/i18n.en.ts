import type { moederDa } from './i18n.da';

export const moederEn: Record<keyof typeof moederDa, string> = {};
