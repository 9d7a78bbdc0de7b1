import { Navigate, Route, Routes } from 'react-router';
import { LoginPage } from './features/auth/LoginPage';
import { RequireSession } from './features/auth/RequireSession';
import { SessionProvider } from './features/auth/SessionProvider';
import { ManualReportPage } from './features/intake/ManualReportPage';
import { PartnersPage } from './features/partners/PartnersPage';
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
        <Route path="*" element={<Navigate to="/file" replace />} />
      </Routes>
    </SessionProvider>
  );
}
