import { useSyncExternalStore } from 'react';

/** Tailwind's `lg`: facets beside the list, map and chart open. */
export const WIDE_SCREEN = '(min-width: 64rem)';

let list: MediaQueryList | undefined;
/**
 * One MediaQueryList for the page: React reads the snapshot on every render of the feed, and a
 * new matchMedia() each time was about a tenth of a keystroke's work on a slow phone.
 */
const media = (): MediaQueryList | undefined =>
  (list ??= globalThis.matchMedia?.(WIDE_SCREEN) as MediaQueryList | undefined);

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
