import { useEffect } from 'react';
import { useI18n } from '../i18n';

/** Keeps the browser tab's title in step with the page, so screen readers announce where you are. */
export function usePageTitle(page: string) {
  const { t } = useI18n();
  useEffect(() => {
    document.title = t('app.pageTitle', { page });
  }, [page, t]);
}
