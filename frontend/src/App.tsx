import { Navigate, Route, Routes } from 'react-router';
import { LoginPage } from './features/auth/LoginPage';
import { FollowUpsPage } from './features/followups/FollowUpsPage';
import { AuditPage } from './features/admin/AuditPage';
import { RetentionPage } from './features/admin/RetentionPage';
import { UsersPage } from './features/admin/UsersPage';
import { RequireSession, SECOND_FACTOR_PATH } from './features/auth/RequireSession';
import { SecondFactorPage } from './features/auth/SecondFactorPage';
import { SessionProvider } from './features/auth/SessionProvider';
import { ManualReportPage } from './features/intake/ManualReportPage';
import { PartnersPage } from './features/partners/PartnersPage';
import { QueuePage } from './features/queue/QueuePage';
import { ReportPage } from './features/report/ReportPage';
import { RulesPage } from './features/rules/RulesPage';

/** Routes of the workbench; the router itself is given by the caller. */
export function App() {
  return (
    <SessionProvider>
      <Routes>
        <Route path="/connexion" element={<LoginPage />} />
        <Route
          path="/file"
          element={
            <RequireSession>
              <QueuePage />
            </RequireSession>
          }
        />
        <Route
          path="/signalements/:id"
          element={
            <RequireSession roles={['WORKER', 'COORDINATOR']}>
              <ReportPage />
            </RequireSession>
          }
        />
        <Route
          path="/relances"
          element={
            <RequireSession roles={['WORKER', 'COORDINATOR']}>
              <FollowUpsPage />
            </RequireSession>
          }
        />
        <Route
          path="/signaler"
          element={
            <RequireSession roles={['WORKER', 'COORDINATOR']}>
              <ManualReportPage />
            </RequireSession>
          }
        />
        <Route
          path="/admin/partenaires"
          element={
            <RequireSession roles={['ADMIN']}>
              <PartnersPage />
            </RequireSession>
          }
        />
        <Route
          path="/regles"
          element={
            <RequireSession roles={['COORDINATOR']}>
              <RulesPage />
            </RequireSession>
          }
        />
        <Route
          path="/admin/utilisateurs"
          element={
            <RequireSession roles={['ADMIN']}>
              <UsersPage />
            </RequireSession>
          }
        />
        <Route
          path="/admin/journal"
          element={
            <RequireSession roles={['ADMIN']}>
              <AuditPage />
            </RequireSession>
          }
        />
        <Route
          path="/admin/conservation"
          element={
            <RequireSession roles={['ADMIN']}>
              <RetentionPage />
            </RequireSession>
          }
        />
        <Route
          path={SECOND_FACTOR_PATH}
          element={
            <RequireSession>
              <SecondFactorPage />
            </RequireSession>
          }
        />
        <Route path="*" element={<Navigate to="/file" replace />} />
      </Routes>
    </SessionProvider>
  );
}
