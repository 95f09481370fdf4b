import { createElement, lazy, Suspense } from 'react';
import { Navigate, NavLink, Route, Routes, useLocation } from 'react-router';
import { useAuth } from '../../auth/AuthProvider';
import { Loading } from '../../components/Loading';
import { useI18n } from '../../i18n';
import NotFoundPage from '../notfound/NotFoundPage';
import { WorkspacePage } from '../workspace/WorkspacePage';
import { DatakvalitetPage } from './DatakvalitetPage';
import { DrillDownPage } from './DrillDownPage';
import { NoegletalPage } from './NoegletalPage';
import { sectionsFor, type SectionId } from './sections';
import './overblik.css';

// The economy screens have their own frame (heading and sections) under /overblik/oekonomi; only those who open them
// load their code.
const OekonomiRoutes = lazy(() => import('./oekonomi/OekonomiRoutes'));

function ToOekonomi() {
  const { search } = useLocation();
  return <Navigate to={{ pathname: '/overblik/oekonomi/budget', search }} replace />;
}

const pages: Record<SectionId, () => React.JSX.Element | null> = {
  noegletal: NoegletalPage,
  datakvalitet: DatakvalitetPage,
  oekonomi: ToOekonomi,
};

/** Overblik: management information from the work itself, one section per kind (key figures, data quality, economy). */
export default function OverblikPage() {
  const { state } = useAuth();
  if (state.status === 'signedIn' && sectionsFor(state.user.roles).some((s) => s.id === 'oekonomi')) {
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
        <Route path="*" element={<OverblikSections />} />
      </Routes>
    );
  }
  return <OverblikSections />;
}

function OverblikSections() {
  const { state } = useAuth();
  const { t } = useI18n();
  const location = useLocation();
  if (state.status !== 'signedIn') return null;
  const allowed = sectionsFor(state.user.roles);
  const first = allowed[0];
  if (!first) return <WorkspacePage id="overblik" />;

  return (
    <div className="overblik-workspace">
      <h1 className="workspace__heading" tabIndex={-1}>
        {t('overblik.title')}
      </h1>
      <nav className="overblik-sections" aria-label={t('overblik.sections')}>
        <ul>
          {allowed.map((s) => (
            <li key={s.id}>
              {/* The filters travel along, so a leader keeps the chosen period and scope between the sections. */}
              <NavLink to={`/overblik${s.id === first.id ? '' : `/${s.id}`}${location.search}`} end className="overblik-sections__link">
                {t(`overblik.section.${s.id}`)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Routes>
        <Route index element={createElement(pages[first.id])} />
        {allowed.some((s) => s.id === 'noegletal') && <Route path="noegletal/:id/sager" element={<DrillDownPage />} />}
        {allowed.map((s) => {
          const Page = pages[s.id];
          return s.id === first.id ? null : <Route key={s.id} path={s.id} element={<Page />} />;
        })}
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </div>
  );
}
