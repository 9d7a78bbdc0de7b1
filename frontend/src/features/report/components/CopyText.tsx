import { useRef, useState } from 'react';
import { useTranslation } from '../../../lib/i18n';

/**
 * A value shown as text with a copy button: for a reported URL, never a link and never a
 * preview (Vigie opens nothing).
 */
export function CopyText({ value, buttonLabel, copiedMessage }: { value: string; buttonLabel: string; copiedMessage: string }) {
  const { t } = useTranslation();
  const text = useRef<HTMLElement>(null);
  const [message, setMessage] = useState('');

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setMessage(copiedMessage);
    } catch {
      // No clipboard (insecure context, refused permission): select it for Ctrl+C.
      const node = text.current;
      const selection = window.getSelection();
      if (node && selection) {
        const range = document.createRange();
        range.selectNodeContents(node);
        selection.removeAllRanges();
        selection.addRange(range);
      }
      setMessage(t('report.copyFailed'));
    }
  }

  return (
    <span className="copy-text">
      <code ref={text} className="url-text">
        {value}
      </code>{' '}
      <button type="button" className="plain-button small-button" onClick={() => void copy()}>
        {buttonLabel}
      </button>{' '}
      <span role="status" className="copy-message">
        {message}
      </span>
    </span>
  );
}
