import type { EntityType } from '@/core/schema';

/** Which highlight layers are drawn: quotes, and each entity type. */
export interface HighlightLayers {
  quotes: boolean;
  person: boolean;
  organization: boolean;
  location: boolean;
}

export const ALL_LAYERS: HighlightLayers = {
  quotes: true,
  person: true,
  organization: true,
  location: true,
};

export const ENTITY_TYPES: readonly EntityType[] = ['person', 'organization', 'location'];
