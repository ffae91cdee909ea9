/**
 * Topic classification: IPTC top-level Media Topics ranked by keyword evidence, with the title's
 * words counting three times. Scores are shares of the total evidence (0–1); the first topic is the
 * main one. Keyword stems are matched against word starts through a sorted stem list.
 */
import type { ArticleTopic } from '../schema';
import { TOPIC_KEYWORDS } from './keywords';
import { topicByCode } from './mediaTopics';

interface Stem {
  stem: string;
  whole: boolean;
  code: string;
}

const STEMS: Stem[] = Object.entries(TOPIC_KEYWORDS)
  .flatMap(([code, list]) =>
    list
      .split(/\s+/)
      .filter(Boolean)
      .map((entry) => ({ stem: entry.replace(/\$$/, ''), whole: entry.endsWith('$'), code })),
  )
  .sort((a, b) => (a.stem < b.stem ? -1 : a.stem > b.stem ? 1 : 0));

const FIRST_BY_LETTER = new Map<string, number>();
STEMS.forEach((stem, index) => {
  const letter = stem.stem[0] ?? '';
  if (!FIRST_BY_LETTER.has(letter)) FIRST_BY_LETTER.set(letter, index);
});

function codesForWord(word: string, out: (code: string) => void): void {
  const start = FIRST_BY_LETTER.get(word[0] ?? '');
  if (start === undefined) return;
  for (let i = start; i < STEMS.length; i++) {
    const entry = STEMS[i];
    if (!entry || entry.stem[0] !== word[0]) break;
    if (entry.whole ? word === entry.stem : word.startsWith(entry.stem)) out(entry.code);
  }
}

const WORD = /[\p{L}]+(?:[-'][\p{L}]+)*/gu;

export function classifyTopics(title: string, body: string, limit = 3): ArticleTopic[] {
  const scores = new Map<string, number>();
  const count = (text: string, weight: number) => {
    for (const match of text.toLowerCase().matchAll(WORD)) {
      const seen = new Set<string>();
      codesForWord(match[0], (code) => {
        if (seen.has(code)) return;
        seen.add(code);
        scores.set(code, (scores.get(code) ?? 0) + weight);
      });
    }
  };
  // The headline and the lede say what a story is about; the rest adds background.
  const ledeEnd = body.indexOf('\n');
  count(title, 3);
  count(ledeEnd < 0 ? body : body.slice(0, ledeEnd), 2);
  if (ledeEnd >= 0) count(body.slice(ledeEnd), 1);
  const total = [...scores.values()].reduce((sum, value) => sum + value, 0);
  if (total === 0) return [];
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const top = ranked[0]?.[1] ?? 0;
  return ranked
    .filter(([, score], rank) => rank === 0 || score >= top * 0.5)
    .slice(0, limit)
    .map(([code, score]) => ({
      code,
      label: topicByCode(code)?.label ?? code,
      score: Math.round((score / total) * 1000) / 1000,
    }));
}
