import { useState } from 'react';
import type { IssuedKey } from '../../../lib/api/types';
import { IssuedKeyPanel } from './IssuedKeyPanel';
import { NewPartnerForm } from './NewPartnerForm';
import { PartnerCard } from './PartnerCard';
import { usePartners } from '../hooks/usePartners';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { useTranslation } from '../../../lib/i18n';

/** « Partenaires »: the organisations that push reports through the partner API, and their keys. */
export function PartnersPage() {
  const { t } = useTranslation();
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
      <h1>{t('partners.title')}</h1>
      <p className="intro">{t('partners.intro')}</p>
      {issued && <IssuedKeyPanel issued={issued} onClose={() => setIssued(null)} />}
      <p role="status" className="confirmation-status">
        {message}
      </p>
      <ErrorMessage message={error} />
      <NewPartnerForm onCreated={keyIssued} />
      {partners === null ? (
        error ? null : <p className="loading">{t('partners.loading')}</p>
      ) : partners.length === 0 ? (
        <p className="empty">{t('partners.empty')}</p>
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
