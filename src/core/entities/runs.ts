/**
 * Capitalised runs: the stretches of a sentence that can be names ("Finance Minister Ana Ribeiro",
 * "Bank of Japan", "NCDC"). A run is a sequence of capitalised words, with lower-case connectors
 * inside it only when a capitalised word follows ("University of Auckland").
 */
import type { Doc } from '../text/document';
import { isCapitalised, type Token } from '../text/tokens';
import { matchPlaceAt } from '../geo/gazetteer';
import { isGivenName } from '../lexicon/lexicon';
import { isCommonWord } from '../lexicon/lexicon';
import { CALENDAR_WORDS } from '../lexicon/calendar';
import { NAME_CONNECTORS } from '../lexicon/names';
import { ORG_HEADS } from '../lexicon/organizations';

export interface Run {
  /** Token range [first, last). */
  first: number;
  last: number;
  /** True when the run opens its sentence (or follows an opening quotation mark or dash there). */
  sentenceInitial: boolean;
}

const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '—', '–', '-', '«']);

export function isNameWord(text: string, next?: string, previous?: string): boolean {
  // "Bab el-Mandeb", "Khalid al-Mansouri": a lower-case particle joined to a capitalised name.
  if (/^(?:al|el|ad|ar|as|at|ash|an|bin|ibn|abu|da|de|di|du|van|von|ul)-\p{Lu}/u.test(text))
    return true;
  if (!isCapitalised(text)) return false;
  if (CALENDAR_WORDS.has(text.toLowerCase().replace(/\.$/, ''))) {
    // "June Narrkala", "April Chen": a month that is a given name stands before a capitalised name.
    const nameFollows =
      next !== undefined && isCapitalised(next) && !CALENDAR_WORDS.has(next.toLowerCase());
    const dateBefore =
      previous !== undefined &&
      /^(in|on|since|by|until|last|next|early|late|mid|of|from|\d+)$/i.test(previous);
    // "Theresa May", "Brian May": a month after a given name is a surname, unless a day follows.
    const surname = previous !== undefined && isGivenName(previous) && !/^\d/.test(next ?? '');
    if (surname && /^(may|march|june|april|august)$/i.test(text)) return true;
    return nameFollows && !dateBefore && /^(june|may|april|august|jan)$/i.test(text);
  }
  return true;
}

export function findRuns(doc: Doc): Run[] {
  const runs: Run[] = [];
  const { tokens } = doc;
  for (const sentence of doc.sentences) {
    let i = sentence.first;
    let firstWord = sentence.first;
    while (firstWord < sentence.last && OPENERS.has(tokens[firstWord]?.text ?? '')) firstWord++;
    while (i < sentence.last) {
      const token = tokens[i];
      if (
        !token ||
        !token.word ||
        !isNameWord(token.text, tokens[i + 1]?.text, tokens[i - 1]?.text)
      ) {
        i++;
        continue;
      }
      const first = i;
      let last = i + 1;
      while (last < sentence.last) {
        const next = tokens[last];
        if (!next) break;
        if (next.word && isNameWord(next.text, tokens[last + 1]?.text, tokens[last - 1]?.text)) {
          last++;
          continue;
        }
        const following = last + 1 < sentence.last ? tokens[last + 1] : undefined;
        if (
          /^['’]$/.test(next.text) &&
          next.start === tokens[last - 1]?.end &&
          /s$/.test(tokens[last - 1]?.text ?? '') &&
          following?.word &&
          isNameWord(following.text)
        ) {
          // "The United States' National Basketball Association": a place's possessive ends the
          // place; "Workers' Party" stays one name.
          if (isWholePlace(tokens, first, last)) break;
          last += 2;
          continue;
        }
        // "The Lost 52 Project": a number inside a body's name, its head right after it ("on
        // March 3 Biden said" joins nothing).
        if (
          /^\d{1,4}$/.test(next.text) &&
          following?.word &&
          ORG_HEADS.has(following.text.toLowerCase()) &&
          isCapitalised(following.text)
        ) {
          last += 2;
          continue;
        }
        // "People's Party", "Women's Institute": a possessive inside a body's name.
        const possessiveEnd = /^['’]s$/.test(next.text)
          ? possessiveNameEnd(doc, last, sentence.last)
          : -1;
        if (possessiveEnd > 0) {
          last = possessiveEnd;
          continue;
        }
        // "Commission for Conciliation, Mediation and Arbitration": a list inside a name.
        const listEnd = next.text === ',' ? nameListEnd(doc, first, last, sentence.last) : -1;
        if (listEnd > 0) {
          last = listEnd;
          continue;
        }
        // A connector joins only when it sits between two capitalised words (allow "of the").
        let look = last;
        while (look < sentence.last && isConnector(tokens[look]?.text)) look++;
        const after = tokens[look];
        // A lone "the" joins nothing ("Rathbun the Scientology property" is two phrases).
        const loneThe = look === last + 1 && tokens[last]?.text === 'the';
        // "on" joins only a body's name ("Council on Foreign Relations", not "Trump on Twitter").
        const strayOn =
          tokens[last]?.text === 'on' &&
          !tokens.slice(first, last).some((token) => ORG_HEADS.has(token.text.toLowerCase()));
        if (
          look > last &&
          look - last <= 2 &&
          !loneThe &&
          !strayOn &&
          after?.word &&
          isNameWord(after.text)
        ) {
          last = look + 1;
          continue;
        }
        break;
      }
      runs.push({ first, last, sentenceInitial: first === firstWord || isAfterOpener(doc, first) });
      i = last;
    }
  }
  return runs;
}

/**
 * After a run like "Commission for Conciliation" and a comma: the end of a list of single
 * capitalised words closed by "and" ("Mediation and Arbitration"), or -1. Only when the run names
 * a body by its field (a head followed by "for" or "of"), and the items are plain words.
 */
function nameListEnd(doc: Doc, first: number, comma: number, limit: number): number {
  const { tokens } = doc;
  const words = tokens.slice(first, comma).map((token) => token.text.toLowerCase());
  const headAt = words.findIndex((word) => ORG_HEADS.has(word));
  if (headAt < 0 || !/^(for|of)$/.test(words[headAt + 1] ?? '')) return -1;
  let i = comma + 1;
  for (let items = 0; items < 4; items++) {
    if (!isListItem(tokens[i]?.text)) return -1;
    i++;
    // "Housing, Urban Development and Building": an item may have two words.
    if (isListItem(tokens[i]?.text)) i++;
    const after = tokens[i]?.text;
    if (after === ',') {
      i++;
      continue;
    }
    if (after !== 'and' || !isListItem(tokens[i + 1]?.text) || i + 1 >= limit) return -1;
    let end = i + 2;
    if (isListItem(tokens[end]?.text) && end < limit) end++;
    // The list closes the name: no further capitalised word runs on.
    return tokens[end]?.word && isCapitalised(tokens[end]?.text ?? '') ? -1 : end;
  }
  return -1;
}

/** Whether tokens [first, last), a leading "The" aside, are exactly one place's name. */
function isWholePlace(tokens: Token[], first: number, last: number): boolean {
  const from = tokens[first]?.text === 'The' ? first + 1 : first;
  const words = tokens.slice(from, last).map((token) => token.text);
  return words.length > 0 && matchPlaceAt(words, 0)?.length === words.length;
}

/**
 * After "People" and "'s": the end of a body's name that goes on to a head within three
 * capitalised words ("People's Party", "Children's Hospital"), or -1. The word before "'s" must be
 * an ordinary plural-like word, not a place or a person ("Thailand's Pheu Thai Party").
 */
function possessiveNameEnd(doc: Doc, possessive: number, limit: number): number {
  const { tokens } = doc;
  if (!isCommonWord(tokens[possessive - 1]?.text ?? '')) return -1;
  for (let i = possessive + 1; i < Math.min(limit, possessive + 4); i++) {
    const token = tokens[i];
    if (!token?.word || !isCapitalised(token.text)) return -1;
    if (ORG_HEADS.has(token.text.toLowerCase())) return i + 1;
  }
  return -1;
}

function isListItem(text: string | undefined): boolean {
  return text !== undefined && /^\p{Lu}\p{Ll}{2,}$/u.test(text);
}

function isConnector(text: string | undefined): boolean {
  return text !== undefined && NAME_CONNECTORS.has(text);
}

/** A word right after an opening quotation mark or a colon starts a new clause. */
function isAfterOpener(doc: Doc, index: number): boolean {
  const previous = doc.tokens[index - 1]?.text;
  return (
    previous === '“' ||
    previous === '"' ||
    previous === ':' ||
    previous === '‘' ||
    previous === '—' ||
    previous === '–' ||
    (previous === '-' && doc.tokens[index - 2]?.text.toUpperCase() === doc.tokens[index - 2]?.text)
  );
}
