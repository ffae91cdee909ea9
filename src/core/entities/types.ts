/**
 * The types the entity passes share: a mention found in the text (recognise.ts and the run
 * classifiers) and a cluster of mentions that is one entity (cluster.ts and the passes after it).
 * Kept apart from the code so the passes import each other's types without a cycle.
 */
import type { Place } from '../geo/gazetteer';
import type { EntityType } from '../schema';

export type MentionType = EntityType | 'unknown' | 'demonym';

export interface Mention {
  /** Token range [first, last). */
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
  type: MentionType;
  /** Title words before a person's name ("Finance Minister"). */
  role?: string;
  gender?: 'f' | 'm';
  place?: Place;
  /** The type came from a strong cue (title, gazetteer, organisation head, speech verb). */
  cued: boolean;
  /** A head word alone ("the University"): kept only when a full name in the text has it. */
  loneHead?: boolean;
}

export interface Cluster {
  index: number;
  type: EntityType;
  /** Distinct surface forms, in order of first use. */
  forms: string[];
  mentions: Mention[];
  /** Lower-case single words that refer to this entity alone (surname, acronym). */
  keys: Set<string>;
  gender?: 'f' | 'm';
  role?: string;
  country?: string;
  canonical: string;
}
