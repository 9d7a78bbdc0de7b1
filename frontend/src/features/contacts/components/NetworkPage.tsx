import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ApiError } from '../../../lib/api/ApiError';
import { PRIORITY_LABELS } from '../../../components/labels';
import { networkApi } from '../api/networkApi';
import { BAND_COLOURS, departmentSpread, hiddenReports, mergeNetworks, type Network } from '../networkModel';
import { NetworkGraph } from './NetworkGraph';
import { NetworkTable } from './NetworkTable';
import { t, useTranslation } from '../../../lib/i18n';

function failure(error: unknown): string {
  if (error instanceof ApiError && error.status === 400) {
    return t('contacts.notAContact');
  }
  if (error instanceof ApiError && error.status === 404) return t('contacts.network.noReport');
  return t('contacts.network.failed');
}

/**
 * « Réseau »: the contacts and reports linked to a contact (`/reseau?c=…`) or to a report
 * (`/reseau?signalement=…`), up to two steps, as a graph and as a table, with the spread over
 * départements. A hub's reports come a page at a time. The read is audited by the server.
 */
export function NetworkPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const contact = params.get('c');
  const report = params.get('signalement');
  const [network, setNetwork] = useState<Network | null>(null);
  const [error, setError] = useState('');
  const [loadingMore, setLoadingMore] = useState(false);

  useEffect(() => {
    let current = true;
    setNetwork(null);
    setError('');
    const load = contact ? networkApi.ofContact(contact) : report ? networkApi.ofReport(report) : null;
    if (!load) {
      setError(t('contacts.network.nothingAsked'));
      return;
    }
    load.then((n) => current && setNetwork(n)).catch((e: unknown) => current && setError(failure(e)));
    return () => {
      current = false;
    };
  }, [contact, report, t]);

  const more = useCallback(async () => {
    if (!network?.next || !contact) return;
    setLoadingMore(true);
    try {
      const page = await networkApi.ofContact(contact, network.next);
      setNetwork((shown) => (shown ? mergeNetworks(shown, page) : page));
    } catch (e) {
      setError(failure(e));
    } finally {
      setLoadingMore(false);
    }
  }, [network, contact]);

  const hidden = useMemo(() => (network ? hiddenReports(network) : new Map<string, number>()), [network]);
  const centre = network?.nodes.find((n) => n.id === network.center);
  const title = centre
    ? t(centre.kind === 'CONTACT' ? 'contacts.network.titleContact' : 'contacts.network.titleReport', { label: centre.label })
    : t('contacts.network.title');

  return (
    <main id="contenu" className="page network-page">
      <h1>{title}</h1>
      {contact && (
        <p>
          <Link to={`/contact?c=${encodeURIComponent(contact)}`}>{t('contacts.network.backToDossier')}</Link>
        </p>
      )}
      {report && (
        <p>
          <Link to={`/signalements/${report}`}>{t('contacts.network.backToReport')}</Link>
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {!error && network === null && <p className="loading">{t('common.loading')}</p>}
      {network && (
        <>
          <p className="network-help">
            {t('contacts.network.help')}
          </p>
          <ul className="network-legend" aria-label={t('contacts.network.legend')}>
            {(Object.keys(BAND_COLOURS) as (keyof typeof BAND_COLOURS)[]).map((band) => (
              <li key={band}>
                <span className="network-swatch" style={{ background: BAND_COLOURS[band] }} aria-hidden="true" />
                {band} {PRIORITY_LABELS[band]}
              </li>
            ))}
          </ul>
          <div className="network-layout">
            <NetworkGraph network={network} />
            <section aria-labelledby="reseau-departements" className="network-departments">
              <h2 id="reseau-departements">{t('contacts.dossier.departments')}</h2>
              {departmentSpread(network).length === 0 ? (
                <p className="empty">{t('contacts.network.noDepartment')}</p>
              ) : (
                <ul className="chip-list">
                  {departmentSpread(network).map(([department, n]) => (
                    <li key={department} className="chip">
                      {t('contacts.network.departmentCount', { department, count: n })}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </div>
          {network.next && contact && (
            <p>
              <button type="button" onClick={() => void more()} disabled={loadingMore}>
                {loadingMore ? t('common.loading') : t('contacts.network.more')}
              </button>
            </p>
          )}
          <NetworkTable network={network} hidden={hidden} onMore={() => void more()} loadingMore={loadingMore} />
        </>
      )}
    </main>
  );
}
