import { afterEach, describe, expect, it } from 'vitest';
import { addressLabel, detailPairs } from './auditText';
import { setLanguage } from '../../lib/i18n';

afterEach(() => setLanguage('fr'));

describe('addressLabel', () => {
  it('names the loopback in words, in every form the server may write it', () => {
    for (const loopback of ['0:0:0:0:0:0:0:1', '::1', '127.0.0.1']) {
      expect(addressLabel(loopback)).toBe('cet ordinateur (localhost)');
    }
  });

  it('writes an IPv6 address in its compact form and leaves IPv4 as it is', () => {
    expect(addressLabel('2001:0db8:0:0:0:0:0:12')).toBe('2001:db8::12');
    expect(addressLabel('192.0.2.10')).toBe('192.0.2.10');
    expect(addressLabel(null)).toBe('—');
  });
});

describe('detailPairs', () => {
  it('reads the details as French key/value pairs, codes and dates in words', () => {
    const pairs = detailPairs(
      '{"username":"camille","roles":["WORKER","COORDINATOR"],"status":"CLOSED","from":"2026-01-15T09:30:00Z","after":"PT2160H"}',
    );
    expect(pairs.map((pair) => `${pair.label} : ${pair.value}`)).toEqual([
      'identifiant : camille',
      'rôles : Intervenant·e, Coordination',
      'statut : Clos',
      'du : 15/01/2026 10:30:00',
      'après : 90 jours',
    ]);
  });

  it('shows nothing for empty details and keeps what is not a JSON object', () => {
    expect(detailPairs('{}')).toEqual([]);
    expect(detailPairs('pas du JSON')[0]?.value).toBe('pas du JSON');
  });

  it('follows the chosen language', () => {
    setLanguage('en');
    expect(detailPairs('{"version":3}')[0]?.label).toBe('version');
    expect(addressLabel('::1')).toBe('this computer (localhost)');
  });
});
