import { describe, expect, it } from 'vitest';
import { graphElements, hiddenReports, mergeNetworks, type Network, type NetworkNode } from './networkModel';

function node(id: string, kind: 'CONTACT' | 'REPORT', extra: Partial<NetworkNode> = {}): NetworkNode {
  return {
    id, kind, label: id, contact: null, reportId: null, priority: 'P3', step: 1, sightings: 0, department: null, status: null,
    total: 0, shown: 0, ...extra,
  };
}

const HUB = node('contact:+33639980001', 'CONTACT', { label: '06 39 98 00 01', step: 0, total: 1000, sightings: 1000, priority: 'P1' });
const PAGE_1: Network = {
  center: HUB.id,
  nodes: [HUB, node('report:a', 'REPORT', { sightings: 9 }), node('contact:x', 'CONTACT', { step: 2, total: 1 })],
  edges: [{ source: 'report:a', target: HUB.id }, { source: 'report:a', target: 'contact:x' }],
  departments: { '69': 1000 },
  next: 'p2',
};
const PAGE_2: Network = {
  center: HUB.id,
  nodes: [HUB, node('report:b', 'REPORT'), node('contact:x', 'CONTACT', { step: 2, total: 1 })],
  edges: [{ source: 'report:b', target: HUB.id }],
  departments: { '69': 1000 },
  next: null,
};

describe('the network model', () => {
  it('counts the reports of each contact the graph leaves out', () => {
    expect(hiddenReports(PAGE_1).get(HUB.id)).toBe(999);
    expect(hiddenReports(PAGE_1).get('contact:x')).toBe(0);
  });

  it('adds a page: each node and edge once, the newest cursor', () => {
    const merged = mergeNetworks(PAGE_1, PAGE_2);
    expect(merged.nodes.map((n) => n.id)).toEqual([HUB.id, 'report:a', 'contact:x', 'report:b']);
    expect(merged.edges).toHaveLength(3);
    expect(merged.next).toBeNull();
    expect(hiddenReports(merged).get(HUB.id)).toBe(998);
  });

  it('colours by band, sizes by sightings on a log scale, and labels a hub with what is left', () => {
    const elements = graphElements(PAGE_1);
    const hub = elements.find((e) => e.data.id === HUB.id)!;
    const seenOnce = elements.find((e) => e.data.id === 'contact:x')!;
    const report = elements.find((e) => e.data.id === 'report:a')!;
    expect(hub.data).toMatchObject({ label: '06 39 98 00 01 (+ 999)', colour: '#9b1c1c' });
    expect('size' in hub.data && 'size' in seenOnce.data && hub.data.size > seenOnce.data.size).toBe(true);
    expect('size' in hub.data && hub.data.size).toBeLessThan(60);
    expect(report.data).toMatchObject({ label: 'report:a', colour: '#b08900' });
    expect(elements.filter((e) => e.group === 'edges')).toHaveLength(2);
  });
});
