import { Link } from 'react-router';
import { useTranslation } from '../lib/i18n';

/**
 * The workbench page of a contact's dossier. The contact goes in the query string: a path segment
 * with a dot would be taken for a file by the server, and handles and phones may have dots.
 */
export function contactPath(contact: string): string {
  return `/contact?c=${encodeURIComponent(contact)}`;
}

/** A phone number or handle as a link to its dossier (every report that shows it). */
export function ContactLink({ contact, children }: { contact: string; children?: React.ReactNode }) {
  const { t } = useTranslation();
  return (
    <Link to={contactPath(contact)} title={t('contact.openDossier')}>
      {children ?? contact}
    </Link>
  );
}
