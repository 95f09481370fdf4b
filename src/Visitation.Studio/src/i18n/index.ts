export { I18nProvider, useI18n, activeLanguage, languages, format } from './i18n';
export type { Language, Translate } from './i18n';
export type { MessageKey } from './da';
