import { Link } from 'react-router';
import { PriorityBadge } from '../../../components/PriorityBadge';
import { statusLabel } from '../../../components/labels';
import { nodeTarget, type Network, type NetworkNode } from '../networkModel';
import { t, useTranslation } from '../../../lib/i18n';

function stepLabel(step: number): string {
  return step === 0 ? t('contacts.table.start') : step === 1 ? t('contacts.table.direct') : t('contacts.table.twoSteps');
}

function nodeName(node: NetworkNode): string {
  return t(node.kind === 'REPORT' ? 'contacts.table.report' : 'contacts.table.contact', { label: node.label });
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
  const { t } = useTranslation();
  return (
    // Scrolls sideways on its own on a narrow screen (not the page): focusable so a keyboard can scroll it.
    <div className="table-scroll" role="region" aria-label={t('contacts.table.region')} tabIndex={0}>
      <table className="network-table">
        <caption>{t('contacts.table.caption', { count: network.nodes.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('contacts.table.element')}</th>
            <th scope="col">{t('contacts.table.band')}</th>
            <th scope="col">{t('contacts.table.link')}</th>
            <th scope="col">{t('contacts.table.details')}</th>
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
                      {node.department ? t('contacts.table.department', { department: node.department }) : t('contacts.table.noDepartment')}
                      {node.status && ` — ${statusLabel(node.status)}`}
                      {node.sightings > 0 && t('contacts.sightings', { count: node.sightings })}
                    </>
                  ) : (
                    <>
                      {t('contacts.network.reports', { count: node.total })}
                      {left > 0 &&
                        (node.id === network.center && network.next && onMore ? (
                          <>
                            {' '}
                            <button type="button" className="link-button" onClick={onMore} disabled={loadingMore}>
                              {t('contacts.table.others', { count: left })}
                            </button>
                          </>
                        ) : node.id !== network.center ? (
                          <>
                            {' '}
                            <Link to={contactPath(node.contact)} aria-label={t('contacts.table.othersLabel', { count: left, label: node.label })}>
                              {t('contacts.table.others', { count: left })}
                            </Link>
                          </>
                        ) : (
                          t('contacts.table.notShown', { count: left })
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
