/**
 * Bodies that speak without a name the recogniser found: "Police said …" with no force named, and
 * "the Vox website", "Time magazine" (a name it missed, before a noun of its kind). Each becomes an
 * entity of its own, the same for every such phrase of the article, added after the entities found
 * in the text.
 */
import type { Cluster } from '../entities/types';
import { matchPlaceAt } from '../geo/gazetteer';
import { DETERMINERS } from '../lexicon/grammar';
import { startsSentence } from '../text/document';
import { isCapitalised } from '../text/tokens';
import { firstMentionFrom } from './pronouns';
import type { ResolveContext, SpeakerPhrase } from './types';

type OrgNounPhrase = Extract<SpeakerPhrase, { kind: 'org-noun' }>;

/** Bodies a report may name by a common noun alone: "Police said …" with no force named. */
const UNNAMED_BODIES = /(?:^|\s)(police|fire (?:service|brigade|department)|coast ?guard)$/;

/** What a ministry or department is for ("the health ministry", "the ministry of health"). */
const PORTFOLIOS =
  /^(health|foreign|interior|defence|defense|finance|education|justice|emergencies|emergency|agriculture|transport|energy|environment|labour|labor|trade|culture|tourism|information)$/;

/**
 * The portfolio of a ministry or department named by its noun: the word before the noun, or the
 * word after an "of" that follows it; `after` says which.
 */
export function portfolioOf(
  ctx: ResolveContext,
  phrase: OrgNounPhrase,
): { word: string; after: boolean } | undefined {
  if (!/^(ministry|department)$/.test(phrase.noun)) return undefined;
  const { tokens } = ctx.doc;
  const before = phrase.last - 2 >= phrase.first ? (tokens[phrase.last - 2]?.text ?? '') : '';
  if (PORTFOLIOS.test(before)) return { word: before, after: false };
  const after = tokens[phrase.last + 1]?.text ?? '';
  if (tokens[phrase.last]?.text === 'of' && PORTFOLIOS.test(after))
    return { word: after, after: true };
  return undefined;
}

/** The first token of the phrase after its determiners. */
function afterDeterminers(ctx: ResolveContext, phrase: OrgNounPhrase): number {
  const { tokens } = ctx.doc;
  let first = phrase.first;
  while (first < phrase.last && DETERMINERS.has(tokens[first]?.text.toLowerCase() ?? '')) first++;
  return first;
}

/** "county police said": the body is the police; the mention keeps its modifier. */
export function unnamedBody(ctx: ResolveContext, phrase: OrgNounPhrase): Cluster | undefined {
  const first = afterDeterminers(ctx, phrase);
  const words = ctx.doc.tokens.slice(first, phrase.last).map((token) => token.text.toLowerCase());
  const name = UNNAMED_BODIES.exec(words.join(' '))?.[1];
  if (name) return speakingBody(ctx, titleCase(name), phrase, first);
  // "the country's health ministry", "the ministry of health": a ministry of its own.
  const portfolio = portfolioOf(ctx, phrase);
  if (!portfolio) return undefined;
  const { word, after } = portfolio;
  const noun = phrase.noun;
  if (!after) return speakingBody(ctx, titleCase(`${word} ${noun}`), phrase, phrase.last - 2);
  const named = { ...phrase, last: phrase.last + 2 };
  return speakingBody(
    ctx,
    titleCase(`${noun} of ${word}`).replace(' Of ', ' of '),
    named,
    phrase.last - 1,
  );
}

/** Named as a body would be: "Health Ministry", "Fire Service". */
const titleCase = (name: string) =>
  name.replace(/(^|\s)\p{Ll}/gu, (initial) => initial.toUpperCase());

/**
 * "according to the Vox website", "Time magazine announced": capitalised words before the noun
 * name the body, though the recogniser missed them; the phrase without its determiner is its
 * name. Not a demonym or a place alone ("the French government", "the Texas company"), and not a
 * word capitalised only because it opens the sentence ("Opposition groups said").
 */
export function bodyNamedBeforeNoun(
  ctx: ResolveContext,
  phrase: OrgNounPhrase,
): Cluster | undefined {
  const { tokens } = ctx.doc;
  const first = afterDeterminers(ctx, phrase);
  const noun = phrase.last - 1;
  if (noun - first < 1 || noun - first > 4) return undefined;
  let named = false;
  for (let k = first; k < noun; k++) {
    const text = tokens[k]?.text ?? '';
    if (!tokens[k]?.word || !isCapitalised(text) || (ctx.mentionAt[k] ?? -1) >= 0) return undefined;
    if (!startsSentence(ctx.doc, k) && !matchPlaceAt([text], 0)) named = true;
  }
  if (!named) return undefined;
  const start = tokens[first]?.start ?? 0;
  const end = tokens[noun]?.end ?? start;
  return speakingBody(ctx, ctx.doc.body.slice(start, end), phrase, first);
}

/**
 * "The government of American Samoa said": the government of the place named after it, a body of
 * its own (the place keeps its own mention; the body's is the noun).
 */
export function governmentOfPlace(ctx: ResolveContext, phrase: OrgNounPhrase): Cluster | undefined {
  if (!/^(government|cabinet)$/.test(phrase.noun)) return undefined;
  const { tokens } = ctx.doc;
  // "The government said" after "the government of Oman announced …": the one named before.
  let noun = phrase.last - 1;
  if (tokens[noun + 1]?.text !== 'of') {
    do noun--;
    while (
      noun >= 0 &&
      phrase.first - noun < LOOKBACK &&
      !(tokens[noun]?.text.toLowerCase() === phrase.noun && tokens[noun + 1]?.text === 'of')
    );
  }
  const place = noun >= 0 ? mentionStartingAt(ctx, noun + 2) : undefined;
  if (place === undefined) return undefined;
  if (ctx.clusters[ctx.clusterOfMention[place] ?? -1]?.type !== 'location') return undefined;
  const start = tokens[noun]?.start ?? 0;
  const end = tokens[(ctx.mentionLast[place] ?? 0) - 1]?.end ?? start;
  const name = ctx.doc.body.slice(start, end);
  return speakingBody(ctx, name, phrase, phrase.last - 1);
}

/**
 * "The Trump administration said", "the Biden campaign said", "the Morrison government": the body a
 * person leads, named after them, a body of its own (the person keeps their mention; the body's is
 * the noun).
 */
export function bodyOfPerson(ctx: ResolveContext, phrase: OrgNounPhrase): Cluster | undefined {
  if (!/^(administration|government|campaign|cabinet|presidency)$/.test(phrase.noun))
    return undefined;
  const noun = phrase.last - 1;
  const mention = ctx.mentionAt[noun - 1] ?? -1;
  if (mention < 0 || noun - 1 < phrase.first) return undefined;
  if (ctx.clusters[ctx.clusterOfMention[mention] ?? -1]?.type !== 'person') return undefined;
  const { tokens } = ctx.doc;
  const start = tokens[ctx.mentionFirst[mention] ?? noun - 1]?.start ?? 0;
  const end = tokens[noun]?.end ?? start;
  return speakingBody(ctx, ctx.doc.body.slice(start, end), phrase, noun);
}

/** How far back (in tokens) "the government" looks for the government of a place named before. */
const LOOKBACK = 2000;

/** The mention that starts at `token`, if one does (mentions are in text order). */
function mentionStartingAt(ctx: ResolveContext, token: number): number | undefined {
  const m = firstMentionFrom(ctx, token);
  return ctx.mentionFirst[m] === token ? m : undefined;
}

/**
 * The body called `name` (capitalised; added once), with the phrase from token `first` as a
 * mention.
 */
function speakingBody(
  ctx: ResolveContext,
  name: string,
  phrase: OrgNounPhrase,
  first: number,
): Cluster | undefined {
  const { tokens } = ctx.doc;
  const canonical = name.charAt(0).toUpperCase() + name.slice(1);
  const start = tokens[first]?.start;
  const end = tokens[phrase.last - 1]?.end;
  if (start === undefined || end === undefined) return undefined;
  let body = ctx.clusters.find(
    (cluster) => cluster?.type === 'organization' && cluster.canonical === canonical,
  );
  if (!body) {
    body = {
      index: ctx.clusters.length,
      type: 'organization',
      forms: [canonical],
      mentions: [],
      keys: new Set([phrase.noun]),
      canonical,
    };
    ctx.clusters.push(body);
  }
  if (body.mentions.some((mention) => mention.first === first)) return body;
  body.mentions.push({
    first,
    last: phrase.last,
    start,
    end,
    text: ctx.doc.body.slice(start, end),
    type: 'organization',
    cued: true,
  });
  return body;
}
