/**
 * Geographic cues around a capitalised run: the words before it ("in", "near", "the town of") and
 * geographic head words in other languages ("Cordillera Blanca", "Pulau Weh", "Wadi Rum"). A name
 * with such a cue and no person evidence (a known given name or surname) is a place.
 */
import type { Doc } from '../text/document';
import type { Token } from '../text/tokens';
import { matchPlaceAt } from '../geo/gazetteer';
import { isGivenName, isKnownName, isKnownOrganization } from '../lexicon/lexicon';
import { ORG_HEADS } from '../lexicon/organizations';
import { PLACE_NOUNS_BEFORE_OF, PLACE_PREFIXES, PLACE_PREPOSITIONS } from '../lexicon/places';

/** "the town of X", "the outskirts of X": the run starting at `first` names a place. */
export function afterPlaceNounOf(tokens: readonly Token[], first: number): boolean {
  if (tokens[first - 1]?.text !== 'of') return false;
  return PLACE_NOUNS_BEFORE_OF.has(tokens[first - 2]?.text.toLowerCase() ?? '');
}

/**
 * "near the Cordillera", "off Vanua Levu": a preposition of place before a name none of whose words
 * is a known personal name ("in" and "near" are handled with a laxer test by the caller).
 */
export function afterPlacePreposition(tokens: readonly Token[], first: number): boolean {
  let before = first - 1;
  if (tokens[before]?.text.toLowerCase() === 'the') before--;
  return PLACE_PREPOSITIONS.has(tokens[before]?.text.toLowerCase() ?? '');
}

/** None of the words is a known given name or surname. */
export function hasNoPersonalName(words: readonly string[]): boolean {
  return !words.some((word) => isKnownName(word) || isGivenName(word));
}

/** Geographic heads that are also given names, whatever the word list says. */
const NAME_LIKE_HEADS = /^(rio|río|sierra|isla|santa|mont|monte)$/i;

/**
 * "Sierra Madre", "Isla Mujeres", "Pulau Weh": a geographic head word first. A head that is also a
 * given name ("Sierra", "Isla", "Rio") starts a place only when no known name follows it ("Rio
 * Ferdinand" stays a person).
 */
export function startsWithPlaceHead(words: readonly string[]): boolean {
  if (words.length < 2) return false;
  const head = words[0] ?? '';
  if (!PLACE_PREFIXES.has(head.toLowerCase())) return false;
  const nameLike = isGivenName(head) || isKnownName(head) || NAME_LIKE_HEADS.test(head);
  return !nameLike || hasNoPersonalName(words.slice(1));
}

/**
 * A dateline town the gazetteer lacks ("SINDHUPALCHOK, Nepal —"): words of four letters or more
 * (not an acronym like "UN"), no known body, and a country or a dash right after.
 */
export function unknownDatelinePlace(doc: Doc, titled: readonly string[], last: number): boolean {
  if (titled.some((word) => word.length < 4 || isKnownOrganization(word))) return false;
  const next = doc.tokens[last]?.text ?? '';
  if (/^[—–-]$/.test(next)) return true;
  if (next !== ',') return false;
  const after: string[] = [];
  for (let i = last + 1; i < last + 5 && doc.tokens[i]?.word; i++)
    after.push(doc.tokens[i]?.text ?? '');
  return matchPlaceAt(after, 0)?.place.kind === 'country';
}

/**
 * The index of an "on" inside a run whose rest is a place and whose start has no head of a body's
 * name ("Fishermen on Lake Malawi"; not "Council on Foreign Relations"), or -1.
 */
export function placeAfterOn(words: readonly string[], lower: readonly string[]): number {
  const at = lower.indexOf('on');
  if (at <= 0 || lower.slice(0, at).some((word) => ORG_HEADS.has(word))) return -1;
  const rest = words.slice(at + 1);
  const place = matchPlaceAt([...rest], 0);
  return startsWithPlaceHead(rest) || place?.length === rest.length ? at : -1;
}

/**
 * "Aceh, Indonesia", "Wapenamanda, Enga province": a name followed by a comma and a country or
 * region, which is not a possessor ("X, Indonesia's envoy") nor a sports result ("X, Japan, 68").
 */
export function followedByRegion(tokens: readonly Token[], last: number): boolean {
  if (tokens[last]?.text !== ',') return false;
  const after: string[] = [];
  for (let i = last + 1; i < last + 5 && tokens[i]?.word; i++) after.push(tokens[i]?.text ?? '');
  const place = matchPlaceAt(after, 0);
  if (!place || (place.place.kind !== 'country' && place.place.kind !== 'region')) return false;
  const next = tokens[last + 1 + place.length]?.text ?? '';
  if (/^['’]s$/.test(next)) return false;
  return !(next === ',' && /^\d/.test(tokens[last + 2 + place.length]?.text ?? ''));
}

/** Lower-case nouns after a place's name ("Miyagi prefecture", "Juanda airport", "Buriganga river"). */
const PLACE_NOUNS_AFTER =
  /^(prefecture|province|provinces|state|states|county|counties|district|districts|region|island|islands|city|town|village|division|upazila|municipality|barangay|regency|tehsil|taluk|woreda|governorate|oblast|canton|parish|airport|river|lake|valley|volcano|mine|dam|harbour|harbor|reef|glacier|peninsula|delta|basin|desert|plateau)$/;

export function isPlaceNoun(word: string): boolean {
  return PLACE_NOUNS_AFTER.test(word);
}

/**
 * "Ben Tre and Tra Vinh provinces": a name in a list (after it, "and" or a comma and more names)
 * that ends before a plural place noun.
 */
export function beforePlaceList(tokens: readonly Token[], last: number): boolean {
  if (!/^(,|and)$/.test(tokens[last]?.text ?? '')) return false;
  for (let i = last; i < last + 8; i++) {
    const text = tokens[i]?.text ?? '';
    if (/^(provinces|states|districts|counties|regions|prefectures|islands)$/.test(text))
      return true;
    if (!/^(,|and)$/.test(text) && !/^\p{Lu}/u.test(text)) return false;
  }
  return false;
}
