import { useSyncExternalStore } from 'react';

/** Tailwind's `lg`: facets beside the list, map and chart open. */
export const WIDE_SCREEN = '(min-width: 64rem)';

const media = () => globalThis.matchMedia?.(WIDE_SCREEN);

/**
 * Whether the screen is wide (`lg`). Without matchMedia (tests), true: everything is rendered,
 * as on a wide screen. Phones then skip rendering the hidden facet column altogether.
 */
export const useWideScreen = (): boolean =>
  useSyncExternalStore(
    (onChange) => {
      media()?.addEventListener('change', onChange);
      return () => media()?.removeEventListener('change', onChange);
    },
    () => media()?.matches ?? true,
  );
