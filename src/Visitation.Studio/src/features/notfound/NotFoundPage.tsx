import { Link } from 'react-router';
import { usePageTitle } from '../../components/usePageTitle';
import { useI18n } from '../../i18n';

export default function NotFoundPage() {
  const { t } = useI18n();
  usePageTitle(t('notFound.title'));
  return (
    <div className="workspace">
      <div className="workspace__heading">
        <h1 tabIndex={-1}>{t('notFound.title')}</h1>
        <p className="workspace__lead">{t('notFound.body')}</p>
      </div>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </div>
  );
}
