/**
 * The types the quote passes share: a quote as found (findQuotes.ts, frame.ts) and as resolved to
 * a speaker (resolve.ts, laterAttribution.ts); the phrase that names a speaker and what finding
 * one needs (speakerPhrase.ts, verbs.ts); what resolving needs (resolve.ts, speakingBodies.ts). Kept apart from the code so the passes import each
 * other's types without a cycle.
 */
import type { Cluster } from '../entities/types';
import type { QuoteKind } from '../schema';
import type { Doc } from '../text/document';

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

export type SpeakerPhrase =
  | { kind: 'mention'; mention: number; first: number; last: number }
  | { kind: 'pronoun'; word: string; first: number; last: number }
  | { kind: 'role'; noun: string; first: number; last: number }
  | { kind: 'org-noun'; noun: string; first: number; last: number }
  | { kind: 'generic'; first: number; last: number };

/** Context the phrase finder needs: the tokens and which mention covers each token (-1: none). */
export interface PhraseContext {
  doc: Doc;
  mentionAt: Int32Array;
  /** True when the token lies in a place name; places are not speakers, except countries. */
  isPlace?: (token: number) => boolean;
  isCountry?: (token: number) => boolean;
  isPerson?: (token: number) => boolean;
}

/** What resolving speakers needs: the document, its entities and where each mention stands. */
export interface ResolveContext {
  doc: Doc;
  clusters: Cluster[];
  /** Cluster index of each mention index. */
  clusterOfMention: Int32Array;
  /** For each mention index, its token range start. */
  mentionFirst: Int32Array;
  /** For each mention index, its token range end (exclusive). */
  mentionLast: Int32Array;
  /** Which mention covers each token (-1: none), as in PhraseContext. */
  mentionAt: Int32Array;
  /** Whether a token lies inside a direct quotation (set by resolveSpeakers). */
  quoted?: (token: number) => boolean;
}
