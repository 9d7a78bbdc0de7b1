import type { ReactNode } from 'react';

/** The administration pages: their title, then the page (the layout route mounts the header). */
export function AdminLayout({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main id="contenu" className="admin-page">
      <h1>{title}</h1>
      {children}
    </main>
  );
}
