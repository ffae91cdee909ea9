/**
 * The countries an article is about and those it only mentions, from every place the gazetteer finds
 * in its title and body: country names and short forms, demonyms, capitals and major cities.
 * A country named in the title or the opening sentences, or named often, is what the article is about.
 */
import type { ArticleCountry } from '../schema';
import type { Doc } from '../text/document';
import { isCapitalised, tokenize } from '../text/tokens';
import { matchPlaceAt, type Place } from './gazetteer';

export interface PlaceHit {
  first: number;
  last: number;
  place: Place;
}

/** Every gazetteer place in a token list, longest match first, skipping token ranges in `skip`. */
export function findPlaces(
  words: readonly string[],
  skip?: (index: number) => boolean,
): PlaceHit[] {
  const hits: PlaceHit[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    if (!isCapitalised(word) || skip?.(i)) continue;
    const match = matchPlaceAt(words, i);
    if (!match) continue;
    hits.push({ first: i, last: i + match.length, place: match.place });
    i += match.length - 1;
  }
  return hits;
}

const WEIGHT = { country: 1, city: 0.8, region: 0.5, demonym: 0.6 } as const;

export function detectCountries(
  doc: Doc,
  title: string,
  skip: (index: number) => boolean,
): ArticleCountry[] {
  const scores = new Map<string, number>();
  const bump = (code: string | undefined, amount: number) => {
    if (code) scores.set(code, (scores.get(code) ?? 0) + amount);
  };
  const titleWords = tokenize(title).map((token) => token.text);
  for (const hit of findPlaces(titleWords)) bump(hit.place.code, 3 * WEIGHT[hit.place.kind]);
  const words = doc.tokens.map((token) => token.text);
  const leadEnd = doc.sentences[1]?.last ?? doc.tokens.length;
  for (const hit of findPlaces(words, skip)) {
    const lead = hit.first < leadEnd ? 1.5 : 0;
    bump(hit.place.code, WEIGHT[hit.place.kind] + lead);
  }
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const top = ranked[0]?.[1] ?? 0;
  return ranked.map(([code, score], rank) => ({
    code,
    role: rank === 0 || (rank < 3 && score >= top * 0.6 && score >= 2.5) ? 'about' : 'mentions',
  }));
}
