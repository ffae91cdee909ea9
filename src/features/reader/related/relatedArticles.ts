import type { AnnotatedArticle, IndexRecord } from '@/core/schema';
import { topicByCode } from '@/core/topics/mediaTopics';
import { countryName } from '@/lib/countryNames';

export interface RelatedArticle {
  record: IndexRecord;
  score: number;
  /** Why it is related, most telling first ("Quotes Ana Ribeiro", "Also about Brazil"). */
  reasons: string[];
}

/** Weights: a shared speaker says most, then a shared main country, then topics and mentions. */
const WEIGHT = { person: 3, about: 2, mention: 1, topic: 1 } as const;

/**
 * Articles sharing quoted people, countries or topics with `article`, best first (ties: newest).
 * Works from the light index records, so it never loads other articles in full.
 */
export function relatedArticles(
  article: Pick<AnnotatedArticle, 'id' | 'quotes' | 'entities' | 'countries' | 'topics'>,
  records: readonly IndexRecord[],
  limit = 5,
): RelatedArticle[] {
  const names = new Map(article.entities.map((entity) => [entity.id, entity.name]));
  const people = new Set<string>();
  for (const quote of article.quotes) if (quote.speaker) people.add(quote.speaker.entityId);
  const about = new Set(article.countries.filter((c) => c.role === 'about').map((c) => c.code));
  const allCountries = new Set(article.countries.map((c) => c.code));
  const topics = new Set(article.topics.map((topic) => topic.code));

  const related: RelatedArticle[] = [];
  for (const record of records) {
    if (record.id === article.id) continue;
    let score = 0;
    const reasons: string[] = [];
    for (const person of record.people) {
      if (!people.has(person)) continue;
      score += WEIGHT.person;
      reasons.push(`Quotes ${names.get(person) ?? person}`);
    }
    for (const code of record.about) {
      if (!allCountries.has(code)) continue;
      score += about.has(code) ? WEIGHT.about : WEIGHT.mention;
      reasons.push(`Also about ${countryName(code)}`);
    }
    for (const code of record.mentions) {
      if (about.has(code)) {
        score += WEIGHT.mention;
        reasons.push(`Mentions ${countryName(code)}`);
      }
    }
    for (const code of record.topics) {
      if (!topics.has(code)) continue;
      score += WEIGHT.topic;
      reasons.push(`Also on ${topicByCode(code)?.label ?? code}`);
    }
    if (score > 0) related.push({ record, score, reasons });
  }
  // Dates compared as plain strings (ISO dates sort by code units), not with localeCompare: its
  // first call loads the browser's collation tables, a tenth of a second on a slow phone.
  related.sort(
    (a, b) =>
      b.score - a.score ||
      (a.record.published < b.record.published
        ? 1
        : a.record.published > b.record.published
          ? -1
          : 0),
  );
  return related.slice(0, limit);
}
