import { useCallback, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../../../lib/api/ApiError';
import type { Priority, SearchAnswer, SearchHighlight, SearchItem } from '../../../lib/api/types';
import { formatInstant } from '../../../lib/parisTime';
import { PriorityBadge } from '../../../components/PriorityBadge';
import { ContactLink } from '../../../components/ContactLink';
import { platformLabel, statusLabel } from '../../../components/labels';
import { searchApi, type SearchQuery } from '../api/searchApi';
import { highlightParts } from '../highlightParts';
import { t, useTranslation } from '../../../lib/i18n';

type Facet = 'priority' | 'status' | 'platform' | 'department';

/** The facets' titles are keys of the catalogue (« search.facet.priority »). */
const FACETS: { key: Facet; label: (value: string) => string }[] = [
  { key: 'priority', label: (v) => v },
  { key: 'status', label: statusLabel },
  { key: 'platform', label: platformLabel },
  { key: 'department', label: (v) => v },
];

/** The query's fields the server may refuse, named in words (« search.field.phone »). */
const FIELD_NAMES = new Set(['q', 'phone', 'handle', 'from', 'to']);

function failure(error: unknown): string {
  if (error instanceof ApiError && error.status === 400) {
    const fields = (error.problem?.errors ?? []).map((e) => (FIELD_NAMES.has(e.field) ? t(`search.field.${e.field}`) : e.field));
    return t('search.invalid', { fields: fields.length > 0 ? fields.join(', ') : t('search.field.any') });
  }
  return t('search.failed');
}

/** A passage of text with its matches marked, always as text (React escapes it). */
function Passage({ highlight }: { highlight: SearchHighlight }) {
  return (
    <p className="search-passage">
      {highlightParts(highlight.text, highlight.marks).map((part, i) =>
        part.marked ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
      )}
    </p>
  );
}

function Result({ item }: { item: SearchItem }) {
  const { t } = useTranslation();
  return (
    <li>
      <PriorityBadge priority={item.priority as Priority} />{' '}
      <Link to={`/signalements/${item.id}`}>
        {platformLabel(item.platform)}
        {item.department && ` — ${item.department}`}
      </Link>{' '}
      {t('search.seenOn')} <time dateTime={item.observedAt}>{formatInstant(item.observedAt)}</time> — {statusLabel(item.status)}
      {item.sightings > 0 && t('search.sightings', { count: item.sightings })}
      {item.highlights.map((highlight, i) => (
        <Passage key={i} highlight={highlight} />
      ))}
    </li>
  );
}

/**
 * « Rechercher »: free text (disguised spellings found by their plain form), a phone in any
 * writing, a handle; the facets of the results as filters; pages by cursor. Every search is
 * audited by the server. The texts shown are passages around what matched, as text.
 */
export function SearchPage() {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [phone, setPhone] = useState('');
  const [handle, setHandle] = useState('');
  const [sort, setSort] = useState<'relevance' | 'date'>('relevance');
  const [filters, setFilters] = useState<Record<Facet, string[]>>({ priority: [], status: [], platform: [], department: [] });
  const [answer, setAnswer] = useState<SearchAnswer | null>(null);
  const [items, setItems] = useState<SearchItem[]>([]);
  const [asked, setAsked] = useState<SearchQuery | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const run = useCallback(async (query: SearchQuery, more: boolean) => {
    setBusy(true);
    try {
      const found = await searchApi.search(query);
      setAnswer(found);
      setItems((previous) => (more ? [...previous, ...found.items] : found.items));
      setError('');
    } catch (e) {
      setError(failure(e));
    } finally {
      setBusy(false);
    }
  }, []);

  function query(nextFilters: Record<Facet, string[]>): SearchQuery {
    const trimmed = (s: string) => (s.trim() === '' ? undefined : s.trim());
    const selected = (values: string[]) => (values.length > 0 ? values : undefined);
    return {
      q: trimmed(q), phone: trimmed(phone), handle: trimmed(handle), sort: trimmed(q) ? sort : 'date',
      priority: selected(nextFilters.priority), status: selected(nextFilters.status),
      platform: selected(nextFilters.platform), department: selected(nextFilters.department),
    };
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const asking = query(filters);
    setAsked(asking);
    void run(asking, false);
  }

  function toggle(facet: Facet, value: string) {
    const current = filters[facet];
    const next = { ...filters, [facet]: current.includes(value) ? current.filter((v) => v !== value) : [...current, value] };
    setFilters(next);
    const asking = query(next);
    setAsked(asking);
    void run(asking, false);
  }

  return (
    <main id="contenu" className="page">
      <h1>{t('search.title')}</h1>
      <form className="search-form" onSubmit={submit} role="search">
        <label htmlFor="recherche-texte">{t('search.words')}</label>
        <input id="recherche-texte" type="search" value={q} maxLength={500} onChange={(e) => setQ(e.target.value)} />
        <label htmlFor="recherche-telephone">{t('search.phone')}</label>
        <input id="recherche-telephone" type="text" inputMode="tel" value={phone} onChange={(e) => setPhone(e.target.value)} />
        <label htmlFor="recherche-pseudo">{t('search.handle')}</label>
        <input id="recherche-pseudo" type="text" value={handle} onChange={(e) => setHandle(e.target.value)} />
        <label htmlFor="recherche-tri">{t('search.sortBy')}</label>
        <select id="recherche-tri" value={sort} onChange={(e) => setSort(e.target.value as 'relevance' | 'date')}>
          <option value="relevance">{t('search.sort.relevance')}</option>
          <option value="date">{t('search.sort.date')}</option>
        </select>
        <button type="submit" disabled={busy}>
          {t('search.submit')}
        </button>
      </form>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {(phone.trim() || handle.trim()) && asked && !error && (
        <p>
          <ContactLink contact={(phone.trim() || handle.trim())}>{t('contact.openDossier')}</ContactLink>
        </p>
      )}
      {answer && (
        <div className="search-layout">
          <aside aria-label={t('search.filters')}>
            {FACETS.map((facet) => {
              const counts = answer.facets[facet.key] ?? {};
              const values = Array.from(new Set([...Object.keys(counts), ...filters[facet.key]]));
              if (values.length === 0) return null;
              return (
                <fieldset key={facet.key}>
                  <legend>{t(`search.facet.${facet.key}`)}</legend>
                  {values.map((value) => (
                    <label key={value} className="facet">
                      <input type="checkbox" checked={filters[facet.key].includes(value)} onChange={() => toggle(facet.key, value)} />{' '}
                      {facet.label(value)} ({counts[value] ?? 0})
                    </label>
                  ))}
                </fieldset>
              );
            })}
          </aside>
          <section aria-labelledby="resultats">
            <h2 id="resultats">
              {t('search.found', { count: answer.total })}
            </h2>
            {items.length === 0 ? (
              <p className="empty">{t('search.empty')}</p>
            ) : (
              <ul className="search-results">
                {items.map((item) => (
                  <Result key={item.id} item={item} />
                ))}
              </ul>
            )}
            {answer.next && asked && (
              <button type="button" disabled={busy} onClick={() => void run({ ...asked, after: answer.next ?? undefined }, true)}>
                {t('search.more')}
              </button>
            )}
          </section>
        </div>
      )}
    </main>
  );
}
