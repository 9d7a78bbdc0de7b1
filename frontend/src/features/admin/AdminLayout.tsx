import type { ReactNode } from 'react';
import { AppHeader } from '../navigation/AppHeader';

/** The administration pages: the common header, then the page. */
export function AdminLayout({ title, children }: { title: string; children: ReactNode }) {
  return (
    <>
      <AppHeader />
      <main id="contenu" className="admin-page">
        <h1>{title}</h1>
        {children}
      </main>
    </>
  );
}
