import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { graphElements, nodeTarget, type Network } from '../networkModel';
import { useTranslation } from '../../../lib/i18n';

/**
 * The network drawn by Cytoscape.js: the centre in the middle, direct links on the first ring,
 * two steps on the outer one (a concentric layout: the same network always looks the same, and
 * it needs no physics that a hub of hundreds of nodes would make slow). A click or tap on a node
 * opens the report or the dossier. The canvas fits its container (390 px wide included); the
 * table beside it carries the same information for keyboard and screen-reader users.
 */
export function NetworkGraph({ network }: { network: Network }) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const navigate = useNavigate();
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let destroyed = false;
    let cleanup = () => {};
    // Loaded on this page only: the rest of the workbench does not carry the library.
    void import('cytoscape')
      .then(({ default: cytoscape }) => {
        if (destroyed || !container.current) return;
        const byId = new Map(network.nodes.map((n) => [n.id, n]));
        const cy = cytoscape({
          container: container.current,
          elements: graphElements(network),
          style: [
            {
              selector: 'node',
              style: {
                'background-color': 'data(colour)',
                width: 'data(size)',
                height: 'data(size)',
                label: 'data(label)',
                'font-size': 9,
                color: '#212529',
                'text-valign': 'bottom',
                'text-margin-y': 2,
              },
            },
            { selector: 'node[kind = "CONTACT"]', style: { shape: 'round-rectangle', 'border-width': 2, 'border-color': '#212529' } },
            { selector: 'node[step = 0]', style: { 'border-width': 4, 'border-color': '#1864ab' } },
            { selector: 'edge', style: { width: 1, 'line-color': '#adb5bd' } },
          ],
          layout: {
            name: 'concentric',
            concentric: (node) => 3 - Number(node.data('step')),
            levelWidth: () => 1,
            minNodeSpacing: 6,
            animate: false,
          },
          minZoom: 0.2,
          maxZoom: 1.6, // a network of three nodes is not drawn at giant size
        });
        cy.on('tap', 'node', (event) => {
          const node = byId.get(event.target.id());
          if (node) void navigate(nodeTarget(node));
        });
        const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => {
          cy.resize();
          cy.fit(undefined, 12);
        });
        observer?.observe(container.current);
        cleanup = () => {
          observer?.disconnect();
          cy.destroy();
        };
      })
      .catch(() => setFailed(true));
    return () => {
      destroyed = true;
      cleanup();
    };
  }, [network, navigate]);

  const contacts = network.nodes.filter((n) => n.kind === 'CONTACT').length;
  return (
    <>
      <div
        ref={container}
        className="network-graph"
        role="img"
        aria-label={t('contacts.network.graph', {
          contacts: t('contacts.network.contacts', { count: contacts }),
          reports: t('contacts.network.reports', { count: network.nodes.length - contacts }),
        })}
      />
      {failed && (
        <p className="error" role="alert">
          {t('contacts.network.graphFailed')}
        </p>
      )}
    </>
  );
}
