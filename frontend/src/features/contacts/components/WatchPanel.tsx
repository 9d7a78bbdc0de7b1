import { useEffect, useState, type FormEvent } from 'react';
import type { ContactWatch } from '../../../lib/api/types';
import { watchlistApi } from '../api/watchlistApi';
import { useTranslation } from '../../../lib/i18n';

/** « Surveiller ce contact »: on the dossier, watch it with a note (each new report showing it alerts her). */
export function WatchPanel({ contact }: { contact: string }) {
  const { t } = useTranslation();
  const [watch, setWatch] = useState<ContactWatch | null>(null);
  const [note, setNote] = useState('');
  const [message, setMessage] = useState('');

  useEffect(() => {
    let live = true;
    watchlistApi
      .list()
      .then((list) => {
        if (live) setWatch(list.watches.find((w) => w.contact === contact) ?? null);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [contact]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      setWatch(await watchlistApi.watch(contact, note));
      setMessage(t('contacts.watch.started'));
    } catch {
      setMessage(t('contacts.watch.startFailed'));
    }
  }

  async function stop() {
    if (!watch) return;
    try {
      await watchlistApi.unwatch(watch.id);
      setWatch(null);
      setMessage(t('contacts.watch.stopped'));
    } catch {
      setMessage(t('contacts.watch.stopFailed'));
    }
  }

  return (
    <section aria-labelledby="surveillance">
      <h2 id="surveillance">{t('contacts.watch.title')}</h2>
      {watch ? (
        <p>
          {watch.note ? t('contacts.watch.watchingWithNote', { note: watch.note }) : t('contacts.watch.watching')}{' '}
          <button type="button" className="secondary-button" onClick={() => void stop()}>
            {t('contacts.watch.stop')}
          </button>
        </p>
      ) : (
        <form onSubmit={(event) => void submit(event)}>
          <label htmlFor="watch-note">{t('contacts.watch.note')}</label>
          <input id="watch-note" type="text" maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} />
          <button type="submit">{t('contacts.watch.start')}</button>
        </form>
      )}
      {message && <p role="status">{message}</p>}
    </section>
  );
}
