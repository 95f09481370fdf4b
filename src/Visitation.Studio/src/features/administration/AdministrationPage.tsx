import { Navigate, NavLink, Route, Routes } from 'react-router';
import { useAuth } from '../../auth/AuthProvider';
import { useI18n } from '../../i18n';
import { WorkspacePage } from '../workspace/WorkspacePage';
import NotFoundPage from '../notfound/NotFoundPage';
import { KommunerPage } from './kommuner/KommunerPage';
import { PlanEditorPage } from './kompetenceplan/PlanEditorPage';
import { OrganisationPage } from './organisation/OrganisationPage';
import { ForaPage } from './fora/ForaPage';
import { DeadLettersPage } from './beskeder/DeadLettersPage';
import { UsersPage } from './brugere/UsersPage';
import { FristerPage } from './frister/FristerPage';
import { TilbudPage } from './tilbud/TilbudPage';
import { SagsflowPage } from './sagsflow/SagsflowPage';
import { sectionsFor, type SectionId } from './sections';
import './administration.css';

const pages: Record<SectionId, () => React.JSX.Element | null> = {
  kompetenceplan: PlanEditorPage,
  organisation: OrganisationPage,
  brugere: UsersPage,
  fora: ForaPage,
  beskeder: DeadLettersPage,
  frister: FristerPage,
  tilbud: TilbudPage,
  sagsflow: SagsflowPage,
  kommuner: KommunerPage,
};

/** The administration workspace: one page per thing a municipality (or the installation) configures. */
export default function AdministrationPage() {
  const { state } = useAuth();
  const { t } = useI18n();
  if (state.status !== 'signedIn') return null;
  const allowed = sectionsFor(state.user.roles);
  const first = allowed[0];
  if (!first) return <WorkspacePage id="administration" />;

  return (
    <div className="admin">
      <nav className="admin__sections" aria-label={t('administration.sections')}>
        <ul>
          {allowed.map((s) => (
            <li key={s.id}>
              <NavLink to={`/administration/${s.id}`} className="admin__section-link">
                {t(`administration.section.${s.id}`)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Routes>
        <Route index element={<Navigate to={`/administration/${first.id}`} replace />} />
        {allowed.map((s) => {
          const Page = pages[s.id];
          return <Route key={s.id} path={`${s.id}/*`} element={<Page />} />;
        })}
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </div>
  );
}
