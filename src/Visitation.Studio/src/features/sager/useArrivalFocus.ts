import { useEffect } from 'react';

/**
 * Puts focus on the page's heading once it is there, when focus is not already somewhere the person chose: the shell
 * moves focus to the heading after navigation, but a page that loads its code or data first has no heading yet then.
 */
export function useArrivalFocus(ready: boolean) {
  useEffect(() => {
    if (!ready) return;
    const active = document.activeElement;
    if (active && active !== document.body && active.id !== 'main') return;
    document.querySelector<HTMLElement>('main h1')?.focus();
  }, [ready]);
}
