/**
 * First pass of entity recognition: each capitalised run is cut into mentions of people,
 * organisations and places, using the gazetteer, heads of organisation names, titles, the lexicon
 * and the words around the run. Single words the pass cannot type are kept as `unknown` and typed
 * later from the rest of the document (a surname seen before, a speech verb after it).
 */
import type { EntityType } from '../schema';
import type { Doc } from '../text/document';
import type { Token } from '../text/tokens';
import { matchPlaceAt, type Place } from '../geo/gazetteer';
import {
  NOT_IN_PERSON_NAMES,
  PLACE_PREFIXES,
  NOT_NAMES,
  ORG_HEADS,
  PLACE_SUFFIXES,
  TITLE_GENDER,
  TITLE_WORDS,
} from '../lexicon/cues';
import {
  isCommonWord,
  isGivenName,
  isKnownName,
  isKnownOrganization,
  isKnownPlace,
  nameGender,
} from '../lexicon/lexicon';
import { SPEECH_VERBS } from '../lexicon/speech';
import { ROLE_NOUNS } from '../quotes/speakerPhrase';
import { findRuns, type Run } from './runs';

export type MentionType = EntityType | 'unknown' | 'demonym';

export interface Mention {
  /** Token range [first, last). */
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
  type: MentionType;
  /** Title words before a person's name ("Finance Minister"). */
  role?: string;
  gender?: 'f' | 'm';
  place?: Place;
  /** The type came from a strong cue (title, gazetteer, organisation head, speech verb). */
  cued: boolean;
  /** A head word alone ("the University"): kept only when a full name in the text has it. */
  loneHead?: boolean;
}

const FUNCTION_WORD =
  /^(the|a|an|both|either|neither|all|each|every|this|that|these|those|in|on|at|by|for|from|with|of|to|as|and|but|or|if|when|while|after|before|since|during|under|over|because|although|though|it|he|she|they|we|i|you|his|her|their|our|its|my|your|there|here|then|now|so|yet|also|even|still|just|only|once)$/i;

export function recogniseMentions(doc: Doc): Mention[] {
  const mentions: Mention[] = [];
  for (const run of findRuns(doc)) mentions.push(...classifyRun(doc, trimSentenceStart(doc, run)));
  return keepNamedHeads(mentions.filter((mention) => mention.last > mention.first));
}

/** Drops a lone head word ("the University") unless a longer organisation name contains it. */
function keepNamedHeads(mentions: Mention[]): Mention[] {
  const inNames = new Set<string>();
  for (const mention of mentions) {
    if (mention.type !== 'organization' || mention.loneHead) continue;
    for (const word of mention.text.toLowerCase().split(/\s+/)) inNames.add(word);
  }
  return mentions.filter((mention) => !mention.loneHead || inNames.has(mention.text.toLowerCase()));
}

/** Drops capitalised ordinary words that only start the sentence ("Sharing", "The", "Police"). */
function trimSentenceStart(doc: Doc, run: Run): Run {
  if (!run.sentenceInitial) {
    let first = run.first;
    while (first < run.last && FUNCTION_WORD.test(doc.tokens[first]?.text ?? '')) first++;
    return { ...run, first };
  }
  const words = doc.tokens.slice(run.first, run.last).map((token) => token.text);
  const hasHead = words.some((word) => ORG_HEADS.has(word.toLowerCase()));
  let first = run.first;
  while (first < run.last) {
    const word = (doc.tokens[first]?.text ?? '').replace(/['’].*$/, '');
    if (matchPlaceAt(wordsFrom(doc.tokens, first, run.last), 0)) break;
    if (isAcronym(word)) break;
    if (FUNCTION_WORD.test(word)) {
      first++;
      continue;
    }
    const lower = word.toLowerCase();
    if (TITLE_WORDS.has(lower) || hasHead || isKnownName(word)) break;
    if (run.last - first >= 2 && introducesAcronym(doc.tokens, run.last)) break;
    if (agedAfter(doc.tokens, run.last) && !FUNCTION_WORD.test(word)) break;
    // "Park Ji-won", "Lee Cheuk-yan": a hyphenated given name follows a family name.
    if (/^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(doc.tokens[first + 1]?.text ?? '')) break;
    // "Hydrologist Sebastián Quiroga": a capitalised role before a given name is a title.
    if (
      first + 1 < run.last &&
      isGivenName(doc.tokens[first + 1]?.text ?? '') &&
      !isGivenName(word)
    ) {
      first++;
      break;
    }
    // "Hydrologist Sebastián Quiroga": an occupation the word list lacks, before a two-word name.
    if (!isCommonWord(word) && !(run.last - first >= 3 && isOccupation(lower))) break;
    first++;
  }
  return { ...run, first };
}

/** Nouns of occupation by their form ("hydrologist", "paramedic", "auctioneer") or the role list. */
function isOccupation(lower: string): boolean {
  return (
    ROLE_NOUNS.has(lower) ||
    /(?:ologist|ographer|onomer|ician|ist|eer|medic|smith|wright)$/.test(lower) ||
    /^(?:spokes|chair)(?:man|woman|person)$/.test(lower)
  );
}

function wordsFrom(tokens: Token[], first: number, last: number): string[] {
  return tokens.slice(first, last).map((token) => token.text);
}

function classifyRun(doc: Doc, run: Run): Mention[] {
  const { tokens } = doc;
  let first = run.first;
  const last = run.last;
  while (first < last && isTrailingConnector(tokens[first]?.text)) first++;
  if (first >= last) return [];
  const andAt = indexOfAnd(tokens, first, last);
  if (andAt > 0) {
    // "New Zealand and Japan": two names, unless an organisation's name holds the "and".
    return [
      ...classifyRun(doc, { first, last: andAt, sentenceInitial: run.sentenceInitial }),
      ...classifyRun(doc, { first: andAt + 1, last, sentenceInitial: false }),
    ];
  }
  const words = wordsFrom(tokens, first, last);
  const lower = words.map((word) => word.toLowerCase());
  const make = (
    from: number,
    to: number,
    type: MentionType,
    extra: Partial<Mention> = {},
  ): Mention => {
    let end = to;
    while (end > from && isTrailingConnector(tokens[end - 1]?.text)) end--;
    return {
      first: from,
      last: end,
      start: tokens[from]?.start ?? 0,
      end: tokens[end - 1]?.end ?? 0,
      text: doc.body.slice(tokens[from]?.start ?? 0, tokens[end - 1]?.end ?? 0),
      type,
      cued: true,
      ...extra,
    };
  };

  // A dateline ("BUENOS AIRES —", "NAIROBI, Oct 3"): an all-capitals place at a paragraph's start.
  if (words.every((word) => word === word.toUpperCase()) && isDateline(doc, first, last)) {
    const titled = words.map((word) => word.charAt(0) + word.slice(1).toLowerCase());
    const place = matchPlaceAt(titled, 0);
    return place && place.length === words.length
      ? [make(first, last, 'location', { place: place.place })]
      : [];
  }
  // "NCDC Director General Chukwuemeka Okafor", "NASA photographer Bill Ingalls": an acronym,
  // then a titled name or a name with a known given name.
  if (
    words.length > 2 &&
    isAcronym(words[0] ?? '') &&
    (isTitle(lower[1] ?? '') || (isGivenName(words[1] ?? '') && words.length <= 4)) &&
    !lower.some((word) => ORG_HEADS.has(word))
  ) {
    return [
      ...classifyRun(doc, { first, last: first + 1, sentenceInitial: false }),
      ...classifyRun(doc, { first: first + 1, last, sentenceInitial: false }),
    ];
  }

  // "Undersecretary for Education Mr. Toccafondi": an honorific starts the person's part.
  const honorificAt = lower.findIndex((word, index) => index > 0 && HONORIFICS.has(word));
  if (honorificAt > 0 && honorificAt < words.length - 1) {
    return [
      ...classifyRun(doc, { first, last: first + honorificAt, sentenceInitial: false }),
      ...classifyRun(doc, { first: first + honorificAt, last, sentenceInitial: false }),
    ];
  }

  const ofAt = personBeforeOf(words, lower);
  if (ofAt > 0) {
    return [
      ...classifyRun(doc, { first, last: first + ofAt, sentenceInitial: false }),
      ...classifyRun(doc, { first: first + ofAt + 1, last, sentenceInitial: false }),
    ];
  }

  const headAt = lower.findIndex((word) => ORG_HEADS.has(word));

  // A place at the start: the whole run, a place before a title or name, or part of an organisation.
  const placeMatch = matchPlaceAt(words, 0);
  if (placeMatch) {
    const placeType: MentionType = placeMatch.place.kind === 'demonym' ? 'demonym' : 'location';
    if (placeMatch.length === words.length)
      return [make(first, last, placeType, { place: placeMatch.place })];
    // "Gulf of Aden", "Bay of Bengal", "Sea of Japan": one place.
    if (lower[placeMatch.length] === 'of' && !ORG_HEADS.has(lower[0] ?? '')) {
      return [make(first, last, 'location')];
    }
    // "Toronto Star", "Jakarta Globe", "Manila Standard": a place and a newspaper's word.
    if (
      placeMatch.length === words.length - 1 &&
      NEWSPAPER_WORDS.has(lower[words.length - 1] ?? '')
    )
      return [make(first, last, 'organization')];
    if (headAt < 0 || headAt < placeMatch.length) {
      const rest = classifyRun(doc, {
        first: first + placeMatch.length,
        last,
        sentenceInitial: false,
      });
      return [
        make(first, first + placeMatch.length, placeType, { place: placeMatch.place }),
        ...rest,
      ];
    }
  }

  if (headAt >= 0) {
    const tailAt = countryTailAt(words, lower, headAt);
    if (tailAt > 0) {
      return [
        ...classifyRun(doc, { first, last: first + tailAt, sentenceInitial: run.sentenceInitial }),
        ...classifyRun(doc, { first: first + tailAt + 1, last, sentenceInitial: false }),
      ];
    }
    // "CEO of the Refugee Council Enver Solomon": a given name after the head starts a person.
    for (let k = headAt + 1; k < words.length - 1 && k <= headAt + 2; k++) {
      if (isGivenName(words[k] ?? '') && words.length - k <= 3 && !ORG_HEADS.has(lower[k] ?? '')) {
        const rest = classifyRun(doc, { first: first + k, last, sentenceInitial: false });
        return [
          ...classifyRun(doc, { first, last: first + k, sentenceInitial: run.sentenceInitial }),
          ...rest,
        ];
      }
    }
    // "Reserve Bank Governor Adrian Orr": the organisation ends where a title word starts a name.
    for (let k = headAt + 1; k < words.length - 1; k++) {
      const titledName = words.slice(k).filter((word) => !TITLE_WORDS.has(word.toLowerCase()));
      if (
        TITLE_WORDS.has(lower[k] ?? '') &&
        !ORG_HEADS.has(lower[k] ?? '') &&
        lower[k - 1] !== 'of' &&
        titledName.length > 0 &&
        looksLikePersonName(titledName)
      ) {
        const rest = classifyRun(doc, { first: first + k, last, sentenceInitial: false });
        return [make(first, first + k, 'organization'), ...rest];
      }
    }
    const leadingTitles = countLeading(
      lower,
      (word) => TITLE_WORDS.has(word) && !ORG_HEADS.has(word),
    );
    if (
      leadingTitles > 0 &&
      leadingTitles < headAt &&
      isPersonAfterTitles(words, leadingTitles, headAt)
    ) {
      // "Minister Ana Ribeiro" cannot contain a head; fall through to titles below.
    } else {
      // "Police said", "the University": a common head word alone names no body, except the
      // legislatures a country has one of ("Parliament", "Congress").
      const possessed = /^['’]s$/.test(tokens[first - 1]?.text ?? ''); // "New People's Party"
      const alone =
        words.length === 1 &&
        (isCommonWord(words[0] ?? '') || INSTITUTION_NOUNS.test(lower[0] ?? '')) &&
        !possessed;
      const opens = run.sentenceInitial && tokens[first - 1]?.text.toLowerCase() !== 'the';
      if (alone && opens) return [];
      // Mid-sentence ("the Church denied …") it may stand for a body named in full elsewhere.
      if (alone && !LEGISLATURES.test(lower[0] ?? ''))
        return [make(first, last, 'organization', { loneHead: true })];
      return [make(first, last, 'organization')];
    }
  }

  // Titles before a name: "Finance Minister", "Dr", "President".
  const titleCount = countTitles(words, lower);
  let role: string | undefined;
  let gender: 'f' | 'm' | undefined;
  if (titleCount > 0) {
    if (titleCount >= words.length) return [];
    const rest = matchPlaceAt(words, titleCount);
    if (rest && titleCount + rest.length === words.length && rest.place.kind === 'country') {
      // "Health New Zealand", "Environment Canada": a body named after its field and country.
      return [make(first, last, 'organization')];
    }
    // "the Governor of Texas", "the State of Texas": a title and a place name no person.
    if (rest && titleCount + rest.length === words.length)
      return [make(first + titleCount, last, 'location', { place: rest.place })];
    role = words.slice(0, titleCount).join(' ');
    for (const word of lower.slice(0, titleCount)) gender ??= TITLE_GENDER[word];
    first += titleCount;
  }
  const nameWords = words.slice(titleCount);
  const nameLower = lower.slice(titleCount);

  if (nameWords.length === 1 && isAcronym(nameWords[0] ?? '')) {
    if (NOT_NAMES.has(nameWords[0] ?? '') || role) return [];
    return [make(first, last, 'organization')];
  }
  if (nameWords.length > 1 && PLACE_SUFFIXES.has(nameLower[nameLower.length - 1] ?? '') && !role) {
    return [make(first, last, 'location')];
  }
  if (nameWords.length > 6) return [];

  // "Kim Dong-hyun": a family name before a hyphenated given name tells no gender.
  const familyFirst = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(nameWords[1] ?? '');
  const givenGender = familyFirst
    ? undefined
    : (nameGender(nameWords[0] ?? '') ?? vietnameseGender(nameWords));
  gender ??= givenGender;
  if (role) return [make(first, last, 'person', { role, gender })];
  if (
    nameWords.length >= 2 &&
    PLACE_PREFIXES.has(nameLower[0] ?? '') &&
    !isGivenName(nameWords[0] ?? '')
  ) {
    return [make(first, last, 'location')];
  }
  // "Stats NZ", "Sport England": a body named after its field and country.
  const tailPlace =
    nameWords.length >= 2 ? matchPlaceAt(nameWords, nameWords.length - 1) : undefined;
  if (tailPlace?.place.kind === 'country' && !isGivenName(nameWords[0] ?? '')) {
    return [make(first, last, 'organization')];
  }
  if (nameWords.length >= 2 && DIRECTIONS.has(nameLower[0] ?? '') && matchPlaceAt(nameWords, 1)) {
    return [make(first, last, 'location')];
  }
  const allCommon = nameWords.every((word) => isCommonWord(word) && !isKnownName(word));
  // "Sinner, 23, said": a name with an age in commas is a person's, whatever its words.
  if (nameWords.length <= 3 && agedAfter(tokens, last) && !isKnownPlace(nameWords[0] ?? ''))
    return [make(first, last, 'person', { gender })];
  // "Doctors Without Borders (MSF)": a name that introduces an acronym in brackets is a body's.
  if (nameWords.length >= 2 && introducesAcronym(tokens, last) && !isGivenName(nameWords[0] ?? ''))
    return [make(first, last, 'organization')];
  if (nameWords.length >= 2) {
    if (allCommon) return [];
    // "in Quang Ngai", "near Puerto Natales": after these, an unknown name is a place.
    const before = tokens[first - 1]?.text.toLowerCase() ?? '';
    if ((before === 'in' || before === 'near') && !isGivenName(nameWords[0] ?? '') && !role) {
      return [make(first, last, 'location')];
    }
    // "BBVA Research", "HSBC Holdings", "CNN International": an acronym leads a body's name.
    if (
      isAcronym(nameWords[0] ?? '') &&
      !NOT_NAMES.has(nameWords[0] ?? '') &&
      nameWords.length <= 4
    )
      return [make(first, last, 'organization')];
    if (looksLikePersonName(nameWords)) {
      return [make(first, last, 'person', { gender, cued: isGivenName(nameWords[0] ?? '') })];
    }
    if (nameWords.some((word) => isKnownOrganization(word)))
      return [make(first, last, 'organization')];
    return [];
  }
  // One word: typed by what follows it, or later from the rest of the document.
  const word = nameWords[0] ?? '';
  if (isKnownOrganization(word) && !isKnownName(word)) return [make(first, last, 'organization')];
  if (NOT_IN_PERSON_NAMES.has(word.toLowerCase())) return [];
  if (allCommon && !isKnownName(word)) return [];
  const next = tokens[last]?.text.toLowerCase() ?? '';
  if (SPEECH_VERBS.has(next) && !isKnownPlace(word)) {
    return [make(first, last, 'unknown', { gender, cued: false })];
  }
  if (isKnownPlace(word) && !isKnownName(word))
    return [make(first, last, 'location', { cued: false })];
  return [make(first, last, 'unknown', { gender, cued: false })];
}

/**
 * A run of two or more words is a person's name when it starts with a known given name, has a
 * hyphenated given name ("Ji-won", "Cheuk-yan"), or has no ordinary English word in it at all
 * ("Google Science Fair", "Civic Passion" are no people).
 */
function looksLikePersonName(words: string[]): boolean {
  if (words.length > 4) return false;
  if (words.some((word) => NOT_IN_PERSON_NAMES.has(word.toLowerCase()))) return false;
  if (isGivenName(words[0] ?? '')) return true;
  words = words.filter(
    (word) =>
      !/^(de|da|do|dos|das|del|della|di|du|van|von|der|den|bin|binti|ibn|al|el|la|le)$/i.test(word),
  );
  if (words.some((word) => /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(word))) return true;
  return (
    words.every((word) => !isCommonWord(word) || isKnownName(word)) &&
    !words.some((word) => isKnownOrganization(word))
  );
}

/** Vietnamese names mark gender in the middle name: Nguyen Thi Lan (f), Tran Van Minh (m). */
function vietnameseGender(words: string[]): 'f' | 'm' | undefined {
  if (words.length < 3) return undefined;
  const middle = words.slice(1, -1).map((word) => word.toLowerCase());
  if (middle.includes('thi') || middle.includes('thị')) return 'f';
  if (middle.includes('van') || middle.includes('văn')) return 'm';
  return undefined;
}

const LEGISLATURES = /^(parliament|congress|senate|assembly|cabinet)$/;
/** Kinds of body that the word list lacks as ordinary nouns (unlike newspapers' "Herald"). */
const INSTITUTION_NOUNS =
  /^(ministry|department|university|council|organi[sz]ation|agency|union|commission|committee|association|federation|foundation|institution|corporation|company|group|authority|office|army|navy|church|college|alliance|coalition|movement|league|bureau|society|government|administration|academy|museum|festival|charity|forum|summit|regulator|watchdog|faculty|gallery)$/;

/** Words that name a newspaper after its city ("Toronto Star"); "Times", "Post" are heads anyway. */
const NEWSPAPER_WORDS = new Set([
  'star',
  'sun',
  'globe',
  'mail',
  'weekly',
  'daily',
  'standard',
  'examiner',
  'mirror',
  'express',
  'inquirer',
  'monitor',
  'observer',
  'independent',
  'nation',
  'today',
  'record',
  'sentinel',
  'enquirer',
  'statesman',
  'leader',
]);

const HONORIFICS = new Set([
  'mr',
  'mr.',
  'mrs',
  'mrs.',
  'ms',
  'ms.',
  'dr',
  'dr.',
  'prof',
  'prof.',
  'sir',
  'dame',
]);

const DIRECTIONS = new Set([
  'north',
  'south',
  'east',
  'west',
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
  'upper',
  'lower',
  'greater',
  'mainland',
]);

/**
 * The token index of an "and" that joins two names. An organisation's name may hold an "and"
 * ("Department of Health and Social Care", "Food and Agriculture Organization"); when both sides
 * have a head of their own, the "and" joins two organisations ("the Massachusetts Institute of
 * Technology and Colorado State University").
 */
function indexOfAnd(tokens: Token[], first: number, last: number): number {
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
    if (before && headed(i + 1, next) && right.length >= 2 && named && tokens[i]?.text === 'and') {
      if (endsNamed(tokens, segmentStart, i)) return i;
    }
    if (!before && !headed(i + 1, last)) return i;
    // "the Labour Party and Frederick Fung of ADPL": a known given name after the "and" starts a
    // person, not more of the body's name.
    if (isGivenName(tokens[i + 1]?.text ?? '') && personThenAffiliation(tokens, i + 1, next))
      return i;
  }
  return -1;
}

/** "Eunice Yung of New People's Party": name words up to the end or to "of"/"for", no head. */
function personThenAffiliation(tokens: Token[], from: number, to: number): boolean {
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
function endsNamed(tokens: Token[], first: number, at: number): boolean {
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
function countryTailAt(words: string[], lower: string[], headAt: number): number {
  for (let k = Math.max(headAt + 1, 2); k < words.length - 1; k++) {
    // "Reserve Bank of Australia" keeps its country; only "of the US" is a tail.
    if (lower[k] !== 'of' || lower[k + 1] !== 'the') continue;
    const from = k + 2;
    const place = matchPlaceAt(words, from);
    const named = headAt > 0 || lower.slice(headAt + 1, k).includes('of');
    if (place?.place.kind === 'country' && from + place.length === words.length && named) return k;
  }
  return -1;
}

/** "Lee Cheuk-yan of the Labour Party": the index of an "of" that follows a person's name. */
function personBeforeOf(words: string[], lower: string[]): number {
  const ofAt = lower.findIndex((word, index) => index >= 2 && (word === 'of' || word === 'for'));
  if (ofAt < 2) return -1;
  const before = words.slice(0, ofAt);
  const beforeLower = lower.slice(0, ofAt);
  if (
    beforeLower.some(
      (word) => ORG_HEADS.has(word) || TITLE_WORDS.has(word) || PLACE_SUFFIXES.has(word),
    )
  )
    return -1;
  return looksLikePersonName(before) && before.some((word) => !isCommonWord(word)) ? ofAt : -1;
}

function isTitle(word: string): boolean {
  return TITLE_WORDS.has(word) || ROLE_NOUNS.has(word);
}

/** The run opens its paragraph and a dash or comma follows it. */
function isDateline(doc: Doc, first: number, last: number): boolean {
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
function countTitles(words: string[], lower: string[]): number {
  let count = 0;
  let portfolio = false;
  while (count < words.length) {
    const word = lower[count] ?? '';
    if (TITLE_WORDS.has(word) || word === 'the') portfolio = false;
    else if ((word === 'of' || word === 'for') && count > 0) portfolio = true;
    else if (!portfolio || (word !== 'and' && !isPortfolioWord(words, count))) break;
    count++;
  }
  return count;
}

/** A word of a portfolio ("Employment", "Fisheries"): no name, no place, not the last word. */
function isPortfolioWord(words: string[], at: number): boolean {
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

function countLeading(words: string[], test: (word: string) => boolean): number {
  let count = 0;
  while (count < words.length && test(words[count] ?? '')) count++;
  return count;
}

function isPersonAfterTitles(words: string[], from: number, to: number): boolean {
  // "The King's Fund": a possessive after the title makes it part of a body's name.
  const between = words.slice(from, to);
  if (between.some((word) => /^['’]s$/.test(word))) return false;
  return to > from && between.every((word) => !isCommonWord(word));
}

function isTrailingConnector(text: string | undefined): boolean {
  return (
    text !== undefined &&
    /^(of|for|and|the|de|da|do|dos|das|del|la|le|du|des|von|van|der|den|on|&)$/.test(text)
  );
}

/** ", 23," right after the run: the age that wire copy gives after a person's name. */
function agedAfter(tokens: Token[], last: number): boolean {
  return (
    tokens[last]?.text === ',' &&
    /^\d{1,3}$/.test(tokens[last + 1]?.text ?? '') &&
    tokens[last + 2]?.text === ','
  );
}

/** "(MSF)" right after the run: an acronym of two to six capitals in brackets. */
function introducesAcronym(tokens: Token[], last: number): boolean {
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
  return (
    /^[\p{Lu}][\p{Lu}\p{N}&.-]*[\p{Lu}\p{N}]s?$/u.test(word) &&
    /\p{Lu}.*\p{Lu}|\p{Lu}\p{N}/u.test(word)
  );
}
