import { Navigate, NavLink, Route, Routes, useLocation } from 'react-router';
import { useI18n } from '../../../i18n';
import NotFoundPage from '../../notfound/NotFoundPage';
import { usePageTitle } from '../../../components/usePageTitle';
import { ActualsPage } from './ActualsPage';
import { BudgetPage } from './BudgetPage';
import { ForecastPage } from './ForecastPage';
import { VariancePage } from './VariancePage';
import './oekonomi.css';

const sections = ['budget', 'faktiske', 'prognose', 'afvigelse'] as const;

/** The economy screens under `/overblik/oekonomi/...`: budget, actuals import, forecast and variance; the year stays in the URL. */
export default function OekonomiRoutes() {
  const { t } = useI18n();
  const { search } = useLocation();
  usePageTitle(t('oekonomi.title'));
  return (
    <div className="workspace oek">
      <div className="workspace__heading">
        <h1 tabIndex={-1}>{t('oekonomi.title')}</h1>
        <p className="workspace__lead">{t('oekonomi.lead')}</p>
      </div>
      <nav aria-label={t('oekonomi.sections')} className="oek-sections">
        <ul>
          {sections.map((s) => (
            <li key={s}>
              <NavLink to={{ pathname: `/overblik/oekonomi/${s}`, search }}>{t(`oekonomi.section.${s}`)}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Routes>
        <Route index element={<Navigate to={{ pathname: 'budget', search }} replace />} />
        <Route path="budget" element={<BudgetPage />} />
        <Route path="faktiske" element={<ActualsPage />} />
        <Route path="prognose" element={<ForecastPage />} />
        <Route path="afvigelse" element={<VariancePage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </div>
  );
}
