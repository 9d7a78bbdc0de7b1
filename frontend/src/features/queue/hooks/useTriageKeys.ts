import { useEffect, useRef } from 'react';
import { isTyping } from '../../../lib/keyboard';


export interface TriageKeyActions {
  /** +1: next report (j), -1: previous (k). */
  move: (step: 1 | -1) => void;
  /** Enter, when the focus is not already on a link or a button (they handle it themselves). */
  open: () => void;
  /** c */
  claim: () => void;
}

/** Keyboard triage on the whole page: j / k move, Enter opens, c claims. */
export function useTriageKeys(actions: TriageKeyActions) {
  const ref = useRef(actions);
  useEffect(() => {
    ref.current = actions;
  }, [actions]);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || isTyping(event)) return;
      switch (event.key) {
        case 'j':
        case 'J':
          event.preventDefault();
          ref.current.move(1);
          break;
        case 'k':
        case 'K':
          event.preventDefault();
          ref.current.move(-1);
          break;
        case 'c':
        case 'C':
          event.preventDefault();
          ref.current.claim();
          break;
        case 'Enter': {
          const target = event.target;
          if (target instanceof HTMLElement && target.closest('a, button, summary')) return;
          event.preventDefault();
          ref.current.open();
          break;
        }
      }
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
