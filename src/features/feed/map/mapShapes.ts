/** The map's box and what worldShapes.ts draws in it (apart, so the map's markup loads no d3). */
export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 420;

export interface WorldShapes {
  /** One path per shape; `code` is null for shapes that are no country of their own. */
  countries: { key: string; code: string | null; d: string }[];
  /** Points for countries too small to draw, in map coordinates. */
  markers: { code: string; x: number; y: number }[];
}
