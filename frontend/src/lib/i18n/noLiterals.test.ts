import { describe, expect, it } from 'vitest';

/** Every source file's text, by path from src/ (« /src/app/App.tsx »), read by Vite at test time. */
const SOURCES = import.meta.glob<string>(['/src/**/*.{ts,tsx}', '!/src/**/*.test.{ts,tsx}', '!/src/**/*.d.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

/**
 * The folders whose text all comes from the catalogue: every folder of the interface (a new
 * feature joins the list, the test below says so). testing/ holds test helpers, never shown.
 */
const MIGRATED = [
  'app',
  'components',
  'lib',
  'features/admin',
  'features/alerts',
  'features/auth',
  'features/contacts',
  'features/escalations',
  'features/followthrough',
  'features/glossary',
  'features/intake',
  'features/partners',
  'features/queue',
  'features/report',
  'features/rules',
  'features/search',
  'features/shifts',
  'features/statistics',
];


function withoutIgnored(code: string): string {
  return code
    .split('\n')
    .filter((line) => !line.includes('i18n-ignore'))
    .join('\n');
}

/** Comments say why, in any language: they are not shown. */
function withoutComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

/** Names, not words: the same in every language. */
const NAMES = new Set(['Vigie']);

/**
 * What looks like text for a person: text after a JSX tag with a word in it, or a literal with a
 * French letter or a phrase. A line marked « i18n-ignore » is a code compared, never shown.
 */
function literals(code: string, jsx = true): string[] {
  const found: string[] = [];
  if (jsx) {
    // Over the whole file: JSX text often stands on lines of its own, between tags.
    for (const match of code.matchAll(/<\/?[A-Za-z][\w.]*(?:\s[^<>]*)?>([^<>{}]*[A-Za-zÀ-ÿ]{2,}[^<>{}]*)</g)) {
      const text = match[1]!.trim().replace(/\s+/g, ' ');
      // Between a generic's « > » and the next « < » lies code, not text: it has operators.
      if (!NAMES.has(text) && !/=|&&|\|\||\[|^;|\b(?:return|function|const)\b/.test(text)) found.push(text);
    }
  }
  for (const line of code.split('\n')) {
    for (const match of line.matchAll(/(['"`])((?:(?!\1).)*)\1/g)) {
      const text = match[2]!;
      // French letters or apostrophe, or a capitalised phrase of two words or more.
      if (/[À-ÿ’]/.test(text) || /^[A-Z][a-z]+ [a-z]+/.test(text)) found.push(text);
    }
  }
  return found;
}

describe('the interface text', () => {
  it('comes from the catalogue in every migrated folder, never a literal in a component', () => {
    const migrated = Object.entries(SOURCES).filter(
      ([path]) => MIGRATED.some((folder) => path.startsWith(`/src/${folder}/`)) && !path.startsWith('/src/lib/i18n/'),
    );
    expect(migrated.length).toBeGreaterThan(20);
    const offenders = migrated.flatMap(([path, code]) =>
      literals(withoutComments(withoutIgnored(code)), path.endsWith('.tsx')).map((text) => `${path}: ${text}`),
    );
    expect(offenders).toEqual([]);
  });

  it('guards every folder of the interface, a new feature included', () => {
    const folders = new Set(
      Object.keys(SOURCES)
        .map((path) => /^\/src\/((?:features\/)?[^/]+)\//.exec(path)?.[1])
        .filter((folder): folder is string => folder !== undefined && folder !== 'features' && folder !== 'testing'),
    );
    expect([...folders].filter((folder) => !MIGRATED.includes(folder))).toEqual([]);
  });

  it('would notice a literal (the check itself can fail)', () => {
    expect(literals('return <p>Aucun signalement</p>;')).toEqual(['Aucun signalement']);
    expect(literals("setError('Le serveur ne répond pas.');")).toEqual(['Le serveur ne répond pas.']);
    expect(literals("<p>{t('queue.empty')}</p>")).toEqual([]);
    expect(literals('<button>\n  Créer le compte\n</button>')).toEqual(['Créer le compte']);
  });
});
