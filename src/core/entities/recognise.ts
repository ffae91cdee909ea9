/**
 * First pass of entity recognition: each capitalised run is cut into mentions of people,
 * organisations and places, using the gazetteer, heads of organisation names, titles, the lexicon
 * and the words around the run. Single words the pass cannot type are kept as `unknown` and typed
 * later from the rest of the document (a surname seen before, a speech verb after it).
 */
import type { Doc } from '../text/document';
import type { Token } from '../text/tokens';
import { matchPlaceAt } from '../geo/gazetteer';
import { isGivenName } from '../lexicon/lexicon';
import { findRuns, type Run } from './runs';
import type { Mention, MentionType } from './types';
import { isOutletName, trimSentenceStart } from './sentenceStart';
import { knownOrganizationLength } from '../lexicon/lexicon';
import { withGovernments } from './governments';
import { withAcronymNames } from './acronymNames';
import { classifyHeadedRun } from './headedRun';
import { classifyNameRun } from './nameRun';
import { unknownDatelinePlace, placeAfterOn } from './placeCues';
import {
  countLeading,
  indexOfAnd,
  isAcronym,
  isDateline,
  isTitle,
  isTrailingConnector,
  looksLikePersonName,
  personBeforeOf,
} from './nameCues';
import { NEWSPAPER_WORDS, ORG_HEADS } from '../lexicon/organizations';
import { HONORIFICS, TITLE_WORDS } from '../lexicon/people';

export { isAcronym } from './nameCues';

export function recogniseMentions(doc: Doc): Mention[] {
  const mentions: Mention[] = [];
  for (const run of findRuns(doc)) {
    for (const mention of classifyRun(doc, trimSentenceStart(doc, run))) mentions.push(mention);
  }
  return withGovernments(
    doc,
    withAcronymNames(
      doc,
      keepNamedHeads(mentions.filter((mention) => mention.last > mention.first)),
    ),
  );
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

function spanOf(doc: Doc, first: number, last: number) {
  const start = doc.tokens[first]?.start ?? 0;
  const end = doc.tokens[last - 1]?.end ?? 0;
  return { first, last, start, end, text: doc.body.slice(start, end) };
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
  // "the Labour Relations Act", "the Affordable Care Act": a law names no one.
  if (words.length >= 2 && /^(act|acts)$/.test(lower[lower.length - 1] ?? '')) return [];
  if (first === run.first && isOutletName(doc, run)) {
    return [{ ...spanOf(doc, first, last), type: 'organization', cued: true }];
  }
  // "Al Jazeera", "Sky News": a known name of several words, then whatever follows it.
  const known = knownOrganizationLength(words, 0);
  if (known > 0) {
    const org: Mention = { ...spanOf(doc, first, first + known), type: 'organization', cued: true };
    if (known === words.length) return [org];
    return [org, ...classifyRun(doc, { first: first + known, last, sentenceInitial: false })];
  }
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
    if (place && place.length === words.length)
      return [make(first, last, 'location', { place: place.place })];
    // "SINDHUPALCHOK, Nepal —", "LABUAN BAJO, Indonesia —": a town the gazetteer lacks.
    return unknownDatelinePlace(doc, titled, last) ? [make(first, last, 'location')] : [];
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

  // "Fishermen on Lake Malawi": a place after "on" that no head before it makes a body's field.
  const onAt = placeAfterOn(words, lower);
  if (onAt > 0) {
    return [
      ...classifyRun(doc, { first, last: first + onAt, sentenceInitial: run.sentenceInitial }),
      ...classifyRun(doc, { first: first + onAt + 1, last, sentenceInitial: false }),
    ];
  }
  // "Agriculture Cabinet Secretary Mohamed Abdi Hassan": "Cabinet Secretary" is a title.
  const headAt = lower.findIndex(
    (word, index) =>
      ORG_HEADS.has(word) &&
      !(word === 'cabinet' && /^(secretary|minister)$/.test(lower[index + 1] ?? '')),
  );
  // "the Daily Hive", "the Weekly Standard": a paper's name that opens with how often it comes out.
  if (words.length >= 2 && /^(daily|weekly)$/.test(lower[0] ?? '')) {
    return [make(first, last, 'organization')];
  }
  // "Manchester United", "Rivers United": a club ("United States" is no head: "United" only last).
  if (words.length >= 2 && lower[words.length - 1] === 'united') {
    return [make(first, last, 'organization')];
  }

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

  // "Energy Minister John Jinapor", "Police Commissioner Jane Mwangi": a portfolio that is also a
  // head of bodies' names, then a title, then a person's name.
  const titled = countLeading(lower, (word) => TITLE_WORDS.has(word));
  const portfolioTitle =
    headAt >= 0 &&
    titled > headAt &&
    titled < words.length &&
    !ORG_HEADS.has(lower[titled - 1] ?? '') &&
    !lower.slice(titled).some((word) => ORG_HEADS.has(word)) &&
    looksLikePersonName(words.slice(titled));
  if (headAt >= 0 && !portfolioTitle) {
    const headed = classifyHeadedRun(
      { doc, run, first, last, words, lower, make, classify: classifyRun },
      headAt,
    );
    if (headed) return headed;
  }

  return classifyNameRun({ doc, run, first, last, words, lower, make, classify: classifyRun });
}
