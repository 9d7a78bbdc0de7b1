import { Link } from 'react-router';
import { PriorityBadge } from '../../../components/PriorityBadge';
import { statusLabel } from '../../../components/labels';
import { nodeTarget, type Network, type NetworkNode } from '../networkModel';

function stepLabel(step: number): string {
  return step === 0 ? 'Point de départ' : step === 1 ? 'Lien direct' : 'Deux pas';
}

function nodeName(node: NetworkNode): string {
  return node.kind === 'REPORT' ? `Signalement ${node.label}` : `Contact ${node.label}`;
}

function contactPath(contact: string | null | undefined): string {
  return `/reseau?c=${encodeURIComponent(contact ?? '')}`;
}

/**
 * The network as a table: what the graph draws, for keyboard and screen-reader users and for
 * anyone who wants the figures. Each row opens the report or the contact's dossier; a contact
 * with reports left out says how many (« + 940 autres »): the centre loads them page by page
 * (`onMore`), another contact opens its own network.
 */
export function NetworkTable({
  network,
  hidden,
  onMore,
  loadingMore,
}: {
  network: Network;
  hidden: Map<string, number>;
  onMore?: () => void;
  loadingMore?: boolean;
}) {
  return (
    // Scrolls sideways on its own on a narrow screen (not the page): focusable so a keyboard can scroll it.
    <div className="table-scroll" role="region" aria-label="Tableau du réseau" tabIndex={0}>
      <table className="network-table">
        <caption>Contacts et signalements du réseau ({network.nodes.length})</caption>
        <thead>
          <tr>
            <th scope="col">Élément</th>
            <th scope="col">Niveau</th>
            <th scope="col">Lien</th>
            <th scope="col">Détails</th>
          </tr>
        </thead>
        <tbody>
          {network.nodes.map((node) => {
            const left = hidden.get(node.id) ?? 0;
            return (
              <tr key={node.id}>
                <th scope="row">
                  <Link to={nodeTarget(node)}>{nodeName(node)}</Link>
                </th>
                <td>{node.priority ? <PriorityBadge priority={node.priority} /> : '—'}</td>
                <td>{stepLabel(node.step)}</td>
                <td>
                  {node.kind === 'REPORT' ? (
                    <>
                      {node.department ? `Dép. ${node.department}` : 'Département inconnu'}
                      {node.status && ` — ${statusLabel(node.status)}`}
                      {node.sightings > 0 && ` — revu ${node.sightings} fois`}
                    </>
                  ) : (
                    <>
                      {node.total} signalement{node.total > 1 ? 's' : ''}
                      {left > 0 &&
                        (node.id === network.center && network.next && onMore ? (
                          <>
                            {' '}
                            <button type="button" className="link-button" onClick={onMore} disabled={loadingMore}>
                              + {left} autre{left > 1 ? 's' : ''}
                            </button>
                          </>
                        ) : node.id !== network.center ? (
                          <>
                            {' '}
                            <Link to={contactPath(node.contact)} aria-label={`+ ${left} autres : réseau du contact ${node.label}`}>
                              + {left} autre{left > 1 ? 's' : ''}
                            </Link>
                          </>
                        ) : (
                          ` (+ ${left} non affichés)`
                        ))}
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
