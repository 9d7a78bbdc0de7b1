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
import { t, useTranslation } from '../../../lib/i18n';

function failure(error: unknown): string {
  if (error instanceof ApiError && error.status === 400) {
    return t('contacts.notAContact');
  }
  return t('contacts.dossier.failed');
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
  const { t } = useTranslation();
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
      setNoteError(t('contacts.dossier.noteEmpty'));
      return;
    }
    try {
      await contactsApi.addNote(contact, note);
      setNote('');
      setNoteError('');
      await load();
    } catch {
      setNoteError(t('contacts.dossier.noteFailed'));
    }
  }

  return (
    <main id="contenu" className="page">
      <h1>{t('contacts.dossier.title', { contact: dossier ? dossier.display : contact })}</h1>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {!error && dossier === null && <p className="loading">{t('common.loading')}</p>}
      {dossier && (
        <>
          <section aria-labelledby="resume">
            <h2 id="resume">{t('contacts.dossier.summary')}</h2>
            <dl className="contact-summary">
              <dt>{t('contacts.dossier.reports')}</dt>
              <dd>{dossier.total}</dd>
              <dt>{t('contacts.dossier.firstSeen')}</dt>
              <dd>{dossier.firstSeen ? formatInstant(dossier.firstSeen) : '—'}</dd>
              <dt>{t('contacts.dossier.lastSeen')}</dt>
              <dd>{dossier.lastSeen ? formatInstant(dossier.lastSeen) : '—'}</dd>
              <dt>{t('contacts.dossier.departments')}</dt>
              <dd>{counts(dossier.departments)}</dd>
              <dt>{t('contacts.dossier.platforms')}</dt>
              <dd>{counts(dossier.platforms, platformLabel)}</dd>
              <dt>{t('contacts.dossier.bands')}</dt>
              <dd>{counts(dossier.bands)}</dd>
            </dl>
          </section>
          <p>
            <Link to={`/reseau?c=${encodeURIComponent(dossier.contact)}`}>{t('contacts.dossier.network')}</Link>
          </p>
          <WatchPanel contact={dossier.contact} />
          <section aria-labelledby="signalements">
            <h2 id="signalements">{t('contacts.dossier.reportsTitle')}</h2>
            {dossier.reports.length === 0 ? (
              <p className="empty">{t('contacts.dossier.noReport')}</p>
            ) : (
              <ul className="contact-reports">
                {dossier.reports.map((report) => (
                  <li key={report.id}>
                    <PriorityBadge priority={report.priority} />{' '}
                    <Link to={`/signalements/${report.id}`}>
                      {platformLabel(report.platform)}
                      {report.department && ` — ${report.department}`}
                    </Link>{' '}
                    {t('contacts.seenOn')} <time dateTime={report.observedAt}>{formatInstant(report.observedAt)}</time> —{' '}
                    {statusLabel(report.status)}
                    {report.decision && ` — ${decisionTypeLabel(report.decision)}`}
                    {report.sightings > 0 && t('contacts.sightings', { count: report.sightings })}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="chronologie">
            <h2 id="chronologie">{t('contacts.dossier.timeline')}</h2>
            {dossier.timeline.length === 0 ? (
              <p className="empty">{t('contacts.dossier.nothing')}</p>
            ) : (
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('contacts.dossier.month')}</th>
                    <th scope="col">{t('contacts.dossier.byBand')}</th>
                    <th scope="col">{t('contacts.dossier.decisions')}</th>
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
            <h2 id="contacts-lies">{t('contacts.dossier.linked')}</h2>
            {dossier.linkedContacts.length === 0 ? (
              <p className="empty">{t('contacts.dossier.noLinked')}</p>
            ) : (
              <ul>
                {dossier.linkedContacts.map((linked) => (
                  <li key={linked.contact}>
                    <Link to={contactPath(linked.contact)}>{linked.display}</Link>{' '}
                    {t('contacts.dossier.inCommon', { count: linked.reports })}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="notes-contact">
            <h2 id="notes-contact">{t('contacts.dossier.notes')}</h2>
            {dossier.notes.length === 0 ? (
              <p className="empty">{t('contacts.dossier.noNote')}</p>
            ) : (
              <ul>
                {dossier.notes.map((n) => (
                  <li key={n.id}>
                    <p className="note-text">{n.text}</p>
                    <small>
                      {t('contacts.dossier.noteBy', { author: n.author })} <time dateTime={n.createdAt}>{formatInstant(n.createdAt)}</time>
                    </small>
                  </li>
                ))}
              </ul>
            )}
            <form onSubmit={(event) => void submitNote(event)}>
              <label htmlFor="contact-note">{t('contacts.dossier.addNoteLabel')}</label>
              <textarea id="contact-note" value={note} maxLength={4000} onChange={(e) => setNote(e.target.value)} />
              {noteError && (
                <p className="error" role="alert">
                  {noteError}
                </p>
              )}
              <button type="submit">{t('contacts.dossier.addNote')}</button>
            </form>
          </section>
        </>
      )}
    </main>
  );
}
