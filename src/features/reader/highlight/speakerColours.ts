import type { AnnotatedArticle, Quote } from '@/core/schema';

/** Okabe–Ito: a categorical palette that stays distinguishable with common colour-vision deficiencies. */
export const SPEAKER_PALETTE = [
  '#E69F00',
  '#56B4E9',
  '#009E73',
  '#F0E442',
  '#0072B2',
  '#D55E00',
  '#CC79A7',
] as const;

/** Quotes whose speaker is unknown get a neutral grey, never a speaker's colour. */
export const UNKNOWN_SPEAKER_COLOUR = '#8C857B';

/**
 * Speaker entity id -> palette index, in the order of each speaker's first quote in the body
 * (so a speaker keeps the same colour however the quote list is ordered). Past seven speakers
 * the palette repeats: the speaker's name is always available too, never only the colour.
 */
export function speakerColours(article: Pick<AnnotatedArticle, 'quotes'>): Map<string, number> {
  const colours = new Map<string, number>();
  const inBodyOrder = [...article.quotes].sort((a, b) => a.start - b.start || a.end - b.end);
  for (const quote of inBodyOrder) {
    const speakerId = quote.speaker?.entityId;
    if (speakerId !== undefined && !colours.has(speakerId)) {
      colours.set(speakerId, colours.size % SPEAKER_PALETTE.length);
    }
  }
  return colours;
}

/** The CSS colour of a quote's speaker. */
export function speakerColour(colours: Map<string, number>, quote: Pick<Quote, 'speaker'>): string {
  const index = quote.speaker ? colours.get(quote.speaker.entityId) : undefined;
  return index === undefined
    ? UNKNOWN_SPEAKER_COLOUR
    : (SPEAKER_PALETTE[index] ?? UNKNOWN_SPEAKER_COLOUR);
}
