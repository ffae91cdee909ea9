import { Building } from '@/components/icons/Building';
import { MapPin } from '@/components/icons/MapPin';
import { Person } from '@/components/icons/Person';
import type { EntityType } from '@/core/schema';

const ICONS = { person: Person, organization: Building, location: MapPin } as const;

export const ENTITY_TYPE_LABELS: Record<EntityType, string> = {
  person: 'Person',
  organization: 'Organisation',
  location: 'Place',
};

/** The icon of an entity type, so colour is never the only signal. Decorative: pair it with text. */
export function EntityTypeIcon({ type, className }: { type: EntityType; className?: string }) {
  const Icon = ICONS[type];
  return <Icon aria-hidden="true" className={className ?? 'size-4'} />;
}
