import { useEffect, useState, type FormEvent } from 'react';
import type { ContactWatch } from '../../../lib/api/types';
import { watchlistApi } from '../api/watchlistApi';

/** « Surveiller ce contact »: on the dossier, watch it with a note (each new report showing it alerts her). */
export function WatchPanel({ contact }: { contact: string }) {
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
      setMessage('Ce contact est surveillé : chaque nouveau signalement qui le montre vous alertera.');
    } catch {
      setMessage('La surveillance n’a pas pu être enregistrée : réessayez dans un instant.');
    }
  }

  async function stop() {
    if (!watch) return;
    try {
      await watchlistApi.unwatch(watch.id);
      setWatch(null);
      setMessage('Vous ne surveillez plus ce contact.');
    } catch {
      setMessage('La surveillance n’a pas pu être arrêtée : réessayez dans un instant.');
    }
  }

  return (
    <section aria-labelledby="surveillance">
      <h2 id="surveillance">Surveillance</h2>
      {watch ? (
        <p>
          Vous surveillez ce contact{watch.note && ` — ${watch.note}`}.{' '}
          <button type="button" className="secondary-button" onClick={() => void stop()}>
            Ne plus surveiller
          </button>
        </p>
      ) : (
        <form onSubmit={(event) => void submit(event)}>
          <label htmlFor="watch-note">Note (pourquoi le surveiller)</label>
          <input id="watch-note" type="text" maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} />
          <button type="submit">Surveiller ce contact</button>
        </form>
      )}
      {message && <p role="status">{message}</p>}
    </section>
  );
}
