import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { GlossaryPage } from './GlossaryPage';
import { setLanguage } from '../../../lib/i18n';

describe('GlossaryPage', () => {
  afterEach(() => {
    cleanup();
    setLanguage('fr');
  });

  it('defines each protection channel in one French line', () => {
    render(<GlossaryPage />);
    expect(screen.getByRole('heading', { level: 1, name: 'Glossaire' })).toBeTruthy();
    for (const term of ['CRIP', 'PHAROS', '119 – SNATED', 'OPJ', 'ASE', 'PJJ', 'PMI']) {
      const entry = screen.getByText(term, { selector: 'dt' });
      expect(entry.nextElementSibling?.textContent ?? '').not.toBe('');
    }
    expect(screen.getByText(/Cellule de recueil des informations préoccupantes/)).toBeTruthy();
  });

  it('follows the chosen language', () => {
    setLanguage('en');
    render(<GlossaryPage />);
    expect(screen.getByRole('heading', { level: 1, name: 'Glossary' })).toBeTruthy();
  });
});
