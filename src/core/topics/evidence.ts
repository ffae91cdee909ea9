/**
 * Keyword evidence for each IPTC top-level Media Topic (keywords.ts): a word counts for a topic
 * when it starts with one of the topic's stems, three times in the headline, twice in the lede,
 * since news says what a story is about up front.
 */
import { NOT_AFTER, TOPIC_KEYWORDS } from './keywords';
import { MEDIA_TOPICS } from './mediaTopics';

interface Stem {
  stem: string;
  whole: boolean;
  /** Counts only where the article writes the word in lower case. */
  lower: boolean;
  /** Words right before it that make it part of another name. */
  notAfter?: Set<string>;
  topic: number;
}

/** Weights of a hit by its place: the headline and the lede say what a story is about. */
export const TITLE_WEIGHT = 3;
export const LEDE_WEIGHT = 2;

const INDEX = new Map(MEDIA_TOPICS.map((topic, index) => [topic.code, index]));

const NOT_AFTER_SETS = new Map(
  Object.entries(NOT_AFTER).map(([stem, words]) => [stem, new Set(words.split(/\s+/))]),
);

const STEMS: Stem[] = Object.entries(TOPIC_KEYWORDS)
  .flatMap(([code, list]) =>
    list
      .split(/\s+/)
      .filter(Boolean)
      .map((entry) => ({
        stem: entry.replace(/^~|\$$/g, ''),
        whole: entry.endsWith('$'),
        lower: entry.startsWith('~'),
        notAfter: NOT_AFTER_SETS.get(entry.replace(/^~|\$$/g, '')),
        topic: INDEX.get(code) ?? -1,
      })),
  )
  .filter((entry) => entry.topic >= 0)
  .sort((a, b) => (a.stem < b.stem ? -1 : a.stem > b.stem ? 1 : 0));

const FIRST_BY_LETTER = new Map<string, number>();
STEMS.forEach((stem, index) => {
  const letter = stem.stem[0] ?? '';
  if (!FIRST_BY_LETTER.has(letter)) FIRST_BY_LETTER.set(letter, index);
});

function topicsForWord(
  word: string,
  capitalised: boolean,
  previous: string,
  out: (topic: number) => void,
): void {
  const start = FIRST_BY_LETTER.get(word[0] ?? '');
  if (start === undefined) return;
  for (let i = start; i < STEMS.length; i++) {
    const entry = STEMS[i];
    if (!entry || entry.stem[0] !== word[0]) break;
    if ((entry.lower && capitalised) || entry.notAfter?.has(previous)) continue;
    if (entry.whole ? word === entry.stem : word.startsWith(entry.stem)) out(entry.topic);
  }
}

const WORD = /[\p{L}]+(?:[-'][\p{L}]+)*/gu;

/** What the keywords say: each topic's words with their weighted counts, and its headline hits. */
export interface Evidence {
  /** Per topic (MEDIA_TOPICS order): word -> hits, three per hit in the headline, two in the lede. */
  words: Map<string, number>[];
  /** Per topic: hits in the headline. */
  title: number[];
}

/** One score per topic (MEDIA_TOPICS order). */
export const weighted = (evidence: Evidence): number[] =>
  evidence.words.map((words) => {
    let score = 0;
    for (const hits of words.values()) score += hits;
    return score;
  });

export function keywordEvidence(title: string, body: string): Evidence {
  const evidence: Evidence = {
    words: MEDIA_TOPICS.map(() => new Map<string, number>()),
    title: MEDIA_TOPICS.map(() => 0),
  };
  const count = (text: string, weight: number, headline = false): void => {
    let previous = '';
    for (const match of text.matchAll(WORD)) {
      const word = match[0].toLowerCase();
      let seen = 0;
      topicsForWord(word, word !== match[0], previous, (topic) => {
        // A word counts once per topic even when two stems of the topic match it.
        if (seen & (1 << topic)) return;
        seen |= 1 << topic;
        const words = evidence.words[topic];
        words?.set(word, (words.get(word) ?? 0) + weight);
        if (headline) evidence.title[topic] = (evidence.title[topic] ?? 0) + 1;
      });
      previous = word;
    }
  };
  const ledeEnd = body.indexOf('\n');
  count(title, TITLE_WEIGHT, true);
  count(ledeEnd < 0 ? body : body.slice(0, ledeEnd), LEDE_WEIGHT);
  if (ledeEnd >= 0) count(body.slice(ledeEnd), 1);
  return evidence;
}
