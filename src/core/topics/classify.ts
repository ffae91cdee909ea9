/**
 * Topic classification: IPTC top-level Media Topics ranked by keyword evidence (evidence.ts), the
 * headline's hits counting three times and the lede's twice. Scores are shares of the total
 * evidence (0–1); the first topic is the main one. A tie goes to the topic the headline names
 * more, then to the lower code, so the ranking never depends on anything but the text.
 */
import type { ArticleTopic } from '../schema';
import { keywordEvidence, weighted } from './evidence';
import { MEDIA_TOPICS } from './mediaTopics';

export function classifyTopics(title: string, body: string, limit = 3): ArticleTopic[] {
  const evidence = keywordEvidence(title, body);
  const scores = weighted(evidence);
  const total = scores.reduce((sum, value) => sum + value, 0);
  if (total === 0) return [];
  const ranked = scores
    .map((score, index) => ({ score, index, headline: evidence.title[index] ?? 0 }))
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score || b.headline - a.headline || a.index - b.index);
  const top = ranked[0]?.score ?? 0;
  return ranked
    .filter(({ score }, rank) => rank === 0 || score >= top * 0.5)
    .slice(0, limit)
    .flatMap(({ score, index }) => {
      const topic = MEDIA_TOPICS[index];
      if (!topic) return [];
      return [
        { code: topic.code, label: topic.label, score: Math.round((score / total) * 1000) / 1000 },
      ];
    });
}
