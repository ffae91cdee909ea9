import type { AnnotatedArticle, Entity, Quote } from '@/core/schema';
import { segmentBody } from '@/core/text/segments';
import { speakerColour } from '../highlight/speakerColours';

/** One speaker of the article and what they said, in body order. */
export interface SpeakerSummary {
  /** The speaker's entity id; null for the quotes whose speaker is unknown. */
  id: string | null;
  name: string;
  role: string | undefined;
  colour: string;
  quotes: Quote[];
}

type ArticleQuotes = Pick<AnnotatedArticle, 'body' | 'quotes'>;

/**
 * The quotes the body actually draws, in body order: the same rules as the highlight layer
 * (duplicate ids, bad and overlapping spans dropped), so every listed quote can be scrolled to.
 */
export function drawnQuotes(article: ArticleQuotes): Quote[] {
  const { dropped } = segmentBody(article.body, article.quotes, []);
  const droppedQuotes = new Set(dropped.map((span) => `${span.id}@${span.start}:${span.end}`));
  const seen = new Set<string>();
  const kept: Quote[] = [];
  for (const quote of article.quotes) {
    if (seen.has(quote.id) || droppedQuotes.has(`${quote.id}@${quote.start}:${quote.end}`))
      continue;
    seen.add(quote.id);
    kept.push(quote);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Speakers with their quotes: most quoted first (ties: who speaks first), quotes of an unknown
 * speaker last. Names and roles come from the article's entities when it has them.
 */
export function summariseSpeakers(
  quotes: readonly Quote[],
  entities: readonly Entity[],
  colours: Map<string, number>,
): SpeakerSummary[] {
  const entitiesById = new Map(entities.map((entity) => [entity.id, entity]));
  const byId = new Map<string, SpeakerSummary>();
  const unknown: Quote[] = [];
  for (const quote of quotes) {
    if (!quote.speaker) {
      unknown.push(quote);
      continue;
    }
    const id = quote.speaker.entityId;
    let summary = byId.get(id);
    if (!summary) {
      const entity = entitiesById.get(id);
      summary = {
        id,
        name: entity?.name ?? quote.speaker.name,
        role: entity?.role,
        colour: speakerColour(colours, quote),
        quotes: [],
      };
      byId.set(id, summary);
    }
    summary.quotes.push(quote);
  }
  // Map order is first appearance; a stable sort keeps it among equal counts.
  const speakers = [...byId.values()].sort((a, b) => b.quotes.length - a.quotes.length);
  if (unknown.length > 0) {
    speakers.push({
      id: null,
      name: 'Unattributed',
      role: undefined,
      colour: speakerColour(colours, { speaker: null }),
      quotes: unknown,
    });
  }
  return speakers;
}
