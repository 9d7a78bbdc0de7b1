import { useState, type MouseEvent, type ReactNode } from 'react';
import { NavLink, useLocation } from 'react-router';
import type { Role } from '../lib/api/types';
import { logout } from '../lib/session/sessionApi';
import { useSession } from '../lib/session/SessionContext';
import { useTranslation } from '../lib/i18n';
import { LanguageSwitch } from './LanguageSwitch';

interface NavEntry {
  to: string;
  /** Its key under « nav » in the catalogue. */
  label: string;
  /** Shown to a user holding at least one of these roles. */
  roles: Role[];
}

/** One entry per page of the workbench. */
const NAV_ENTRIES: NavEntry[] = [
  { to: '/file', label: 'queue', roles: ['WORKER', 'COORDINATOR'] },
  { to: '/relances', label: 'followUps', roles: ['WORKER', 'COORDINATOR'] },
  { to: '/recherche', label: 'search', roles: ['WORKER', 'COORDINATOR'] },
  { to: '/surveillance', label: 'watchlist', roles: ['WORKER', 'COORDINATOR'] },
  { to: '/signaler', label: 'intake', roles: ['WORKER', 'COORDINATOR'] },
  { to: '/planning', label: 'planning', roles: ['WORKER', 'COORDINATOR'] },
  { to: '/escalades', label: 'escalations', roles: ['COORDINATOR'] },
  { to: '/suivi', label: 'followThrough', roles: ['WORKER', 'COORDINATOR'] },
  { to: '/regles', label: 'rules', roles: ['COORDINATOR'] },
  { to: '/statistiques', label: 'statistics', roles: ['COORDINATOR', 'ADMIN'] },
  { to: '/admin/partenaires', label: 'partners', roles: ['ADMIN'] },
  { to: '/admin/utilisateurs', label: 'accounts', roles: ['ADMIN'] },
  { to: '/admin/journal', label: 'audit', roles: ['ADMIN'] },
  { to: '/admin/conservation', label: 'retention', roles: ['ADMIN'] },
  { to: '/securite', label: 'secondFactor', roles: ['WORKER', 'COORDINATOR', 'ADMIN'] },
];

/** Puts the focus on the page's main content (id « contenu »), past the header. */
function skipToContent(event: MouseEvent<HTMLAnchorElement>) {
  const main = document.getElementById('contenu');
  if (!main) return;
  event.preventDefault();
  if (!main.hasAttribute('tabindex')) main.setAttribute('tabindex', '-1');
  main.focus();
  main.scrollIntoView?.();
}

/**
 * The bar at the top of every page behind the login: a skip link, navigation (behind « Menu » on
 * a narrow screen), who is signed in (and what the layout puts beside her name: her shift and
 * exposure), sign out — always in view.
 */
export function AppHeader({ status }: { status?: ReactNode }) {
  const { t } = useTranslation();
  const { session, signedOut } = useSession();
  const roles = session.status === 'authenticated' ? session.user.roles : [];
  const entries = NAV_ENTRIES.filter((entry) => entry.roles.some((role) => roles.includes(role)));
  const { pathname } = useLocation();
  // Open on the page where it was opened: a link followed folds it away.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const menuOpen = openOn === pathname;

  async function handleLogout() {
    try {
      await logout();
    } catch {
      // The session is dropped on this side whatever the server answered.
    }
    signedOut();
  }

  return (
    <header className={menuOpen ? 'app-header menu-open' : 'app-header'}>
      <a className="skip-link" href="#contenu" onClick={skipToContent}>
        {t('header.skipToContent')}
      </a>
      <span className="brand">Vigie</span>
      {entries.length > 0 && (
        <button
          type="button"
          className="secondary-button menu-button"
          aria-expanded={menuOpen}
          aria-controls="navigation-principale"
          onClick={() => setOpenOn(menuOpen ? null : pathname)}
        >
          {t('header.menu')}
        </button>
      )}
      {entries.length > 0 && (
        <nav id="navigation-principale" aria-label={t('header.navigation')}>
          <ul className="app-nav">
            {entries.map((entry) => (
              <li key={entry.to}>
                <NavLink to={entry.to} end>
                  {t(`nav.${entry.label}`)}
                </NavLink>
              </li>
            ))}
            <li>
              <NavLink to="/glossaire" end>
                {t('nav.glossary')}
              </NavLink>
            </li>
          </ul>
        </nav>
      )}
      {session.status === 'authenticated' && (
        <span className="user">{t('header.signedIn', { username: session.user.username })}</span>
      )}
      {status}
      <LanguageSwitch />
      <button type="button" className="secondary-button sign-out" onClick={() => void handleLogout()}>
        {t('header.signOut')}
      </button>
    </header>
  );
}
