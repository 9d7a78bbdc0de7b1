import { afterEach, describe, expect, it } from 'vitest';
import { setTabCount } from './tabTitle';

afterEach(() => {
  setTabCount('queue', 0);
  setTabCount('alerts', 0);
});

describe('setTabCount', () => {
  it('adds what each feature counts and goes back to « Vigie » at zero', () => {
    setTabCount('queue', 2);
    expect(document.title).toBe('(2) Vigie');
    setTabCount('alerts', 3);
    expect(document.title).toBe('(5) Vigie');
    setTabCount('queue', 0);
    expect(document.title).toBe('(3) Vigie');
    setTabCount('alerts', 0);
    expect(document.title).toBe('Vigie');
  });
});
