import type { EntityType } from '@/core/schema';
import { ALL_LAYERS, type HighlightLayers } from '../highlight/layers';

/** The URL parameter and the storage key that keep the reader's layer choice. */
export const LAYERS_PARAM = 'layers';
export const LAYERS_STORAGE_KEY = 'broadsheet-reader-layers';

export type LayerName = keyof HighlightLayers;

/** Layer names in the order the switches show them and the URL lists them. */
export const LAYER_NAMES: readonly LayerName[] = ['quotes', 'person', 'organization', 'location'];

/** Value of `?layers=` when every layer is off (an empty value would read as "not set"). */
const NONE = 'none';

/** Friendlier spellings accepted from hand-written links. */
const ALIASES: Record<string, LayerName> = {
  quote: 'quotes',
  quotes: 'quotes',
  person: 'person',
  people: 'person',
  organization: 'organization',
  organisation: 'organization',
  organizations: 'organization',
  organisations: 'organization',
  location: 'location',
  place: 'location',
  places: 'location',
};

export const NO_LAYERS: HighlightLayers = {
  quotes: false,
  person: false,
  organization: false,
  location: false,
};

/**
 * Reads a layer list ("quotes,person"): the named layers on, the others off. Returns null when
 * the value names no layer at all (absent, or nothing recognisable), so the caller falls back.
 */
export function parseLayers(value: string | null | undefined): HighlightLayers | null {
  if (value === null || value === undefined) return null;
  const trimmed = value.trim().toLowerCase();
  if (trimmed === NONE) return { ...NO_LAYERS };
  const layers = { ...NO_LAYERS };
  let recognised = false;
  for (const part of trimmed.split(',')) {
    const name = ALIASES[part.trim()];
    if (name) {
      layers[name] = true;
      recognised = true;
    }
  }
  return recognised ? layers : null;
}

/** The inverse of parseLayers: "quotes,person,organization,location", or "none". */
export function serializeLayers(layers: HighlightLayers): string {
  const on = LAYER_NAMES.filter((name) => layers[name]);
  return on.length === 0 ? NONE : on.join(',');
}

export function sameLayers(a: HighlightLayers, b: HighlightLayers): boolean {
  return LAYER_NAMES.every((name) => a[name] === b[name]);
}

export function readStoredLayers(): HighlightLayers | null {
  try {
    return parseLayers(window.localStorage.getItem(LAYERS_STORAGE_KEY));
  } catch {
    // Storage may be blocked (private windows): the layers simply are not remembered.
    return null;
  }
}

export function storeLayers(layers: HighlightLayers): void {
  try {
    window.localStorage.setItem(LAYERS_STORAGE_KEY, serializeLayers(layers));
  } catch {
    // Not remembering is acceptable.
  }
}

/** The layers to start with: the URL wins (a shared link), then the last choice, then all. */
export function initialLayers(urlValue: string | null): HighlightLayers {
  return parseLayers(urlValue) ?? readStoredLayers() ?? { ...ALL_LAYERS };
}

export const ENTITY_LAYER_LABELS: Record<EntityType, string> = {
  person: 'People',
  organization: 'Organisations',
  location: 'Places',
};
