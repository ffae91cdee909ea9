/**
 * The world as a tile-grid cartogram: one square per country (ISO 3166-1 alpha-2), placed by
 * hand roughly where the country lies. Not real shapes: every country gets the same area, which
 * also keeps small states (Fiji, Malta, Qatar) visible and clickable. `..` is an empty cell.
 * Drafted by snapping hand-written country centres to a 6° grid, then arranged by hand so that
 * neighbours stay neighbours; edit the picture directly.
 */
const WORLD_GRID = `
.. .. .. .. .. .. GL .. .. IS .. .. .. NO SE FI
.. CA .. .. .. .. .. .. .. .. IE GB .. DK .. EE .. RU
.. .. .. .. .. .. .. .. .. .. .. .. NL DE PL LV BY
.. US .. .. .. .. .. .. .. .. .. FR BE LU CZ LT UA .. .. KZ .. .. .. MN
.. .. .. .. .. .. .. .. .. .. PT ES CH LI AT SK MD .. GE .. UZ KG .. .. .. .. KP
.. MX .. .. BS .. .. .. .. .. .. AD MC IT SI HU RO .. AM AZ TM TJ .. CN .. KR JP
.. GT BZ .. CU HT DO PR .. .. .. .. .. SM HR RS BG TR SY IQ IR AF PK NP BT
.. SV HN .. JM .. KN AG DM .. MA DZ TN MT BA XK MK CY LB JO KW .. IN BD MM HK TW
.. .. NI CR .. .. .. LC BB .. EH .. LY EG ME AL GR IL PS BH QA .. .. .. LA VN
.. .. .. PA .. VE TT VC GD MR ML NE TD SD ER .. .. .. SA AE OM .. LK .. TH KH .. PH
.. .. .. .. CO .. GY SR CV SN BF NG CF SS ET DJ .. .. .. YE .. .. MV .. MY SG BN .. PW .. FM MH
.. .. .. EC PE .. .. .. GM GW GN BJ CM UG KE SO .. .. .. .. .. .. .. .. .. .. ID TL .. .. NR KI
.. .. .. .. .. BR .. .. SL LR CI TG GQ RW TZ SC .. .. .. .. .. .. .. .. .. .. .. PG .. SB .. TV
.. .. .. .. BO PY .. .. .. .. GH ST GA BI MW KM .. .. .. .. .. .. .. .. .. .. .. .. .. VU FJ .. WS
.. .. .. .. CL AR UY .. .. .. .. CG CD ZM MZ MG MU .. .. .. .. .. .. .. .. .. AU .. .. .. .. TO
.. .. .. .. .. .. .. .. .. .. .. AO NA ZW
.. .. .. .. .. .. .. .. .. .. .. .. BW ZA SZ
.. .. .. .. .. .. .. .. .. .. .. .. .. LS .. .. .. .. .. .. .. .. .. .. .. .. .. .. NZ
`;

export interface Tile {
  code: string;
  col: number;
  row: number;
}

export interface TileGrid {
  tiles: readonly Tile[];
  cols: number;
  rows: number;
}

/** Reads the picture above into tiles. */
export function parseTileGrid(picture: string): TileGrid {
  const lines = picture.split('\n').filter((line) => line.trim() !== '');
  const tiles: Tile[] = [];
  let cols = 0;
  lines.forEach((line, row) => {
    const cells = line.trim() === '' ? [] : line.split(' ');
    cols = Math.max(cols, cells.length);
    cells.forEach((cell, col) => {
      if (cell !== '..') tiles.push({ code: cell, col, row });
    });
  });
  return { tiles, cols, rows: lines.length };
}

export const WORLD_TILES: TileGrid = parseTileGrid(WORLD_GRID);
