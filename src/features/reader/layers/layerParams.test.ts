// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { ALL_LAYERS } from '../highlight/layers';
import {
  initialLayers,
  LAYERS_STORAGE_KEY,
  NO_LAYERS,
  parseLayers,
  serializeLayers,
  storeLayers,
} from './layerParams';

afterEach(() => window.localStorage.clear());

describe('layer parameters', () => {
  it('reads the named layers on and the rest off, accepting plural and British spellings', () => {
    expect(parseLayers('quotes,people')).toEqual({ ...NO_LAYERS, quotes: true, person: true });
    expect(parseLayers('Organisations, places')).toEqual({
      ...NO_LAYERS,
      organization: true,
      location: true,
    });
  });

  it('round-trips every combination, including none', () => {
    for (let mask = 0; mask < 16; mask++) {
      const layers = {
        quotes: Boolean(mask & 1),
        person: Boolean(mask & 2),
        organization: Boolean(mask & 4),
        location: Boolean(mask & 8),
      };
      expect(parseLayers(serializeLayers(layers))).toEqual(layers);
    }
    expect(serializeLayers(NO_LAYERS)).toBe('none');
  });

  it('falls back (null) on absent or unrecognisable values', () => {
    expect(parseLayers(null)).toBeNull();
    expect(parseLayers('')).toBeNull();
    expect(parseLayers('bananas')).toBeNull();
  });

  it('prefers the URL, then the stored choice, then all layers', () => {
    expect(initialLayers(null)).toEqual(ALL_LAYERS);
    storeLayers({ ...NO_LAYERS, quotes: true });
    expect(window.localStorage.getItem(LAYERS_STORAGE_KEY)).toBe('quotes');
    expect(initialLayers(null)).toEqual({ ...NO_LAYERS, quotes: true });
    expect(initialLayers('place')).toEqual({ ...NO_LAYERS, location: true });
  });
});
