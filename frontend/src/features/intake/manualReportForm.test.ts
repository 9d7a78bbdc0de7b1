import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../lib/i18n';
import {
  addContacts,
  emptyValues,
  isoWithOffset,
  serverErrors,
  toDateTimeLocal,
  toManualReport,
  validate,
  type FormValues,
} from './manualReportForm';

const NOW = new Date('2026-03-10T14:00:00Z');

function filled(overrides: Partial<FormValues> = {}): FormValues {
  return {
    ...emptyValues(NOW),
    platform: 'CLASSIFIED_AD',
    text: 'Annonce de test, 16 ans',
    ...overrides,
  };
}

describe('validate', () => {
  it('accepts a minimal report', () => {
    expect(validate(filled(), NOW)).toEqual({});
  });

  it('asks for the required fields', () => {
    const errors = validate({ ...emptyValues(NOW), observedAt: '' }, NOW);
    expect(Object.keys(errors).sort()).toEqual(['observedAt', 'platform', 'text']);
    expect(validate(filled({ text: '  \n ' }), NOW).text).toBeDefined();
  });

  it('mirrors the server checks on lengths, URL, postal code and département', () => {
    const errors = validate(
      filled({
        platformName: 'x'.repeat(201),
        url: 'ftp://exemple.fr/a',
        text: 'é'.repeat(20_001),
        city: 'v'.repeat(121),
        postalCode: '6900',
        department: '96',
        note: 'n'.repeat(4_001),
      }),
      NOW,
    );
    expect(errors).toEqual({
      platformName: '200 caractères au plus',
      url: expect.stringContaining('http'),
      text: expect.stringMatching(/^20\s000 caractères au plus$/),
      city: '120 caractères au plus',
      postalCode: 'Le code postal comporte 5 chiffres',
      department: expect.stringContaining('2A'),
      note: expect.stringMatching(/^4\s000 caractères au plus$/),
    });
  });

  it('counts characters as the server does (code points)', () => {
    // 20 000 emoji are 40 000 UTF-16 units but 20 000 characters.
    expect(validate(filled({ text: '🙂'.repeat(20_000) }), NOW).text).toBeUndefined();
  });

  it.each(['01', '19', '2A', '2b', '95', '971', '976'])('accepts département %s', (department) => {
    expect(validate(filled({ department }), NOW).department).toBeUndefined();
  });

  it.each(['00', '96', '970', '977', '3', 'AB'])('refuses département %s', (department) => {
    expect(validate(filled({ department }), NOW).department).toBeDefined();
  });

  it('accepts http and https addresses only', () => {
    expect(validate(filled({ url: 'https://annonces.example.org/a/1' }), NOW).url).toBeUndefined();
    expect(validate(filled({ url: 'http://exemple.fr' }), NOW).url).toBeUndefined();
    expect(validate(filled({ url: 'exemple.fr/annonce' }), NOW).url).toBeDefined();
    expect(validate(filled({ url: 'javascript:alert(1)' }), NOW).url).toBeDefined();
  });

  it('refuses a date in the future or before 2000', () => {
    const tomorrow = toDateTimeLocal(new Date(NOW.getTime() + 86_400_000));
    expect(validate(filled({ observedAt: tomorrow }), NOW).observedAt).toBe(
      'La date ne peut pas être dans le futur',
    );
    expect(validate(filled({ observedAt: '1999-12-30T10:00' }), NOW).observedAt).toBeDefined();
    expect(validate(filled({ observedAt: 'hier' }), NOW).observedAt).toBe('Date et heure invalides');
  });

  it('refuses more than 20 contacts', () => {
    const contacts = Array.from({ length: 21 }, (_, i) => `@contact_${i}`);
    expect(validate(filled({ contacts }), NOW).contacts).toBe('20 contacts au plus');
  });
});

describe('isoWithOffset', () => {
  it('gives the same instant, with the browser offset', () => {
    for (const local of ['2026-01-15T10:30', '2026-07-15T10:30', '2026-03-29T12:05']) {
      const iso = isoWithOffset(local);
      expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
      expect(Date.parse(iso as string)).toBe(new Date(local).getTime());
      expect(iso?.startsWith(local)).toBe(true);
    }
  });

  it('round-trips the default value of the form', () => {
    const local = toDateTimeLocal(NOW);
    expect(Date.parse(isoWithOffset(local) as string)).toBe(
      Math.floor(NOW.getTime() / 60_000) * 60_000,
    );
  });

  it('gives null for anything else', () => {
    expect(isoWithOffset('')).toBeNull();
    expect(isoWithOffset('15/01/2026 10:30')).toBeNull();
  });
});

describe('toManualReport', () => {
  it('leaves empty optional fields out and keeps the text as it is', () => {
    const report = toManualReport(filled({ text: '  Texte\n', platformName: '  ' }), 'form-1');
    expect(report).toEqual({
      externalId: 'form-1',
      platform: 'CLASSIFIED_AD',
      text: '  Texte\n',
      observedAt: isoWithOffset(toDateTimeLocal(NOW)),
    });
    expect(JSON.stringify(report)).not.toContain('location');
  });

  it('sends every field given', () => {
    const report = toManualReport(
      filled({
        platformName: ' Exemple Annonces ',
        url: 'https://annonces.example.org/a/1',
        postalCode: '69003',
        department: '69',
        contacts: ['06 39 98 00 00', '@exemple_test'],
        reporterConcern: 'HIGH',
        note: 'vu le soir',
      }),
      'form-2',
    );
    expect(report).toMatchObject({
      platformName: 'Exemple Annonces',
      url: 'https://annonces.example.org/a/1',
      location: { postalCode: '69003', department: '69' },
      contacts: ['06 39 98 00 00', '@exemple_test'],
      reporterConcern: 'HIGH',
      note: 'vu le soir',
    });
  });
});

describe('addContacts', () => {
  it('adds comma-separated contacts, trimmed, without repeating one', () => {
    expect(addContacts(['@a'], ' 06 39 98 00 00 , @a,, @b ')).toEqual({
      contacts: ['@a', '06 39 98 00 00', '@b'],
      draft: '',
      problem: null,
    });
  });

  it('stops at 20 contacts and keeps the rest in the input', () => {
    const nineteen = Array.from({ length: 19 }, (_, i) => `@c${i}`);
    expect(addContacts(nineteen, '@x, @y')).toEqual({
      contacts: [...nineteen, '@x'],
      draft: '@y',
      problem: '20 contacts au plus',
    });
  });

  it('refuses a contact over 200 characters', () => {
    const long = 'x'.repeat(201);
    expect(addContacts([], long)).toEqual({
      contacts: [],
      draft: long,
      problem: '200 caractères au plus par contact',
    });
  });
});

describe('serverErrors', () => {
  it('puts each error next to its field, in French', () => {
    expect(
      serverErrors({
        status: 422,
        errors: [
          { field: 'text', message: 'obligatoire / required' },
          { field: 'location.postalCode', message: 'doit comporter 5 chiffres / must be 5 digits' },
          { field: 'location.department', message: 'numéro de département invalide / invalid' },
          { field: 'contacts[1]', message: 'ne doit pas être vide / must not be blank' },
          { field: 'image', message: 'Vigie ne conserve que du texte / Vigie holds text only' },
        ],
      }),
    ).toEqual({
      fields: {
        text: 'Obligatoire',
        postalCode: 'Doit comporter 5 chiffres',
        department: 'Numéro de département invalide',
        contacts: 'Contact n° 2 : ne doit pas être vide',
      },
      general: ['image : Vigie ne conserve que du texte'],
    });
  });

  it('joins two errors on one field', () => {
    expect(
      serverErrors({
        errors: [
          { field: 'contacts[0]', message: 'a / a' },
          { field: 'contacts[3]', message: 'b / b' },
        ],
      }).fields.contacts,
    ).toBe('Contact n° 1 : a ; Contact n° 4 : b');
  });
});

describe('the form in English', () => {
  afterEach(() => setLanguage('fr'));

  it('checks and explains in English, with the English half of the server’s messages', () => {
    setLanguage('en');
    const errors = validate({ ...emptyValues(new Date('2026-01-15T10:00:00Z')), text: ' ', postalCode: '123' }, new Date());
    expect(errors.platform).toBe('Choose the platform');
    expect(errors.text).toBe('Paste or type the text of the ad');
    expect(errors.postalCode).toBe('A postcode has 5 digits');
    expect(
      serverErrors({
        status: 422,
        errors: [
          { field: 'contacts[0]', message: 'ne doit pas être vide / must not be blank' },
          { field: 'image', message: 'Vigie ne conserve que du texte / Vigie holds text only' },
        ],
      }),
    ).toEqual({ fields: { contacts: 'Contact no. 1: must not be blank' }, general: ['image: Vigie holds text only'] });
  });
});

