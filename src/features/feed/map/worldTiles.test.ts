import { describe, expect, it } from 'vitest';
import { countryName } from '../names';
import { parseTileGrid, WORLD_TILES } from './worldTiles';

describe('WORLD_TILES', () => {
  it('places each country once, in its own cell, with a name the browser knows', () => {
    const codes = WORLD_TILES.tiles.map((tile) => tile.code);
    expect(new Set(codes).size).toBe(codes.length);
    const cells = WORLD_TILES.tiles.map((tile) => `${tile.col},${tile.row}`);
    expect(new Set(cells).size).toBe(cells.length);
    for (const code of codes) {
      expect(code).toMatch(/^[A-Z]{2}$/);
      expect(countryName(code), code).not.toBe(code);
    }
    expect(codes.length).toBeGreaterThan(190);
  });

  it('keeps rough geography: north above south, west left of east', () => {
    const at = (code: string) => WORLD_TILES.tiles.find((tile) => tile.code === code);
    const [norway, southAfrica, japan, usa, newZealand] = ['NO', 'ZA', 'JP', 'US', 'NZ'].map(at);
    expect(norway && southAfrica && norway.row < southAfrica.row).toBe(true);
    expect(usa && japan && usa.col < japan.col).toBe(true);
    expect(newZealand && japan && newZealand.row > japan.row).toBe(true);
  });
});

describe('parseTileGrid', () => {
  it('reads codes and empty cells by position', () => {
    expect(parseTileGrid('\n.. AA\nBB\n')).toEqual({
      tiles: [
        { code: 'AA', col: 1, row: 0 },
        { code: 'BB', col: 0, row: 1 },
      ],
      cols: 2,
      rows: 2,
    });
  });
});
