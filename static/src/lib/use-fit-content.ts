import { useEffect } from 'react';

/**
 * Lets the host shrink the module's frame again. The CSS reset makes `html` and `body` 100% high,
 * so once the frame has grown (a long tab, an open menu) the body keeps that height and the host's
 * resizer never sees the content get shorter. Page-like modules whose content height changes call this.
 */
export function useFitContent(): void {
  useEffect(() => {
    const elements = [document.documentElement, document.body];
    const before = elements.map((e) => e.style.height);
    elements.forEach((e) => (e.style.height = 'auto'));
    return () => elements.forEach((e, i) => (e.style.height = before[i]));
  }, []);
}
