import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ApiError } from '../../../lib/api/ApiError';
import type { ContactDossier } from '../../../lib/api/types';
import { formatInstant } from '../../../lib/parisTime';
import { PriorityBadge } from '../../../components/PriorityBadge';
import { decisionTypeLabel, platformLabel, statusLabel } from '../../../components/labels';
import { contactsApi } from '../api/contactsApi';
import { contactPath } from '../../../components/ContactLink';
import { WatchPanel } from './WatchPanel';

function failure(error: unknown): string {
  if (error instanceof ApiError && error.status === 400) {
    return 'Ce n’est ni un numéro de téléphone français ni un pseudo : vérifiez la saisie.';
  }
  return 'Le dossier n’a pas pu être chargé : réessayez dans un instant.';
}

function counts(values: Record<string, number>, label: (key: string) => string = (key) => key): string {
  const entries = Object.entries(values);
  return entries.length === 0 ? '—' : entries.map(([key, n]) => `${label(key)} (${n})`).join(', ');
}

/**
 * « Dossier d’un contact »: every report showing a phone number or handle (codes and dates, no
 * content), when and where it was seen, its bands and decisions month by month, the contacts seen
 * beside it, and the team's internal notes. The read is audited by the server.
 */
export function ContactPage() {
  const [params] = useSearchParams();
  const contact = params.get('c') ?? '';
  const [dossier, setDossier] = useState<ContactDossier | null>(null);
  const [error, setError] = useState('');
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState('');

  const load = useCallback(async () => {
    try {
      setDossier(await contactsApi.dossier(contact));
      setError('');
    } catch (e) {
      setError(failure(e));
    }
  }, [contact]);

  useEffect(() => {
    setDossier(null);
    void load();
  }, [load]);

  async function submitNote(event: FormEvent) {
    event.preventDefault();
    if (!note.trim()) {
      setNoteError('Écrivez la note avant de l’ajouter.');
      return;
    }
    try {
      await contactsApi.addNote(contact, note);
      setNote('');
      setNoteError('');
      await load();
    } catch {
      setNoteError('La note n’a pas pu être ajoutée : réessayez dans un instant.');
    }
  }

  return (
    <main id="contenu" className="page">
      <h1>Dossier du contact {dossier ? dossier.display : contact}</h1>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {!error && dossier === null && <p className="loading">Chargement…</p>}
      {dossier && (
        <>
          <section aria-labelledby="resume">
            <h2 id="resume">En bref</h2>
            <dl className="contact-summary">
              <dt>Signalements</dt>
              <dd>{dossier.total}</dd>
              <dt>Vu pour la première fois</dt>
              <dd>{dossier.firstSeen ? formatInstant(dossier.firstSeen) : '—'}</dd>
              <dt>Vu pour la dernière fois</dt>
              <dd>{dossier.lastSeen ? formatInstant(dossier.lastSeen) : '—'}</dd>
              <dt>Départements</dt>
              <dd>{counts(dossier.departments)}</dd>
              <dt>Plateformes</dt>
              <dd>{counts(dossier.platforms, platformLabel)}</dd>
              <dt>Niveaux</dt>
              <dd>{counts(dossier.bands)}</dd>
            </dl>
          </section>
          <p>
            <Link to={`/reseau?c=${encodeURIComponent(dossier.contact)}`}>Voir le réseau de ce contact</Link>
          </p>
          <WatchPanel contact={dossier.contact} />
          <section aria-labelledby="signalements">
            <h2 id="signalements">Signalements montrant ce contact</h2>
            {dossier.reports.length === 0 ? (
              <p className="empty">Aucun signalement ne montre ce contact.</p>
            ) : (
              <ul className="contact-reports">
                {dossier.reports.map((report) => (
                  <li key={report.id}>
                    <PriorityBadge priority={report.priority} />{' '}
                    <Link to={`/signalements/${report.id}`}>
                      {platformLabel(report.platform)}
                      {report.department && ` — ${report.department}`}
                    </Link>{' '}
                    — vu le <time dateTime={report.observedAt}>{formatInstant(report.observedAt)}</time> —{' '}
                    {statusLabel(report.status)}
                    {report.decision && ` — ${decisionTypeLabel(report.decision)}`}
                    {report.sightings > 0 && ` — revu ${report.sightings} fois`}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="chronologie">
            <h2 id="chronologie">Au fil des mois</h2>
            {dossier.timeline.length === 0 ? (
              <p className="empty">Rien à montrer.</p>
            ) : (
              <table>
                <thead>
                  <tr>
                    <th scope="col">Mois</th>
                    <th scope="col">Signalements par niveau</th>
                    <th scope="col">Décisions</th>
                  </tr>
                </thead>
                <tbody>
                  {dossier.timeline.map((month) => (
                    <tr key={month.month}>
                      <th scope="row">{month.month}</th>
                      <td>{counts(month.bands)}</td>
                      <td>{counts(month.decisions, decisionTypeLabel)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
          <section aria-labelledby="contacts-lies">
            <h2 id="contacts-lies">Contacts vus avec celui-ci</h2>
            {dossier.linkedContacts.length === 0 ? (
              <p className="empty">Aucun autre contact dans ses signalements.</p>
            ) : (
              <ul>
                {dossier.linkedContacts.map((linked) => (
                  <li key={linked.contact}>
                    <Link to={contactPath(linked.contact)}>{linked.display}</Link> — {linked.reports} signalement
                    {linked.reports > 1 ? 's' : ''} en commun
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="notes-contact">
            <h2 id="notes-contact">Notes de l’équipe (internes)</h2>
            {dossier.notes.length === 0 ? (
              <p className="empty">Aucune note sur ce contact.</p>
            ) : (
              <ul>
                {dossier.notes.map((n) => (
                  <li key={n.id}>
                    <p className="note-text">{n.text}</p>
                    <small>
                      {n.author}, le <time dateTime={n.createdAt}>{formatInstant(n.createdAt)}</time>
                    </small>
                  </li>
                ))}
              </ul>
            )}
            <form onSubmit={(event) => void submitNote(event)}>
              <label htmlFor="contact-note">Ajouter une note</label>
              <textarea id="contact-note" value={note} maxLength={4000} onChange={(e) => setNote(e.target.value)} />
              {noteError && (
                <p className="error" role="alert">
                  {noteError}
                </p>
              )}
              <button type="submit">Ajouter la note</button>
            </form>
          </section>
        </>
      )}
    </main>
  );
}
