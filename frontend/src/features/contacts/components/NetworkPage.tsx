import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ApiError } from '../../../lib/api/ApiError';
import { PRIORITY_LABELS } from '../../../components/labels';
import { networkApi } from '../api/networkApi';
import { BAND_COLOURS, departmentSpread, hiddenReports, mergeNetworks, type Network } from '../networkModel';
import { NetworkGraph } from './NetworkGraph';
import { NetworkTable } from './NetworkTable';

function failure(error: unknown): string {
  if (error instanceof ApiError && error.status === 400) {
    return 'Ce n’est ni un numéro de téléphone français ni un pseudo : vérifiez la saisie.';
  }
  if (error instanceof ApiError && error.status === 404) return 'Ce signalement n’existe pas ou plus.';
  return 'Le réseau n’a pas pu être chargé : réessayez dans un instant.';
}

/**
 * « Réseau »: the contacts and reports linked to a contact (`/reseau?c=…`) or to a report
 * (`/reseau?signalement=…`), up to two steps, as a graph and as a table, with the spread over
 * départements. A hub's reports come a page at a time. The read is audited by the server.
 */
export function NetworkPage() {
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
      setError('Indiquez un contact ou un signalement.');
      return;
    }
    load.then((n) => current && setNetwork(n)).catch((e: unknown) => current && setError(failure(e)));
    return () => {
      current = false;
    };
  }, [contact, report]);

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
  const title = centre ? (centre.kind === 'CONTACT' ? `du contact ${centre.label}` : `du signalement ${centre.label}`) : '';

  return (
    <main id="contenu" className="page network-page">
      <h1>Réseau {title}</h1>
      {contact && (
        <p>
          <Link to={`/contact?c=${encodeURIComponent(contact)}`}>Retour au dossier du contact</Link>
        </p>
      )}
      {report && (
        <p>
          <Link to={`/signalements/${report}`}>Retour au signalement</Link>
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {!error && network === null && <p className="loading">Chargement…</p>}
      {network && (
        <>
          <p className="network-help">
            Jusqu’à deux pas : les signalements qui montrent ce contact et les autres contacts de ces signalements. Couleur :
            niveau ; taille : nombre de fois vu. Un clic sur un élément l’ouvre.
          </p>
          <ul className="network-legend" aria-label="Légende des couleurs">
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
              <h2 id="reseau-departements">Départements</h2>
              {departmentSpread(network).length === 0 ? (
                <p className="empty">Aucun département connu.</p>
              ) : (
                <ul className="chip-list">
                  {departmentSpread(network).map(([department, n]) => (
                    <li key={department} className="chip">
                      {department} : {n} signalement{n > 1 ? 's' : ''}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </div>
          {network.next && contact && (
            <p>
              <button type="button" onClick={() => void more()} disabled={loadingMore}>
                {loadingMore ? 'Chargement…' : 'Afficher les signalements suivants'}
              </button>
            </p>
          )}
          <NetworkTable network={network} hidden={hidden} onMore={() => void more()} loadingMore={loadingMore} />
        </>
      )}
    </main>
  );
}
