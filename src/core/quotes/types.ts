/**
 * The types the quote passes share: a quote as found (findQuotes.ts, frame.ts) and as resolved to
 * a speaker (resolve.ts, laterAttribution.ts). Kept apart from the code so the passes import each
 * other's types without a cycle.
 */
import type { Cluster } from '../entities/types';
import type { QuoteKind } from '../schema';
import type { SpeakerPhrase } from './speakerPhrase';

export interface RawQuote {
  start: number;
  end: number;
  kind: QuoteKind;
  paragraph: number;
  /** Token index where the quote or its cue sits, for resolving pronouns by recency. */
  at: number;
  speaker?: SpeakerPhrase;
  /** How to find the speaker when no phrase names one. */
  inherit?: 'paragraph' | 'continuation' | 'previous';
  /** The first quote of a paragraph that continues the previous paragraph's unclosed quotation. */
  continues?: boolean;
  cue?: string;
}

export interface ResolvedQuote extends RawQuote {
  speakerCluster?: Cluster;
}
