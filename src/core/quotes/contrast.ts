/**
 * Two sides in one sentence: "Critics said A, while supporters said B", "X said A, but Y said B".
 * The reported clause found for the first speaker runs to the sentence's end and swallows the
 * second attribution; here it is cut before the connective, and the second clause becomes a quote
 * of its own, attributed to the speaker phrase after the connective.
 */
import type { Token } from '../text/tokens';
import { SPEECH_VERBS, VERB_ADVERBS, WEAK_SPEECH_VERBS } from '../lexicon/speech';
import { findThat, NOT_A_CLAUSE, skipAdjuncts, type Reported } from './clause';
import { speakerBefore, type PhraseContext } from './speakerPhrase';

/** Connectives that open a second, contrasting attribution; "and" only after a comma. */
const CONTRAST = new Set(['while', 'whereas', 'but', 'though', 'although', 'yet', 'and']);
/** How far after the connective the second speech verb may stand ("while the opposition leader said"). */
const MAX_PHRASE = 8;

export function splitContrast(ctx: PhraseContext, reported: Reported): Reported[] {
  const { tokens } = ctx.doc;
  const first = tokenAt(tokens, reported.start);
  let end = first;
  while (end < tokens.length && (tokens[end]?.end ?? Infinity) <= reported.end) end++;
  for (let c = first + 3; c < end - 4; c++) {
    const connective = tokens[c]?.text.toLowerCase() ?? '';
    if (!CONTRAST.has(connective)) continue;
    const comma = tokens[c - 1]?.text === ',' || tokens[c - 1]?.text === ';';
    if (!comma && (connective === 'and' || connective === 'yet')) continue;
    const second = secondAttribution(ctx, c + 1, end);
    if (!second) continue;
    let firstEnd = comma ? c - 1 : c;
    // "A, critics said, while supporters said B": the first attribution is not in the clause.
    const own = reported.speaker.first;
    if (own > first && own < firstEnd && tokens[own - 1]?.text === ',') firstEnd = own - 1;
    const head = tokens[first];
    const tail = tokens[firstEnd - 1];
    if (!head || !tail || firstEnd - first < 3) return [reported];
    return [{ ...reported, end: tail.end }, second];
  }
  return [reported];
}

/**
 * "Officials have not said why, but the ambassador says CLAUSE": a sentence whose only reported
 * clause follows a connective after a comma.
 */
export function laterAttribution(
  ctx: PhraseContext,
  first: number,
  last: number,
  regionOf: Int32Array,
): Reported | undefined {
  const { tokens } = ctx.doc;
  let end = last;
  while (end > first && /^[.!?…]$/.test(tokens[end - 1]?.text ?? '')) end--;
  for (let c = first + 3; c < end - 4; c++) {
    const connective = tokens[c]?.text.toLowerCase() ?? '';
    if ((regionOf[c] ?? -1) >= 0 || !CONTRAST.has(connective)) continue;
    const comma = tokens[c - 1]?.text === ',' || tokens[c - 1]?.text === ';';
    // "The broadcasts began on August 10 and South Korea says …": without a comma, a name speaks.
    if (!comma && (connective !== 'and' || (ctx.mentionAt[c + 1] ?? -1) < 0)) continue;
    const second = secondAttribution(ctx, c + 1, end);
    if (second && (comma || second.speaker.kind === 'mention')) return second;
  }
  return undefined;
}

function secondAttribution(ctx: PhraseContext, from: number, end: number): Reported | undefined {
  const { tokens } = ctx.doc;
  for (let v = from + 1; v < Math.min(end - 3, from + MAX_PHRASE); v++) {
    const word = tokens[v]?.text.toLowerCase() ?? '';
    if (!SPEECH_VERBS.has(word)) {
      if (!tokens[v]?.word) return undefined;
      continue;
    }
    const speaker = speakerBefore(ctx, v, from);
    if (!speaker || !onlyModifiers(tokens, from, speaker.first)) return undefined;
    let start = v + 1;
    while (VERB_ADVERBS.has(tokens[start]?.text.toLowerCase() ?? '')) start++;
    const thatAt = findThat(tokens, start, end);
    // "and it expects more": verbs of expecting or finding report a clause only with "that".
    if (thatAt < 0 && WEAK_SPEECH_VERBS.has(word)) return undefined;
    start = thatAt >= 0 ? thatAt + 1 : skipAdjuncts(tokens, start, end);
    if (NOT_A_CLAUSE.has(tokens[start]?.text.toLowerCase() ?? '.')) return undefined;
    const head = tokens[start];
    const tail = tokens[end - 1];
    if (!head || !tail || end - start < 3) return undefined;
    return { start: head.start, end: tail.end, at: v, speaker, cue: word };
  }
  return undefined;
}

/** "but opposition leader Marcus Delacroix said": a few lower-case words (titles, roles) may precede the name. */
function onlyModifiers(tokens: Token[], from: number, to: number): boolean {
  if (to < from || to - from > 3) return false;
  for (let i = from; i < to; i++) {
    const token = tokens[i];
    if (!token?.word || SPEECH_VERBS.has(token.text.toLowerCase()) || NOT_MODIFIER.test(token.text))
      return false;
  }
  return true;
}
const NOT_MODIFIER =
  /^(that|which|who|it|he|she|they|we|is|was|were|are|has|had|have|will|would|could|should|not|to|in|on|at|of|for|by|with|as)$/i;

function tokenAt(tokens: Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((tokens[mid]?.start ?? Infinity) < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
