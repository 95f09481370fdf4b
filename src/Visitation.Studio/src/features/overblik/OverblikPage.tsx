import { lazy, Suspense } from 'react';
import { Link, Route, Routes } from 'react-router';
import { Loading } from '../../components/Loading';
import { useI18n } from '../../i18n';
import { WorkspacePage } from '../workspace/WorkspacePage';

// The economy screens bring the charting library along; only those who open them load it.
const OekonomiRoutes = lazy(() => import('./oekonomi/OekonomiRoutes'));

export default function OverblikPage() {
  const { t } = useI18n();
  return (
    <Routes>
      <Route
        path="oekonomi/*"
        element={
          <Suspense fallback={<Loading />}>
            <OekonomiRoutes />
          </Suspense>
        }
      />
      <Route
        path="*"
        element={
          <WorkspacePage id="overblik">
            <p>
              <Link to="/overblik/oekonomi/budget">{t('oekonomi.link')}</Link>
            </p>
          </WorkspacePage>
        }
      />
    </Routes>
  );
}
