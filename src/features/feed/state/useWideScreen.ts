import { useSyncExternalStore } from 'react';

/** Tailwind's `lg`: facets beside the list, map and chart open. */
export const WIDE_SCREEN = '(min-width: 64rem)';

const query = () =>
  typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia(WIDE_SCREEN)
    : null;

const subscribe = (onChange: () => void) => {
  const media = query();
  media?.addEventListener('change', onChange);
  return () => media?.removeEventListener('change', onChange);
};

/**
 * Whether the screen is wide (`lg`). Without matchMedia (tests), true: everything is rendered,
 * as on a wide screen. Phones then skip rendering the hidden facet column altogether.
 */
export function useWideScreen(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => query()?.matches ?? true,
    () => true,
  );
}
