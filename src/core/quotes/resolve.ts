/**
 * Speakers: each quote's speaker phrase becomes an entity of the article. Names map to their entity;
 * pronouns to the nearest earlier person (or organisation, for "they"/"it") that agrees in gender,
 * preferring the one quoted last; role nouns ("the minister") to the person holding that role;
 * organisation nouns ("the ministry") to the organisation whose name has that word. Quotes with no
 * phrase of their own inherit the speaker of the quotation they continue.
 */
import type { Cluster } from '../entities/types';
import { tokenAt, type Doc } from '../text/document';
import type { RawQuote, ResolveContext, ResolvedQuote } from './types';
import { attributeBackwards, attributeForwards } from './laterAttribution';
import type { SpeakerPhrase } from './speakerPhrase';
import { firstMentionFrom, resolvePersonPronoun } from './pronouns';
import {
  bodyNamedBeforeNoun,
  bodyOfPerson,
  governmentOfPlace,
  portfolioOf,
  unnamedBody,
} from './speakingBodies';
import { DETERMINERS } from '../lexicon/grammar';
import { KIN_GENDER } from '../lexicon/people';
import { SPOKES } from '../lexicon/speakerNouns';
import { isCommonWord } from '../lexicon/lexicon';
import { matchPlaceAt } from '../geo/gazetteer';

const WINDOW_TOKENS = 400;

export function resolveSpeakers(context: ResolveContext, quotes: RawQuote[]): ResolvedQuote[] {
  const ctx = { ...context, quoted: quotedTokens(context.doc, quotes) };
  const resolved: ResolvedQuote[] = [];
  let lastSpeaker: Cluster | undefined;
  let lastSpeakerAt = -Infinity;
  // Everyone quoted so far: the people a later unattributed quotation may go back to.
  const quotedSoFar = new Set<Cluster>();
  for (const quote of quotes) {
    let speaker: Cluster | undefined;
    if (quote.speaker)
      speaker = resolvePhrase(ctx, quote.speaker, { cluster: lastSpeaker, at: lastSpeakerAt });
    else if (quote.inherit) {
      const previous = resolved[resolved.length - 1];
      const sameParagraph = previous && previous.paragraph === quote.paragraph;
      if (quote.inherit === 'continuation' || sameParagraph) speaker = previous?.speakerCluster;
      else if (quote.at - lastSpeakerAt < WINDOW_TOKENS)
        speaker = quotedPersonJustBefore(ctx, quote, quotedSoFar) ?? lastSpeaker;
      // No one quoted yet: the person the paragraph before is about ("The mayor, Ana Ribeiro,
      // spoke first." then a paragraph in quotation marks).
      else if (quote.kind === 'direct') speaker = subjectBefore(ctx, quote.at);
    }
    if (speaker) {
      lastSpeaker = speaker;
      lastSpeakerAt = quote.at;
      quotedSoFar.add(speaker);
    }
    resolved.push({ ...quote, speakerCluster: speaker });
  }
  attributeForwards(resolved);
  attributeBackwards(resolved);
  return resolved;
}

/** The speaker of the last attributed quote, and the token where that quote stands. */
interface LastSpeaker {
  cluster: Cluster | undefined;
  at: number;
}

function resolvePhrase(
  ctx: ResolveContext,
  phrase: SpeakerPhrase,
  last: LastSpeaker,
): Cluster | undefined {
  switch (phrase.kind) {
    case 'mention': {
      const cluster = ctx.clusters[ctx.clusterOfMention[phrase.mention] ?? -1];
      return cluster;
    }
    case 'pronoun':
      return resolvePronoun(ctx, phrase.word, phrase.first, last);
    case 'role':
      return bodyOfMember(ctx, phrase) ?? resolveRole(ctx, phrase.noun, phrase.first, last.cluster);
    case 'org-noun':
      // "His legal team argued": a group around a person, not a body the article names.
      if (/^(his|her)$/i.test(ctx.doc.tokens[phrase.first]?.text ?? '')) return undefined;
      return (
        bodyNamedBeforeNoun(ctx, phrase) ??
        bodyOfPerson(ctx, phrase) ??
        governmentOfPlace(ctx, phrase) ??
        resolveOrgNoun(ctx, phrase) ??
        unnamedBody(ctx, phrase)
      );
    case 'generic':
      // "officials said": no one named, unless a word before names the body they serve.
      return bodyOfMember(ctx, phrase);
  }
}

/** Nouns for someone who speaks for the body they serve, unnamed ("a fire officer said"). */
const MEMBER_NOUNS = new Set([
  'official',
  'officials',
  'officer',
  'officers',
  'representative',
  'representatives',
  'source',
  'sources',
  'employee',
  'staffer',
]);

/**
 * "a fire officer said" after "the Delhi Fire Service", "a senior Labour official", "ministry
 * officials said": an unnamed member speaks for the body a word before the noun names — a body
 * mentioned there, or the nearest body before whose name holds that word. A named holder of the
 * role is asked first ("the official" may be a person named as one).
 */
function bodyOfMember(
  ctx: ResolveContext,
  phrase: Extract<SpeakerPhrase, { kind: 'role' | 'generic' }>,
): Cluster | undefined {
  const { tokens } = ctx.doc;
  const noun = tokens[phrase.last - 1]?.text.toLowerCase() ?? '';
  if (!MEMBER_NOUNS.has(noun)) return undefined;
  const modifiers: string[] = [];
  for (let k = phrase.first; k < phrase.last - 1; k++) {
    const cluster = ctx.clusters[ctx.clusterOfMention[ctx.mentionAt[k] ?? -1] ?? -1];
    const text = tokens[k]?.text ?? '';
    // "Local officials said": a word taken for a name because it opens the sentence is a word.
    if (cluster && !(cluster.canonical === text && isCommonWord(text)))
      return cluster.type === 'organization' ? cluster : undefined;
    const word = text.toLowerCase();
    // "Saudi officials": a people or place, not a word of a body's name.
    if (/^\p{L}{3,}$/u.test(word) && !DETERMINERS.has(word) && !matchPlaceAt([text], 0))
      modifiers.push(word);
  }
  if (modifiers.length === 0) return undefined;
  const holder = candidatesBefore(ctx, phrase.first, 'person').some(([cluster]) =>
    holdsRole(cluster, noun),
  );
  if (holder) return undefined;
  const body = candidatesBefore(ctx, phrase.first, 'organization').find(([cluster]) => {
    const words = cluster.canonical.toLowerCase().split(/\s+/);
    return modifiers.some((word) => words.includes(word));
  });
  return body?.[0];
}

/** Whether the person's stated role holds the noun ("Finance Minister" holds "minister"). */
function holdsRole(cluster: Cluster, noun: string): boolean {
  return (
    cluster.role
      ?.toLowerCase()
      .split(/[\s,]+/)
      .includes(noun) ?? false
  );
}

/** How far back (in tokens) antecedents are looked for: bounds the work on very long texts. */
const LOOKBACK_TOKENS = 3000;

/** People (or organisations) with a mention before token `at`, nearest first, with that distance. */
function candidatesBefore(ctx: ResolveContext, at: number, type: 'person' | 'organization') {
  // Mentions are in text order: find the last one before `at`, then walk back.
  const low = firstMentionFrom(ctx, at);
  const nearest = new Map<Cluster, number>();
  for (let m = low - 1; m >= 0; m--) {
    const distance = at - (ctx.mentionFirst[m] ?? 0);
    if (distance > LOOKBACK_TOKENS) break;
    const cluster = ctx.clusters[ctx.clusterOfMention[m] ?? -1];
    if (cluster?.type === type && !nearest.has(cluster)) nearest.set(cluster, distance);
  }
  return [...nearest.entries()].sort((a, b) => a[1] - b[1]);
}

function resolvePronoun(
  ctx: ResolveContext,
  word: string,
  at: number,
  last: LastSpeaker,
): Cluster | undefined {
  const lastSpeaker = last.cluster;
  if (word === 'they' || word === 'it' || word === 'we') {
    const orgs = candidatesBefore(ctx, at, 'organization');
    if (lastSpeaker?.type === 'organization') return lastSpeaker;
    const nearest = orgs[0];
    if (word !== 'they' && nearest && nearest[1] < WINDOW_TOKENS) return nearest[0];
    if (word === 'they' && nearest && nearest[1] < WINDOW_TOKENS / 2) return nearest[0];
    return undefined;
  }
  if (word === 'i') return lastSpeaker;
  return resolvePersonPronoun(
    { ...ctx, quoted: ctx.quoted ?? (() => false) },
    word === 'she' ? 'f' : 'm',
    at,
    last,
  );
}

/** The tokens inside direct quotations: names there are seldom what a pronoun stands for. */
function quotedTokens(doc: Doc, quotes: readonly RawQuote[]): (token: number) => boolean {
  const inside = new Uint8Array(doc.tokens.length);
  for (const quote of quotes) {
    if (quote.kind !== 'direct') continue;
    for (let t = tokenAt(doc, quote.start); (doc.tokens[t]?.start ?? Infinity) < quote.end; t++)
      inside[t] = 1;
  }
  return (token) => inside[token] === 1;
}

/** The person opening the last sentence before the paragraph of token `at`, if any. */
function subjectBefore(ctx: ResolveContext, at: number): Cluster | undefined {
  const index = ctx.doc.sentenceOf[at] ?? 0;
  const paragraph = ctx.doc.sentences[index]?.paragraph ?? 0;
  let previous = index - 1;
  while (previous >= 0 && ctx.doc.sentences[previous]?.paragraph === paragraph) previous--;
  const sentence = ctx.doc.sentences[previous];
  if (!sentence || sentence.paragraph !== paragraph - 1) return undefined;
  const subjects = recentSubjects(ctx, sentence.last - 1);
  const [only] = subjects;
  return subjects.size === 1 ? only : undefined;
}

/**
 * 'The home side had two cards, leaving Ingram unimpressed. "One of them was questionable."': a
 * quotation nobody is named for, after a sentence of its paragraph that names one person only, a
 * person quoted before in the article, is that person's rather than the last speaker's.
 */
function quotedPersonJustBefore(
  ctx: ResolveContext,
  quote: RawQuote,
  quotedSoFar: ReadonlySet<Cluster>,
): Cluster | undefined {
  if (quote.kind !== 'direct') return undefined;
  const { sentences, sentenceOf } = ctx.doc;
  const index = sentenceOf[quote.at] ?? 0;
  const before = sentences[index - 1];
  if (!before || before.paragraph !== quote.paragraph) return undefined;
  const people = new Set<Cluster>();
  for (let m = firstMentionFrom(ctx, before.first); m < ctx.mentionFirst.length; m++) {
    const first = ctx.mentionFirst[m] ?? 0;
    if (first >= quote.at) break;
    if (ctx.quoted?.(first)) continue;
    const cluster = ctx.clusters[ctx.clusterOfMention[m] ?? -1];
    if (cluster?.type === 'person') people.add(cluster);
  }
  const [only] = people;
  if (people.size !== 1 || !only) return undefined;
  return quotedSoFar.has(only) ? only : undefined;
}

/** People that open the sentence of token `at` or the one before it (their grammatical subjects). */
function recentSubjects(ctx: ResolveContext, at: number): Set<Cluster> {
  const subjects = new Set<Cluster>();
  const sentence = ctx.doc.sentenceOf[at] ?? 0;
  for (const index of [sentence - 1, sentence]) {
    const range = ctx.doc.sentences[index];
    if (!range) continue;
    const low = firstMentionFrom(ctx, range.first);
    const first = ctx.mentionFirst[low];
    if (first === undefined || first >= Math.min(range.last, range.first + 8) || first >= at)
      continue;
    const cluster = ctx.clusters[ctx.clusterOfMention[low] ?? -1];
    if (cluster?.type === 'person') subjects.add(cluster);
  }
  return subjects;
}

const POSSESSIVE_GENDER: Record<string, 'm' | 'f'> = { his: 'm', her: 'f' };

function resolveRole(
  ctx: ResolveContext,
  noun: string,
  at: number,
  lastSpeaker: Cluster | undefined,
): Cluster | undefined {
  const people = candidatesBefore(ctx, at, 'person');
  if (noun === 'year-old') return people[0]?.[0];
  const holder = people.find(([cluster]) => holdsRole(cluster, noun));
  if (holder) return holder[0];
  // The phrase may start at its determiner or after it (an inversion: "according to a …").
  const { tokens } = ctx.doc;
  const opener =
    (DETERMINERS.has(tokens[at]?.text.toLowerCase() ?? '')
      ? tokens[at]
      : tokens[at - 1]
    )?.text.toLowerCase() ?? '';
  // "according to a family spokesperson": someone new, not a person named before.
  if (opener === 'a' || opener === 'an') return undefined;
  // '"…," an Interpol spokesperson stated. The spokesperson added …': no one holds the role by
  // name, and the body the spokesperson spoke for speaks again.
  if (SPOKES.has(noun) && lastSpeaker?.type === 'organization') return lastSpeaker;
  // "The father said", "his widow said": the one person of that sex named so far — but in "his
  // surviving father says" the one man named is the son "his" stands for.
  const kin = KIN_GENDER[noun];
  if (kin && POSSESSIVE_GENDER[opener] === kin) return undefined;
  if (kin) {
    const ofSex = people.filter(([cluster]) => cluster.gender === kin);
    return ofSex.length === 1 ? ofSex[0]?.[0] : undefined;
  }
  // One person in the article with an unstated role: the role most likely is theirs.
  if (people.length === 1) return people[0]?.[0];
  return lastSpeaker?.type === 'person' && !lastSpeaker.role ? lastSpeaker : undefined;
}

/** Words in organisation names that tell their kind, for the nouns that do not name it. */
const ORG_KIND: Record<string, RegExp> = {
  club: /\b(FC|CF|AFC|SC|AC|United|City|Club|Rovers|Wanderers)\b/,
  company: /\b(Limited|Ltd|Inc|Corp|Corporation|Group|Holdings|PLC|plc|LLC|GmbH|SA|AG)\b/,
  firm: /\b(Limited|Ltd|Inc|Corp|Corporation|Group|Holdings|PLC|plc|LLC|GmbH|SA|AG|Partners)\b/,
  team: /\b(FC|CF|United|City|Club|Team)\b/,
};

function resolveOrgNoun(
  ctx: ResolveContext,
  phrase: Extract<SpeakerPhrase, { kind: 'org-noun' }>,
): Cluster | undefined {
  const { noun, first: at } = phrase;
  const orgs = candidatesBefore(ctx, at, 'organization');
  // "the health ministry said" is not the Foreign Ministry named before.
  const portfolio = portfolioOf(ctx, phrase)?.word;
  const ofKind = (cluster: Cluster) => {
    const words = cluster.canonical.toLowerCase().split(/[^\p{L}]+/u);
    return words.includes(noun) && (!portfolio || words.includes(portfolio));
  };
  const named = orgs.find(([cluster]) => ofKind(cluster));
  if (named) return named[0];
  // A lead sentence often names the body only later ("…, the union said." then "The Korean Metal
  // Workers' Union said …"): take the first organisation of that kind in the article.
  const later = ctx.clusters.find((cluster) => cluster?.type === 'organization' && ofKind(cluster));
  if (later) return later;
  if (portfolio) return undefined;
  // "the club said" for FC Barcelona, "the company said" for Porgera Limited.
  const kind = ORG_KIND[noun];
  if (kind) {
    const ofKind = orgs.find(([cluster]) => kind.test(cluster.canonical));
    if (ofKind) return ofKind[0];
  }
  if (
    /^(company|firm|group|operator|airline|insurer|lender|miner|producer|manufacturer|retailer|utility)$/.test(
      noun,
    )
  ) {
    return orgs[0]?.[0];
  }
  // "the agency said" with no agency named: the body named next in the lead, else the last one.
  const next = namedNext(ctx, at);
  if (next) return next;
  const nearest = orgs[0];
  if (!nearest) return undefined;
  // "The website further reported …": an outlet is the one named last.
  if (
    /^(agency|organisation|organization|body|institution|website|outlet|newspaper|magazine|tabloid|channel|broadcaster|network)$/.test(
      noun,
    )
  )
    return nearest[1] < WINDOW_TOKENS ? nearest[0] : undefined;
  // "Athletics Kenya will double the tests, the federation said": the body named in the same
  // sentence, unless the noun is one of the state ("the government said" is not the union's).
  if (STATE_NOUNS.test(noun)) return undefined;
  const sameSentence = ctx.doc.sentenceOf[at] === ctx.doc.sentenceOf[at - nearest[1]];
  return sameSentence ? nearest[0] : undefined;
}

/**
 * A lead names a body by its kind and the next sentences by its name ("…, the agency that runs the
 * national parks said." then "The National Forest Corporation …"): in the opening paragraph, the
 * first organisation named soon after the phrase.
 */
function namedNext(ctx: ResolveContext, at: number): Cluster | undefined {
  const sentence = ctx.doc.sentences[ctx.doc.sentenceOf[at] ?? -1];
  if (!sentence || sentence.paragraph > 0) return undefined;
  // Token starts are whole numbers: the first mention after `at` starts at or after at + 1.
  for (let m = firstMentionFrom(ctx, at + 1); m < ctx.mentionFirst.length; m++) {
    if ((ctx.mentionFirst[m] ?? 0) - at > NAMED_NEXT_TOKENS) break;
    const cluster = ctx.clusters[ctx.clusterOfMention[m] ?? -1];
    // "The fire service indicated on Twitter …": a medium is not the body.
    const before = ctx.doc.tokens[(ctx.mentionFirst[m] ?? 0) - 1]?.text ?? '';
    if (cluster?.type === 'organization' && !/^(on|via)$/i.test(before)) return cluster;
  }
  return undefined;
}
const NAMED_NEXT_TOKENS = 60;
const STATE_NOUNS =
  /^(government|administration|ministry|department|council|court|police|army|military|navy|parliament|senate|assembly|cabinet|embassy|office|tribunal|regulator|authority|service|forces|force)$/;
