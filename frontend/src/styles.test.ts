import { describe, expect, it } from 'vitest';

/** Vitest runs in Node, but the app's types are the browser's: the file system is reached untyped. */
declare const process: { cwd(): string };
const FILE_SYSTEM = 'node:fs';

/**
 * The stylesheet is plain CSS: a brace left open nests every later rule under one selector, and
 * the browser (CSS nesting) then silently drops those styles from the pages they were for.
 */
describe('styles.css', () => {
  it('closes every block, and nests rules only inside @media or @supports', async () => {
    const fs = (await import(/* @vite-ignore */ FILE_SYSTEM)) as {
      readFileSync(path: string, encoding: 'utf8'): string;
    };
    const css = fs.readFileSync(`${process.cwd()}/src/styles.css`, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    expect(css.length).toBeGreaterThan(1000);
    const open: string[] = [];
    let selector = '';
    for (const char of css) {
      if (char === '{') {
        const name = selector.trim();
        const parent = open.at(-1);
        if (parent !== undefined) {
          expect(parent, `"${name}" is nested inside "${parent}"`).toMatch(/^@(media|supports)/);
        }
        open.push(name);
        selector = '';
      } else if (char === '}') {
        open.pop();
        selector = '';
      } else if (char === ';') {
        selector = '';
      } else {
        selector += char;
      }
    }
    expect(open, 'blocks left open').toEqual([]);
  });
});
