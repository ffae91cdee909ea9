import { queryOptions, useQuery } from '@tanstack/react-query';
import { Suspense } from 'react';
import { lazyPart } from '../lazyPart';
import { ChoroplethMap } from './ChoroplethMap';
import type { CountryMapProps } from './mapParts';

const TileMap = lazyPart(async () => (await import('./TileMap')).TileMap);

/** The map's files: the world's shapes, fetched and projected once per page (worldShapes.ts). */
export const mapQueries = {
  worldShapes: () =>
    queryOptions({
      queryKey: ['feed', 'world-shapes'] as const,
      queryFn: async ({ signal }) => (await import('./worldShapes')).loadWorldShapes(signal),
      staleTime: Infinity,
    }),
};

/**
 * The country map: the choropleth once its shapes are in, a quiet frame of the same size while
 * they load, and the tile grid (every country a square) if they cannot be loaded.
 */
export function CountryMap(props: CountryMapProps) {
  const shapes = useQuery(mapQueries.worldShapes());
  if (shapes.data) return <ChoroplethMap shapes={shapes.data} {...props} />;
  if (shapes.isError)
    return (
      <Suspense fallback={null}>
        <TileMap {...props} />
      </Suspense>
    );
  return <div aria-hidden="true" className="h-full animate-pulse rounded bg-rule/40" />;
}
