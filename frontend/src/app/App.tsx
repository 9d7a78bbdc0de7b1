import { Fragment, lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { AuditPage } from '../features/admin/components/AuditPage';
import { RetentionPage } from '../features/admin/components/RetentionPage';
import { UsersPage } from '../features/admin/components/UsersPage';
import { LoginPage } from '../features/auth/components/LoginPage';
import { SecondFactorPage } from '../features/auth/components/SecondFactorPage';
import { FollowThroughPage } from '../features/followthrough/components/FollowThroughPage';
import { ManualReportPage } from '../features/intake/components/ManualReportPage';
import { PartnersPage } from '../features/partners/components/PartnersPage';
import { FollowUpsPage } from '../features/queue/components/FollowUpsPage';
import { QueuePage } from '../features/queue/components/QueuePage';
import { ReportPage } from '../features/report/components/ReportPage';
import { RulesPage } from '../features/rules/components/RulesPage';
import { ContactPage } from '../features/contacts/components/ContactPage';
import { WatchlistPage } from '../features/contacts/components/WatchlistPage';
import { NetworkPage } from '../features/contacts/components/NetworkPage';
import { SearchPage } from '../features/search/components/SearchPage';
import { EscalationsPage } from '../features/escalations/components/EscalationsPage';
import { PlanningPage } from '../features/shifts/components/PlanningPage';
import { SessionProvider } from '../lib/session/SessionProvider';
import { useTranslation } from '../lib/i18n';
import { GlossaryPage } from '../features/glossary/components/GlossaryPage';
import { SECOND_FACTOR_PATH } from './paths';
import { RequireRole } from './RequireRole';
import { WorkbenchLayout } from './WorkbenchLayout';

// Charts (Chart.js) load with the statistics page only: the queue stays light for workers.
const StatisticsPage = lazy(() =>
  import('../features/statistics/components/StatisticsPage').then((module) => ({ default: module.StatisticsPage })),
);

/** Routes of the workbench; the router itself is given by the caller. */
export function App() {
  const { t, i18n } = useTranslation();
  return (
    <SessionProvider>
      {/* Keyed on the language: a switch renders every page again, labels read outside React included. */}
      <Fragment key={i18n.language}>
      <Routes>
        <Route path="/connexion" element={<LoginPage />} />
        <Route element={<WorkbenchLayout />}>
          <Route path="/file" element={<QueuePage />} />
          <Route path={SECOND_FACTOR_PATH} element={<SecondFactorPage />} />
          <Route path="/glossaire" element={<GlossaryPage />} />
          <Route element={<RequireRole roles={['WORKER', 'COORDINATOR']} />}>
            <Route path="/signalements/:id" element={<ReportPage />} />
            <Route path="/relances" element={<FollowUpsPage />} />
            <Route path="/signaler" element={<ManualReportPage />} />
            <Route path="/planning" element={<PlanningPage />} />
            <Route path="/suivi" element={<FollowThroughPage />} />
            <Route path="/contact" element={<ContactPage />} />
            <Route path="/reseau" element={<NetworkPage />} />
            <Route path="/recherche" element={<SearchPage />} />
            <Route path="/surveillance" element={<WatchlistPage />} />
          </Route>
          <Route element={<RequireRole roles={['COORDINATOR']} />}>
            <Route path="/regles" element={<RulesPage />} />
            <Route path="/escalades" element={<EscalationsPage />} />
          </Route>
          <Route element={<RequireRole roles={['COORDINATOR', 'ADMIN']} />}>
            <Route
              path="/statistiques"
              element={
                <Suspense fallback={<p className="loading">{t('common.loading')}</p>}>
                  <StatisticsPage />
                </Suspense>
              }
            />
          </Route>
          <Route element={<RequireRole roles={['ADMIN']} />}>
            <Route path="/admin/partenaires" element={<PartnersPage />} />
            <Route path="/admin/utilisateurs" element={<UsersPage />} />
            <Route path="/admin/journal" element={<AuditPage />} />
            <Route path="/admin/conservation" element={<RetentionPage />} />
          </Route>
        </Route>
        <Route path="*" element={<Navigate to="/file" replace />} />
      </Routes>
      </Fragment>
    </SessionProvider>
  );
}
