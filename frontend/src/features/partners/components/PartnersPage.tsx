import { useState } from 'react';
import type { IssuedKey } from '../../../lib/api/types';
import { IssuedKeyPanel } from './IssuedKeyPanel';
import { NewPartnerForm } from './NewPartnerForm';
import { PartnerCard } from './PartnerCard';
import { usePartners } from '../hooks/usePartners';
import { ErrorMessage } from '../../../components/ErrorMessage';

/** « Partenaires »: the organisations that push reports through the partner API, and their keys. */
export function PartnersPage() {
  const { partners, error, reload } = usePartners();
  const [issued, setIssued] = useState<IssuedKey | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  function keyIssued(key: IssuedKey) {
    setMessage(null);
    setIssued(key);
    void reload();
  }

  function changed(text: string) {
    setMessage(text);
    void reload();
  }

  return (
    <main id="contenu" className="page partners-page">
      <h1>Partenaires</h1>
      <p className="intro">
        Organisations qui transmettent des signalements par l’API partenaire. Une clé n’est
        affichée qu’une fois, à sa création ; ensuite seul son préfixe permet de la reconnaître.
      </p>
      {issued && <IssuedKeyPanel issued={issued} onClose={() => setIssued(null)} />}
      <p role="status" className="confirmation-status">
        {message}
      </p>
      <ErrorMessage message={error} />
      <NewPartnerForm onCreated={keyIssued} />
      {partners === null ? (
        error ? null : <p className="loading">Chargement des partenaires…</p>
      ) : partners.length === 0 ? (
        <p className="empty">Aucun partenaire</p>
      ) : (
        partners.map((partner) => (
          <PartnerCard
            key={partner.id}
            partner={partner}
            onIssued={keyIssued}
            onChanged={changed}
          />
        ))
      )}
    </main>
  );
}
