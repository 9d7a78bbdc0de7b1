import type { ContactNetwork, NetworkEdge, NetworkNode, Priority } from '../../lib/api/types';

export type { NetworkEdge, NetworkNode };
export type Network = ContactNetwork;

/** Band colours of the priority badges, so the graph reads like the queue. */
export const BAND_COLOURS: Record<Priority, string> = {
  P1: '#9b1c1c',
  P2: '#c25e00',
  P3: '#b08900',
  P4: '#868e96',
};
const NO_BAND = '#495057';

/**
 * A further page of the centre contact's reports added to what is shown: nodes by id (a contact
 * seen on both pages once), edges once; the centre's `next` is the newest page's.
 */
export function mergeNetworks(shown: Network, page: Network): Network {
  const nodes = new Map(shown.nodes.map((n) => [n.id, n]));
  for (const node of page.nodes) {
    if (!nodes.has(node.id)) nodes.set(node.id, node);
  }
  const edgeKey = (e: NetworkEdge) => `${e.source}→${e.target}`;
  const edges = new Map(shown.edges.map((e) => [edgeKey(e), e]));
  for (const edge of page.edges) edges.set(edgeKey(edge), edge);
  return { center: shown.center, nodes: [...nodes.values()], edges: [...edges.values()], departments: page.departments, next: page.next };
}

/** For each contact, how many of its reports the graph does not show (the rest of a hub). */
export function hiddenReports(network: Network): Map<string, number> {
  const shown = new Map<string, number>();
  for (const edge of network.edges) shown.set(edge.target, (shown.get(edge.target) ?? 0) + 1);
  const hidden = new Map<string, number>();
  for (const node of network.nodes) {
    if (node.kind === 'CONTACT') hidden.set(node.id, Math.max(0, node.total - (shown.get(node.id) ?? 0)));
  }
  return hidden;
}

/** Where a node leads: a report opens its page, a contact its dossier. */
export function nodeTarget(node: NetworkNode): string {
  if (node.kind === 'REPORT') return `/signalements/${node.reportId}`;
  return `/contact?c=${encodeURIComponent(node.contact ?? '')}`;
}

/** Départements by number of reports, most first (then by code). */
export function departmentSpread(network: Network): [string, number][] {
  return Object.entries(network.departments).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/**
 * The elements Cytoscape draws: colour by band, size by sightings (a report seen again, a contact
 * in many reports grows, on a log scale so a hub of 1,000 does not cover the canvas), a contact's
 * label with the number of its reports left out.
 */
export function graphElements(network: Network) {
  const hidden = hiddenReports(network);
  return [
    ...network.nodes.map((node) => ({
      group: 'nodes' as const,
      data: {
        id: node.id,
        // what the graph leaves out of a hub, at a glance: « 06 39 98 00 01 (+ 940) »
        label: (hidden.get(node.id) ?? 0) > 0 ? `${node.label} (+ ${hidden.get(node.id)})` : node.label,
        kind: node.kind,
        step: node.step,
        colour: node.priority ? BAND_COLOURS[node.priority] : NO_BAND,
        size: Math.round(18 + 10 * Math.log10(1 + node.sightings)),
      },
    })),
    ...network.edges.map((edge) => ({
      group: 'edges' as const,
      data: { id: `${edge.source}→${edge.target}`, source: edge.source, target: edge.target },
    })),
  ];
}
