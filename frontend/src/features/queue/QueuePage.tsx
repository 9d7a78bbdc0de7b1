import { useLocation } from 'react-router';
import { useSession } from '../auth/SessionContext';
import { AppHeader } from '../navigation/AppHeader';
import { SubmittedBanner, submittedReport } from './SubmittedBanner';
import { QueueTable } from './QueueTable';
import { useQueue } from './useQueue';

const TIME = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', timeStyle: 'medium' });

export function QueuePage() {
  const { signedOut } = useSession();
  const { items, error, updatedAt } = useQueue(signedOut);
  // Set by the manual intake form after a 202: the report to point out once it is triaged.
  const submitted = submittedReport(useLocation().state);
  const submittedShown = submitted !== null && items?.some((item) => item.id === submitted.id);

  return (
    <>
      <AppHeader />
      <main id="contenu" className="queue-page">
        <h1>File des signalements</h1>
        {submitted && <SubmittedBanner receipt={submitted} inQueue={submittedShown === true} />}
        <p className="refresh-note">
          Actualisée automatiquement toutes les 10 secondes
          {updatedAt && <> — dernière mise à jour à {TIME.format(updatedAt)}</>}.
        </p>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        {items === null ? (
          <p className="loading">Chargement de la file…</p>
        ) : items.length === 0 ? (
          <p className="empty">Aucun signalement en attente</p>
        ) : (
          <QueueTable items={items} highlightedId={submitted?.id} />
        )}
      </main>
    </>
  );
}
