import { lazy, Suspense } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { queryClient } from './api/queryClient';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { AuthProvider, useAuth } from './auth/AuthProvider';
import { RequireAuth } from './auth/RequireAuth';
import { homePath } from './auth/roles';
import LeverandoerPage from './features/leverandoer/LeverandoerPage';
import InvitationPage from './features/login/InvitationPage';
import LoginPage from './features/login/LoginPage';
import MoederPage from './features/moeder/MoederPage';
import NotFoundPage from './features/notfound/NotFoundPage';
import { I18nProvider } from './i18n';
import { Shell } from './shell/Shell';
import { Loading } from './components/Loading';

// The designer brings the canvas library along, the case workspace the form library; only those who open them load them.
const DesignerPage = lazy(() => import('./features/designer/DesignerPage'));
const SagerPage = lazy(() => import('./features/sager/SagerPage'));
const AdministrationPage = lazy(() => import('./features/administration/AdministrationPage'));
// Overblik brings the chart library along.
const OverblikPage = lazy(() => import('./features/overblik/OverblikPage'));

function Home() {
  const { state } = useAuth();
  return state.status === 'signedIn' ? <Navigate to={homePath(state.user.roles)} replace /> : null;
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
    <I18nProvider>
      <AuthProvider>
        <BrowserRouter>
          <Routes>
            <Route path="/login" element={<LoginPage />} />
            <Route path="/invitation" element={<InvitationPage />} />
            <Route
              element={
                <RequireAuth>
                  <Shell />
                </RequireAuth>
              }
            >
              <Route index element={<Home />} />
              <Route
                path="designer/*"
                element={
                  <Suspense fallback={<Loading />}>
                    <DesignerPage />
                  </Suspense>
                }
              />
              <Route
                path="sager/*"
                element={
                  <Suspense fallback={<Loading />}>
                    <SagerPage />
                  </Suspense>
                }
              />
              <Route path="moeder/*" element={<MoederPage />} />
              <Route
                path="overblik/*"
                element={
                  <Suspense fallback={<Loading />}>
                    <OverblikPage />
                  </Suspense>
                }
              />
              <Route path="leverandoer/*" element={<LeverandoerPage />} />
              <Route
                path="administration/*"
                element={
                  <Suspense fallback={<Loading />}>
                    <AdministrationPage />
                  </Suspense>
                }
              />
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </BrowserRouter>
      </AuthProvider>
    </I18nProvider>
    </QueryClientProvider>
  );
}
