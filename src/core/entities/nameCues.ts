/**
 * Cues inside and around capitalised runs, for the first pass of entity recognition
 * (recognise.ts): where an "and" splits two names, titles and portfolios, ages and bracketed
 * acronyms after a name, newspaper words, datelines, acronyms.
 */
import type { Doc } from '../text/document';
import type { Token } from '../text/tokens';
import { matchPlaceAt } from '../geo/gazetteer';
import { isCommonWord, isGivenName, isKnownName } from '../lexicon/lexicon';
import { isDictionaryWord } from '../lexicon/dictionary';
import { ROLE_NOUNS } from '../lexicon/speakerNouns';
import { isPairedHonorific, looksLikePersonName } from './names';
import { ORG_HEADS } from '../lexicon/organizations';
import { PLACE_SUFFIXES } from '../lexicon/places';
import { TITLE_WORDS } from '../lexicon/people';

export {
  isPairedHonorific,
  looksLikePersonName,
  vietnameseFamilyGender,
  vietnameseGender,
} from './names';

export const LEGISLATURES = /^(parliament|congress|senate|assembly|cabinet)$/;
/** Kinds of body that the word list lacks as ordinary nouns (unlike newspapers' "Herald"). */
export const INSTITUTION_NOUNS =
  /^(ministry|department|university|council|organi[sz]ation|agency|union|commission|committee|association|federation|foundation|institution|corporation|company|group|authority|office|army|navy|church|college|alliance|coalition|movement|league|bureau|society|government|administration|academy|museum|festival|charity|forum|summit|regulator|watchdog|faculty|gallery)$/;

/** Legal forms that end a company's name ("Inc", "Ltd", "Bhd"). */
const LEGAL_FORMS = /^(inc|ltd|plc|corp|llc|gmbh|ag|bhd|tbk|limited|co)\.?$/i;

/**
 * The token index of an "and" that joins two names. An organisation's name may hold an "and"
 * ("Department of Health and Social Care", "Food and Agriculture Organization"); when both sides
 * have a head of their own, the "and" joins two organisations ("the Massachusetts Institute of
 * Technology and Colorado State University").
 */
export function indexOfAnd(tokens: Token[], first: number, last: number): number {
  const isHead = (token: Token) => ORG_HEADS.has(token.text.toLowerCase());
  const ands: number[] = [];
  for (let i = first + 1; i < last - 1; i++) {
    if (tokens[i]?.text === 'and' || tokens[i]?.text === '&') ands.push(i);
  }
  const headed = (from: number, to: number) => tokens.slice(from, to).some(isHead);
  // "Minister of Employment and Labor Kim Dong-hyun": the "and" joins the portfolio.
  const titled = TITLE_WORDS.has(tokens[first]?.text.toLowerCase() ?? '');
  // "X and the Y": two names, when each side has a head.
  for (const i of ands) {
    if (tokens[i + 1]?.text === 'the' && headed(first, i) && headed(i + 1, last)) return i;
  }
  for (const [n, i] of ands.entries()) {
    if (titled && tokens.slice(first, i).some((token) => /^(of|for)$/.test(token.text))) continue;
    const segmentStart = n > 0 ? (ands[n - 1] ?? first) + 1 : first;
    const next = ands[n + 1] ?? last;
    const before = headed(first, i);
    const right = tokens.slice(i + 1, next).filter((token) => token.text !== 'the');
    // The right side names a body of its own only with a name in it ("Colorado State
    // University"); "Health and Human Services" continues the left one's field.
    const named =
      right.some((token) => !isCommonWord(token.text) && !isHead(token)) ||
      (right[0] !== undefined && isHead(right[0]) && /^(of|for)$/.test(right[1]?.text ?? ''));
    // "Kobe Foods Inc and Andes Mining": a legal form ends the left body's name.
    const legalEnd = LEGAL_FORMS.test(tokens[i - 1]?.text ?? '');
    if (
      before &&
      headed(i + 1, next) &&
      right.length >= 2 &&
      (named || legalEnd) &&
      tokens[i]?.text === 'and'
    ) {
      if (endsNamed(tokens, segmentStart, i)) return i;
    }
    if (!before && !headed(i + 1, last)) return i;
    // "Grupo Bimbo and Cemex": one name of its own after a body's name is a second body (not
    // after a field: "Ministry of Health and Welfare").
    const field = tokens.slice(first, i).some((token) => /^(of|for)$/.test(token.text));
    const single = right.length === 1 && next === last && !field ? (right[0]?.text ?? '') : '';
    if (before && single && !isCommonWord(single) && !isHead(right[0] as Token)) {
      if (!matchPlaceAt([single], 0) && !isCommonWord(tokens[i - 1]?.text ?? '')) return i;
    }
    // "the Labour Party and Frederick Fung of ADPL": a known given name after the "and" starts a
    // person, not more of the body's name.
    if (isGivenName(tokens[i + 1]?.text ?? '') && personThenAffiliation(tokens, i + 1, next))
      return i;
  }
  return -1;
}

/** "Eunice Yung of New People's Party": name words up to the end or to "of"/"for", no head. */
export function personThenAffiliation(tokens: Token[], from: number, to: number): boolean {
  let i = from;
  while (i < to && tokens[i]?.word && !ORG_HEADS.has(tokens[i]?.text.toLowerCase() ?? '')) {
    if (/^(of|for|from)$/.test(tokens[i]?.text ?? '')) return i - from >= 2;
    i++;
  }
  return i === to;
}

/**
 * The words before an "and" form a whole name: a head ends them or a name follows "of". A head
 * alone names nothing ("University and College Union" is one name).
 */
export function endsNamed(tokens: Token[], first: number, at: number): boolean {
  if (tokens.slice(first, at).filter((token) => token.text !== 'the').length < 2) return false;
  const last = tokens[at - 1]?.text.toLowerCase() ?? '';
  if (ORG_HEADS.has(last)) return true;
  const lower = tokens.slice(first, at).map((token) => token.text.toLowerCase());
  const headAt = lower.findIndex((word) => ORG_HEADS.has(word));
  return headAt >= 0 && (lower[headAt + 1] === 'of' || lower[headAt + 1] === 'for');
}

/**
 * "Colorado State University of the US": an organisation named before its head does not take a
 * country after "of the" into its name. Returns the index of that "of", or -1.
 */
export function countryTailAt(words: string[], lower: string[], headAt: number): number {
  for (let k = Math.max(headAt + 1, 2); k < words.length - 1; k++) {
    // "Reserve Bank of Australia" keeps its country; only "of the US" is a tail.
    if (lower[k] !== 'of' || lower[k + 1] !== 'the') continue;
    const from = k + 2;
    const place = matchPlaceAt(words, from);
    if (place?.place.kind !== 'country' || from + place.length !== words.length) continue;
    if (lower.slice(headAt + 1, k).includes('of') || namedBeforeHead(words, headAt, from)) return k;
  }
  return -1;
}

/**
 * "Dunmore State University" is a name before its head; "Central Bank", "Supreme Court" and
 * "Catholic Bishops' Conference" are ordinary words that need "of the Philippines" to name
 * anything, unless the country is a short form ("of the US"), which reporters add to a name.
 */
function namedBeforeHead(words: string[], headAt: number, countryAt: number): boolean {
  if (headAt === 0) return false;
  if (/^[A-Z.]{2,5}$/.test(words[countryAt] ?? '')) return true;
  return words.slice(0, headAt).some((word) => {
    const bare = word.toLowerCase().replace(/['’]s?$/, '');
    return bare !== '' && !isDictionaryWord(bare);
  });
}

/** "Lee Cheuk-yan of the Labour Party": the index of an "of" that follows a person's name. */
export function personBeforeOf(words: string[], lower: string[]): number {
  // "Cardinal Marc Ouellet of the Holy See": titles may open the person's part.
  const titles = countLeading(lower, (word) => TITLE_WORDS.has(word) && word !== 'the');
  const ofAt = lower.findIndex(
    (word, index) => index >= titles + 2 && (word === 'of' || word === 'for'),
  );
  if (ofAt < 2) return -1;
  const before = words.slice(titles, ofAt);
  const beforeLower = lower.slice(titles, ofAt);
  if (
    beforeLower.some(
      (word) => ORG_HEADS.has(word) || TITLE_WORDS.has(word) || PLACE_SUFFIXES.has(word),
    )
  )
    return -1;
  return looksLikePersonName(before) && before.some((word) => !isCommonWord(word)) ? ofAt : -1;
}

export function isTitle(word: string): boolean {
  return TITLE_WORDS.has(word) || ROLE_NOUNS.has(word);
}

/** The run opens its paragraph and a dash or comma follows it. */
export function isDateline(doc: Doc, first: number, last: number): boolean {
  const paragraphStart = doc.sentences[doc.sentenceOf[first] ?? 0];
  const opens =
    paragraphStart !== undefined &&
    doc.paragraphs[paragraphStart.paragraph]?.start === doc.tokens[first]?.start;
  if (!opens || !/^[—–\-,(]$/.test(doc.tokens[last]?.text ?? '')) return false;
  // "NAIROBI, Kenya (AP) —": a dash closes a dateline; "UNICEF, the agency, said" has none.
  for (let i = last; i < Math.min(doc.tokens.length, last + 10); i++) {
    if (/^[—–-]$/.test(doc.tokens[i]?.text ?? '')) return true;
  }
  return false;
}

/**
 * Title words at the start of a run, with "of"/"for" and the portfolio after them ("Minister of
 * Foreign Affairs", "Undersecretary for Education"): ordinary words after "of"/"for" belong to the
 * title, names do not.
 */
export function countTitles(words: string[], lower: string[]): number {
  let count = 0;
  let portfolio = false;
  while (count < words.length) {
    const word = lower[count] ?? '';
    if (TITLE_WORDS.has(word) || word === 'the' || isPairedHonorific(lower, count))
      portfolio = false;
    else if ((word === 'of' || word === 'for') && count > 0) portfolio = true;
    else if (!portfolio || (word !== 'and' && !isPortfolioWord(words, count))) break;
    count++;
  }
  return count;
}

/** A word of a portfolio ("Employment", "Fisheries"): no name, no place, not the last word. */
export function isPortfolioWord(words: string[], at: number): boolean {
  const word = words[at] ?? '';
  return (
    at < words.length - 1 &&
    !isKnownName(word) &&
    !matchPlaceAt(words, at) &&
    (isCommonWord(word) ||
      /^\p{Lu}\p{Ll}+(?:ment|ies|airs|ion|ure|ty|ism|ce|cs|ing)$/u.test(word)) &&
    !/^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(words[at + 1] ?? '')
  );
}

export function countLeading(words: string[], test: (word: string) => boolean): number {
  let count = 0;
  while (count < words.length && test(words[count] ?? '')) count++;
  return count;
}

export function isPersonAfterTitles(words: string[], from: number, to: number): boolean {
  // "The King's Fund": a possessive after the title makes it part of a body's name.
  const between = words.slice(from, to);
  if (between.some((word) => /^['’]s$/.test(word))) return false;
  return to > from && between.every((word) => !isCommonWord(word));
}

export function isTrailingConnector(text: string | undefined): boolean {
  return (
    text !== undefined &&
    /^(of|for|and|the|de|da|do|dos|das|del|la|le|du|des|von|van|der|den|on|&)$/.test(text)
  );
}

/** ", 23," right after the run: the age that wire copy gives after a person's name. */
export function agedAfter(tokens: Token[], last: number): boolean {
  return (
    tokens[last]?.text === ',' &&
    /^\d{1,3}$/.test(tokens[last + 1]?.text ?? '') &&
    tokens[last + 2]?.text === ','
  );
}

/** "(MSF)" right after the run: an acronym of two to six capitals in brackets. */
export function introducesAcronym(tokens: Token[], last: number): boolean {
  const acronym = tokens[last + 1]?.text ?? '';
  return (
    tokens[last]?.text === '(' &&
    tokens[last + 2]?.text === ')' &&
    /^\p{Lu}{2,6}$/u.test(acronym) &&
    isAcronym(acronym)
  );
}

/** "WHO", "NCDC", "G20", "AT&T" — two or more capitals, maybe digits. */
export function isAcronym(word: string): boolean {
  // "AfCFTA", "UNHCRs": mostly capitals, with a lower-case letter inside.
  if (/^\p{Lu}[\p{Lu}\p{Ll}]*\p{Lu}$/u.test(word) && (word.match(/\p{Lu}/gu)?.length ?? 0) >= 4)
    return (word.match(/\p{Ll}/gu)?.length ?? 0) <= 2;
  return (
    /^[\p{Lu}][\p{Lu}\p{N}&.-]*[\p{Lu}\p{N}]s?$/u.test(word) &&
    /\p{Lu}.*\p{Lu}|\p{Lu}\p{N}/u.test(word)
  );
}
