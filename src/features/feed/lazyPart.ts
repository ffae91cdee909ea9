import { lazy, type ComponentType } from 'react';

/**
 * A part of the page in a chunk of its own (React.lazy). With `preload`, fetching starts when
 * this is called (at module load, beside the page's data) rather than at first render.
 */
export function lazyPart<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
  { preload = false } = {},
) {
  const early = preload ? load() : undefined;
  return lazy(async () => ({ default: await (early ?? load()) }));
}
