import { useEffect, useRef, useState } from 'react';
import type { IssuedKey } from '../../../lib/api/types';

/**
 * The one and only time a key is shown: the server keeps only its hash. Closing the panel
 * forgets it for good.
 */
export function IssuedKeyPanel({ issued, onClose }: { issued: IssuedKey; onClose: () => void }) {
  const panel = useRef<HTMLElement>(null);
  const [copyStatus, setCopyStatus] = useState<string | null>(null);

  useEffect(() => {
    panel.current?.focus();
  }, [issued.keyId]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(issued.apiKey);
      setCopyStatus('Clé copiée dans le presse-papiers.');
    } catch {
      setCopyStatus('Copie impossible ici : sélectionnez la clé et copiez-la à la main (Ctrl+C).');
    }
  }

  return (
    <section
      ref={panel}
      className="issued-key"
      aria-labelledby="issued-key-title"
      tabIndex={-1}
    >
      <h2 id="issued-key-title">Nouvelle clé d’API pour {issued.partnerName}</h2>
      <p className="warning">
        <strong>Cette clé ne sera plus jamais affichée.</strong> Copiez-la maintenant et
        transmettez-la au partenaire par un canal sûr, jamais par e-mail.
      </p>
      <div className="field">
        <label htmlFor="issued-key-value">Clé d’API (préfixe {issued.prefix})</label>
        <input
          id="issued-key-value"
          className="key-value"
          readOnly
          spellCheck={false}
          value={issued.apiKey}
          onFocus={(event) => event.target.select()}
        />
      </div>
      <div className="actions">
        <button type="button" onClick={() => void copy()}>
          Copier la clé
        </button>
        <button type="button" className="plain-button" onClick={onClose}>
          J’ai copié la clé, masquer
        </button>
      </div>
      <p role="status" className="copy-status">
        {copyStatus}
      </p>
    </section>
  );
}
