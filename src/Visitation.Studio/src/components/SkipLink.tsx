import { useI18n } from '../i18n';

/** First stop for the keyboard: jumps past the header and navigation to the page's content. */
export function SkipLink() {
  const { t } = useI18n();
  return (
    <a
      className="skip-link"
      href="#main"
      onClick={(event) => {
        event.preventDefault();
        document.getElementById('main')?.focus();
      }}
    >
      {t('app.skipToMain')}
    </a>
  );
}
