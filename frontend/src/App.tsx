import { Navigate, Route, Routes } from 'react-router';
import { AuditPage } from './features/admin/AuditPage';
import { RequireAdmin } from './features/admin/RequireAdmin';
import { RetentionPage } from './features/admin/RetentionPage';
import { UsersPage } from './features/admin/UsersPage';
import { LoginPage } from './features/auth/LoginPage';
import { RequireSession, SECOND_FACTOR_PATH } from './features/auth/RequireSession';
import { SecondFactorPage } from './features/auth/SecondFactorPage';
import { SessionProvider } from './features/auth/SessionProvider';
import { QueuePage } from './features/queue/QueuePage';

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
          path={SECOND_FACTOR_PATH}
          element={
            <RequireSession>
              <SecondFactorPage />
            </RequireSession>
          }
        />
        <Route
          path="/admin/utilisateurs"
          element={
            <RequireAdmin>
              <UsersPage />
            </RequireAdmin>
          }
        />
        <Route
          path="/admin/journal"
          element={
            <RequireAdmin>
              <AuditPage />
            </RequireAdmin>
          }
        />
        <Route
          path="/admin/conservation"
          element={
            <RequireAdmin>
              <RetentionPage />
            </RequireAdmin>
          }
        />
        <Route path="*" element={<Navigate to="/file" replace />} />
      </Routes>
    </SessionProvider>
  );
}
