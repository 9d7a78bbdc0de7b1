import { useEffect, useRef, useState } from 'react';
import type { IssuedKey } from '../../../lib/api/types';
import { Trans, useTranslation } from '../../../lib/i18n';

/**
 * The one and only time a key is shown: the server keeps only its hash. Closing the panel
 * forgets it for good.
 */
export function IssuedKeyPanel({ issued, onClose }: { issued: IssuedKey; onClose: () => void }) {
  const { t } = useTranslation();
  const panel = useRef<HTMLElement>(null);
  const [copyStatus, setCopyStatus] = useState<string | null>(null);

  useEffect(() => {
    panel.current?.focus();
  }, [issued.keyId]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(issued.apiKey);
      setCopyStatus(t('partners.issued.copied'));
    } catch {
      setCopyStatus(t('partners.issued.copyFailed'));
    }
  }

  return (
    <section
      ref={panel}
      className="issued-key"
      aria-labelledby="issued-key-title"
      tabIndex={-1}
    >
      <h2 id="issued-key-title">{t('partners.issued.title', { partner: issued.partnerName })}</h2>
      <p className="warning">
        <Trans i18nKey="partners.issued.warning" components={{ strong: <strong /> }} />
      </p>
      <div className="field">
        <label htmlFor="issued-key-value">{t('partners.issued.key', { prefix: issued.prefix })}</label>
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
          {t('partners.issued.copy')}
        </button>
        <button type="button" className="plain-button" onClick={onClose}>
          {t('partners.issued.hide')}
        </button>
      </div>
      <p role="status" className="copy-status">
        {copyStatus}
      </p>
    </section>
  );
}
