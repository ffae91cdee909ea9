/**
 * A capitalised run with a head word of an organisation's name ("Ministry", "Bank", "Airways"),
 * for the first pass (recognise.ts): where the body's name ends and a person's or a place's name
 * starts ("Reserve Bank Governor Adrian Orr", "Colorado State University of the US"), and whether
 * a head word alone names a body ("Police said", "the University").
 */
import type { Doc } from '../text/document';
import { matchPlaceAt } from '../geo/gazetteer';
import { isCommonWord, isGivenName } from '../lexicon/lexicon';
import type { Run } from './runs';
import type { Mention, MentionType } from './types';
import {
  INSTITUTION_NOUNS,
  LEGISLATURES,
  countLeading,
  countryTailAt,
  isPersonAfterTitles,
  looksLikePersonName,
} from './nameCues';
import { ORG_HEADS } from '../lexicon/organizations';
import { TITLE_WORDS } from '../lexicon/people';

export interface HeadedRun {
  doc: Doc;
  run: Run;
  /** Token range of the run after leading connectors. */
  first: number;
  last: number;
  words: string[];
  lower: string[];
  make: (from: number, to: number, type: MentionType, extra?: Partial<Mention>) => Mention;
  classify: (doc: Doc, run: Run) => Mention[];
}

const HOLDERS =
  /^(chairman|chairwoman|chairperson|president|director|ceo|head|officers|commanders|members|spokesperson|spokesman|spokeswoman|founder|co-founder|shares)$/;
const CLOSING_OFFICES =
  /^(spokesperson|spokesman|spokeswoman|ceo|chairman|chairwoman|chairperson|administrator)$/;

/**
 * The mentions of a run whose word `headAt` heads a body's name, or undefined when a title and a
 * person's name come first ("Minister Ana Ribeiro") and the caller should type the run as usual.
 */
export function classifyHeadedRun(context: HeadedRun, headAt: number): Mention[] | undefined {
  const { doc, run, first, last, words, lower, make, classify } = context;
  const { tokens } = doc;
  // "Chairman of the Brazilian Centre for Water Studies", "Officers of the Kenya Defence Forces":
  // the holder of the body's office is no part of its name.
  if (HOLDERS.test(lower[0] ?? '') && lower[1] === 'of' && lower[2] === 'the' && headAt > 2)
    return classify(doc, { first: first + 3, last, sentenceInitial: false });
  if (lower[0] === 'shares' && lower[1] === 'of' && headAt > 1)
    // "Shares of Kelvari Holdings fell"
    return classify(doc, { first: first + 2, last, sentenceInitial: false });
  const person = personOfBody(context, headAt);
  if (person) return person;
  // "the Port Authority Spokesperson", "the Museum of Flight CEO": a closing office is the person's.
  const closing = words.length - 1;
  if (
    closing > headAt &&
    CLOSING_OFFICES.test(lower[closing] ?? '') &&
    !/^(of|the|and|for)$/.test(lower[closing - 1] ?? '')
  )
    return classify(doc, { first, last: last - 1, sentenceInitial: run.sentenceInitial });
  const tailAt = countryTailAt(words, lower, headAt);
  if (tailAt > 0) {
    return [
      ...classify(doc, { first, last: first + tailAt, sentenceInitial: run.sentenceInitial }),
      ...classify(doc, { first: first + tailAt + 1, last, sentenceInitial: false }),
    ];
  }
  // "CEO of the Refugee Council Enver Solomon": a given name after the head starts a person.
  for (let k = headAt + 1; k < words.length - 1 && k <= headAt + 2; k++) {
    if (
      isGivenNameLike(words[k] ?? '') &&
      words.length - k <= 3 &&
      !ORG_HEADS.has(lower[k] ?? '')
    ) {
      // "Reserve Bank Governor Adrian Orr": a title before the name is the person's.
      let cut = k;
      while (cut - 1 > headAt && TITLE_WORDS.has(lower[cut - 1] ?? '')) cut--;
      const rest = classify(doc, { first: first + cut, last, sentenceInitial: false });
      return [
        ...classify(doc, { first, last: first + cut, sentenceInitial: run.sentenceInitial }),
        ...rest,
      ];
    }
  }
  // "Council on American-Islamic Relations Alia Salem": a known given name two or three words
  // from the end starts a person (not after a place: "Bank of America Merrill Lynch").
  for (let k = Math.max(headAt + 3, words.length - 3); k < words.length - 1; k++) {
    const tail = lower.slice(k);
    if (
      isGivenNameLike(words[k] ?? '') &&
      !tail.some((word) => ORG_HEADS.has(word) || word === 'of' || word === 'and') &&
      !matchPlaceAt(words, k - 1) &&
      !/^(of|for|and|the|on)$/.test(lower[k - 1] ?? '')
    ) {
      let cut = k; // "Reserve Bank Governor Adrian Orr": the title is the person's.
      while (cut - 1 > headAt && TITLE_WORDS.has(lower[cut - 1] ?? '')) cut--;
      return [
        ...classify(doc, { first, last: first + cut, sentenceInitial: run.sentenceInitial }),
        ...classify(doc, { first: first + cut, last, sentenceInitial: false }),
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
      !/^\p{Ll}/u.test(titledName[0] ?? '') && // "Dirección General de Migración"
      looksLikePersonName(titledName)
    ) {
      const rest = classify(doc, { first: first + k, last, sentenceInitial: false });
      return [make(first, first + k, 'organization'), ...rest];
    }
  }
  const leadingTitles = countLeading(
    lower,
    (word) => TITLE_WORDS.has(word) && !ORG_HEADS.has(word),
  );
  // ("The State Meteorological Agency": a name that ends on its head is a body's, whatever
  // title word opens it.)
  if (
    leadingTitles > 0 &&
    leadingTitles < headAt &&
    headAt < words.length - 1 &&
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
  return undefined;
}

/**
 * "Ryan Norris of the University of Guelph", "Ecologist Ryan Norris of …": a person's name before
 * "of" and a body's name after it are two names, not one. Undefined when the words before "of"
 * hold a head of their own ("Bank of Japan") or are no person's name ("Friends of …").
 */
function personOfBody(context: HeadedRun, headAt: number): Mention[] | undefined {
  const { doc, run, first, last, words, lower, classify } = context;
  const ofAt = lower.indexOf('of');
  if (ofAt < 2 || headAt < ofAt || lower.slice(0, ofAt).some((word) => ORG_HEADS.has(word)))
    return undefined;
  // A description or title before the name is no part of it ("Ecologist", "Professor").
  const leading = countLeading(
    lower.slice(0, ofAt),
    (word) => TITLE_WORDS.has(word) || isCommonWord(word),
  );
  const name = words.slice(leading, ofAt);
  if (name.length < 2 || name.length > 3 || !looksLikePersonName(name)) return undefined;
  const bodyAt = lower[ofAt + 1] === 'the' ? ofAt + 2 : ofAt + 1;
  return [
    ...classify(doc, { first, last: first + ofAt, sentenceInitial: run.sentenceInitial }),
    ...classify(doc, { first: first + bodyAt, last, sentenceInitial: false }),
  ];
}

/** A known given name, or a hyphenated one of East Asian romanisation ("Man-kei", "Ji-won"). */
function isGivenNameLike(word: string): boolean {
  return isGivenName(word) || /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(word);
}
