/**
 * The reported clause after a speech verb: where it starts (after an addressee, "that", or a
 * short adjunct such as "on Tuesday" or "in a statement") and which words never start one.
 */
import type { Token } from '../text/tokens';
import { SPEECH_VERBS, WEAK_SPEECH_VERBS } from '../lexicon/speech';
import { isVerbForm } from '../lexicon/lexicon';
import type { PhraseContext, SpeakerPhrase } from './speakerPhrase';
import { ADJUNCT_START } from '../lexicon/grammar';

export interface Reported {
  start: number;
  end: number;
  at: number;
  speaker: SpeakerPhrase;
  cue: string;
}

/**
 * A finder of reported speech: the clause a speech verb reports within tokens first…end-1 of one
 * sentence group (`regionOf` marks tokens inside quotation marks), or undefined.
 */
export type ReportFinder = (
  ctx: PhraseContext,
  first: number,
  end: number,
  regionOf: Int32Array,
) => Reported | undefined;

export function span(
  tokens: Token[],
  from: number,
  to: number,
): { start: number; end: number } | undefined {
  const head = tokens[from];
  const tail = tokens[to - 1];
  if (!head || !tail || to - from < 3) return undefined;
  return { start: head.start, end: tail.end };
}

export function skipAddressee(ctx: PhraseContext, from: number, end: number): number {
  const { tokens } = ctx.doc;
  let i = from;
  const mention = ctx.mentionAt[i] ?? -1;
  // A comma may stand before the clause ("told CNN, neighbours came to help").
  const afterComma = (at: number) => (tokens[at]?.text === ',' && at > from ? at + 1 : at);
  if (mention >= 0) {
    while (i < end && ctx.mentionAt[i] === mention) i++;
    // "told Brussels-based media network EURACTIV safety procedures had been followed": the place
    // describes the addressee, named a few words on.
    if (tokens[i]?.text === '-' && /^based$/i.test(tokens[i + 1]?.text ?? '')) {
      for (let k = i + 2; k < Math.min(end, i + 7); k++) {
        const named = ctx.mentionAt[k] ?? -1;
        if (named < 0) continue;
        while (k < end && ctx.mentionAt[k] === named) k++;
        return afterComma(k);
      }
    }
    return afterComma(i);
  }
  let limit = Math.min(end, i + 4);
  while (
    i < limit &&
    /^(the|a|an|local|foreign|visiting|assembled|gathered|state|national|news|public)$/i.test(
      tokens[i]?.text ?? '',
    )
  ) {
    i++;
    limit = Math.min(end, limit + 1);
  }
  if (i < end && tokens[i]?.word) i++;
  if (
    /^(conference|briefing|meeting|agency|broadcaster|radio|television|newspaper|station)$/i.test(
      tokens[i]?.text ?? '',
    )
  )
    i++;
  return afterComma(i);
}

export function findThat(tokens: Token[], from: number, end: number): number {
  for (let i = from; i < Math.min(end, from + 12); i++) {
    const text = tokens[i]?.text ?? '';
    if (text.toLowerCase() === 'that') {
      // "agreed on a line … that would make the sea …": after a noun and before a verb, "that"
      // opens a relative clause of the noun, not what was said.
      const relative = i > from && RELATIVE_VERB.test(tokens[i + 1]?.text ?? '');
      return relative ? -1 : i;
    }
    if (!tokens[i]?.word || SPEECH_VERBS.has(text.toLowerCase())) return -1;
    // "confirmed to the stock exchange that …": an addressee after "to" may be any words.
    const opener = tokens[from]?.text.toLowerCase() ?? '';
    if (i > from && !ADJUNCT_LIKE.test(text) && !ADJUNCT_START.has(opener) && opener !== 'to')
      return -1;
  }
  return -1;
}
const RELATIVE_VERB =
  /^(would|will|could|can|may|might|should|must|is|was|are|were|has|had|have)$/i;
const ADJUNCT_LIKE =
  /^(view|belief|position|stance|hope|fear|concern|confidence|conviction|opinion|on|in|at|a|an|the|statement|interview|news|conference|briefing|press|release|post|letter|speech|report|monday|tuesday|wednesday|thursday|friday|saturday|sunday|last|this|week|month|year|earlier|later|today|yesterday|during|visit|meeting|televised|address|written|social|media|video|told|reporters|parliament|his|her|their|its|of|to|with|[A-Z].*)$/;

export function skipAdjuncts(tokens: Token[], from: number, end: number): number {
  let i = from;
  // "on Tuesday", "in a statement", "last week", "today" — short phrases before the clause.
  while (i < end && ADJUNCT_START.has(tokens[i]?.text.toLowerCase() ?? '')) {
    const word = tokens[i]?.text.toLowerCase() ?? '';
    i++;
    if (
      /^(today|yesterday|tonight|recently|previously|also|again|repeatedly|publicly|privately|separately|overnight|earlier|later)$/.test(
        word,
      )
    )
      continue;
    let steps = 0;
    while (
      i < end &&
      steps < 4 &&
      // "reported on Sunday the Iowa party had …": a determiner after the phrase opens the clause.
      !(steps > 0 && /^(a|an|the)$/i.test(tokens[i]?.text ?? '')) &&
      /^(a|an|the|statement|interview|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|night|morning|evening|afternoon|weekend|briefing|conference|press|news|release|speech|meeting|video|post|address|\d+)$/i.test(
        tokens[i]?.text ?? '',
      )
    ) {
      i++;
      steps++;
    }
    // "told reporters in Jakarta the purchase would …": a place after "in"/"at".
    // "indicated on Twitter the baby was …", "said on Voice of America's South Sudan in Focus
    // programme "…"": the medium, named.
    if (steps === 0 && /^(on|via)$/.test(word) && MEDIA.test(tokens[i]?.text ?? '')) i++;
    else if (steps === 0 && /^(on|via)$/.test(word) && /^\p{Lu}/u.test(tokens[i]?.text ?? ''))
      while (i < end && MEDIUM_NAME.test(tokens[i]?.text ?? '')) i++;
    if (steps === 0 && /^(in|at|from)$/.test(word)) {
      const placeStart = i;
      while (i < end && i - placeStart < 3 && /^\p{Lu}\p{Ll}/u.test(tokens[i]?.text ?? '')) i++;
    }
    if (tokens[i]?.text === ',') i++;
  }
  return i;
}

/** The words of a named programme or outlet after "on": capitals, "of", "in", "'s" and its kind. */
const MEDIUM_NAME =
  /^(\p{Lu}[\p{L}-]*|of|in|the|['’]s|programme|program|show|radio|television|channel|podcast|broadcast)$/u;
/** Platforms and media a speaker says something on (one list for both uses below). */
const PLATFORMS = 'Twitter|Facebook|Instagram|YouTube|TikTok|Weibo';
const MEDIA = new RegExp(`^(${PLATFORMS}|Telegram|WhatsApp|television|radio)$`);

const SUBJECT_PRONOUNS = /^(he|she|it|they|we|i|you|there)$/i;
const FINITE_VERBS =
  /^(is|are|was|were|has|have|had|will|would|could|should|can|may|might|must|did|does|do|said|says|remains|remained)$/i;
const NOT_BEFORE_VERB = /^(the|a|an|its|his|her|their|our|this|that|these|those|to|of)$/i;

/**
 * Whether the words from `from` read as a finite clause: a subject pronoun and a word after it
 * ("he had asked"), or a short subject and a finite or past-tense verb within the next words
 * ("the two explosions are related", "Iran issued warrants"); a noun phrase alone ("a new
 * initiative", "its intention to run") is none.
 */
export function looksLikeClause(tokens: Token[], from: number, end: number): boolean {
  const first = tokens[from];
  // "have noted …": a verb phrase without its subject.
  if (!first?.word || FINITE_VERBS.test(first.text)) return false;
  // "she and her family had received …": a pronoun and a second subject read on to the verb.
  if (SUBJECT_PRONOUNS.test(first.text) && !/^(and|or)$/i.test(tokens[from + 1]?.text ?? ''))
    return tokens[from + 1]?.word === true && !/^(to|of)$/i.test(tokens[from + 1]?.text ?? '');
  let limit = Math.min(end, from + 13);
  let interrupted = false;
  for (let i = from + 1; i < limit; i++) {
    const text = tokens[i]?.text ?? '';
    if (!tokens[i]?.word) {
      // "Monday's attack", "the U.S.-led force", "92% had been": possessives, hyphens and
      // figures stay in the subject.
      if (/^(['’]s|['’]|-|%|\$)$/.test(text)) continue;
      // "officials, following an investigation, stated …": one short aside set off by commas.
      const close = text === ',' && !interrupted ? asideEnd(tokens, i, end) : -1;
      if (close < 0) return false;
      interrupted = true;
      limit = Math.min(end, limit + (close - i) + 1);
      i = close;
      continue;
    }
    // "the locations that would be given …": a relative clause inside a noun phrase.
    if (/^(that|which|who|whom|whose|where|when|whether|if)$/i.test(text)) return false;
    if (FINITE_VERBS.test(text)) return true;
    const previous = tokens[i - 1]?.text ?? '';
    if (!tokens[i - 1]?.word || NOT_BEFORE_VERB.test(previous)) continue;
    // "announced the schedule … and followed it up": a second verb of the speaker's, no clause.
    if (/^(and|or|but)$/i.test(previous) && /^\p{Ll}+ed$/u.test(text)) return false;
    // "Iran issued warrants", "Biden only won", "Mahan flies fighters": a past tense, a verb the
    // word list knows, or a verb in -s right after a name.
    if (/^\p{Ll}+ed$/u.test(text) || isVerbForm(text)) return true;
    if (/^\p{Ll}+s$/u.test(text) && /^\p{Lu}/u.test(previous) && i === from + 1) return true;
  }
  return false;
}

/** The comma closing a short aside that opens at the comma `open` ("…, following an inquiry, …"), or -1. */
function asideEnd(tokens: Token[], open: number, end: number): number {
  for (let i = open + 2; i < Math.min(end, open + 8); i++) {
    const text = tokens[i]?.text ?? '';
    if (text === ',')
      return FINITE_VERBS.test(tokens[i + 1]?.text ?? '') ||
        isVerbForm(tokens[i + 1]?.text ?? '') ||
        /^\p{Ll}+ed$/u.test(tokens[i + 1]?.text ?? '')
        ? i
        : -1;
    if (!tokens[i]?.word) return -1;
  }
  return -1;
}

/** Whether tokens [from, to) hold a finite verb ("was", "have", "rose", "killed"). */
export function hasVerb(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const text = tokens[i]?.text ?? '';
    if (FINITE_VERBS.test(text) || isVerbForm(text)) return true;
    const previous = tokens[i - 1]?.text ?? '';
    if (
      /^\p{Ll}{3,}(?:ed|s)$/u.test(text) &&
      !/^(the|a|an|its|his|her|their|of|in|on)$/i.test(previous)
    )
      return true;
  }
  return false;
}

/** Weak verbs that report a clause when one follows ("announced the plan" reports nothing). */
export const REPORTS_A_CLAUSE =
  /^(announced|announces|confirmed|confirms|revealed|reveals|reported|reports|estimated|estimates|predicted|predicts|forecast|forecasts|projected|calculated|wrote|writes|posted|promised|pledged|vowed|denied|denies|tells|add|agreed|agrees|answered|underlined|highlighted|signalled|signaled)$/;

/** Strong verbs that often take a noun ("declared a state of emergency", "claimed responsibility"). */
const TAKES_AN_OBJECT =
  /^(conceded|concedes|noted|notes|declared|declares|claimed|claims|admitted|admits|acknowledged|acknowledges|stressed|stresses|emphasised|emphasized|reiterated|tweeted|disclosed|discloses|recalled|recalls|suggested|suggests|indicated|indicates|highlighted)$/;

/**
 * Where the clause that speech verb `word` reports starts, looking from `from` (after the verb and
 * any addressee), or -1 when it reports none: after "that" (and a comma: "reported that, in July,
 * …"), else after short adjuncts; a verb that also takes a noun reports only a clause that shows
 * itself ("announced he had asked …", "estimated this would take a day").
 */
export function clauseStart(tokens: Token[], word: string, from: number, end: number): number {
  from = pastCitation(tokens, from, end);
  // "has described how the soldiers beat her": an account, reported as a clause.
  if (tokens[from]?.text.toLowerCase() === 'how' && RECOUNTS.test(word)) return from;
  const thatAt = findThat(tokens, from, end);
  if (thatAt >= 0) return tokens[thatAt + 1]?.text === ',' ? thatAt + 2 : thatAt + 1;
  const start = skipAdjuncts(tokens, from, end);
  if (!WEAK_SPEECH_VERBS.has(word) && !TAKES_AN_OBJECT.test(word)) return start;
  if (WEAK_SPEECH_VERBS.has(word) && !REPORTS_A_CLAUSE.test(word)) return -1;
  // "estimated this would take …": "this" is the subject, not an adjunct ("this week").
  if (looksLikeClause(tokens, start, end)) return start;
  if (looksLikeClause(tokens, from, end)) return from;
  const afterComma = pastAdjunctComma(tokens, from, end);
  return afterComma >= 0 && looksLikeClause(tokens, afterComma, end) ? afterComma : -1;
}

/** Verbs that give an account of how something happened. */
export const RECOUNTS =
  /^(described|describes|explained|explains|recounted|recounts|detailed|details)$/;

/** "reported, citing Johns Hopkins University data, there were …": past the source it cites. */
function pastCitation(tokens: Token[], from: number, end: number): number {
  if (tokens[from]?.text !== ',' || !/^(citing|quoting)$/i.test(tokens[from + 1]?.text ?? ''))
    return from;
  for (let i = from + 2; i < Math.min(end, from + 14); i++) {
    const text = tokens[i]?.text ?? '';
    if (text === ',') return i + 1;
    if (/^[.;:"“”]$/.test(text)) return from;
  }
  return from;
}

/**
 * "announced via Twitter around 11:30 am (1830 UTC), phase one had …", "reported in mid-2019,
 * 62 outlets had closed": a longer adjunct that a comma closes, or -1.
 */
function pastAdjunctComma(tokens: Token[], from: number, end: number): number {
  if (
    !/^(via|on|in|at|around|during|after|before|through|from|late|early|earlier|later)$/i.test(
      tokens[from]?.text ?? '',
    )
  )
    return -1;
  for (let i = from + 1; i < Math.min(end, from + 14); i++) {
    const text = tokens[i]?.text ?? '';
    if (text === ',') return i + 1;
    // "11:30 am": a colon between figures is part of a time.
    const inTime = text === ':' && /^\d/.test(tokens[i + 1]?.text ?? '');
    if ((/^[.;:"“”]$/.test(text) && !inTime) || /^(that|which|who)$/i.test(text)) return -1;
  }
  return -1;
}

/** Where a reported clause ends before a medium or occasion that closes the sentence. */
const TRAILING_MEDIUM = new RegExp(
  `^(?:on (?:${PLATFORMS}|social media|television|radio)|in an? (?:statement|tweet|post|interview|video|letter))$`,
);

/** `end` pulled back over a closing "on Twitter" or "in a statement". */
export function withoutTrailingMedium(tokens: Token[], start: number, end: number): number {
  for (const size of [4, 3, 2]) {
    if (end - size <= start + 2) continue;
    const words = tokens
      .slice(end - size, end)
      .map((token) => token.text)
      .join(' ');
    if (TRAILING_MEDIUM.test(words)) return end - size;
  }
  return end;
}
