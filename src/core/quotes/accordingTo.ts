/**
 * "According to X, CLAUSE", "CLAUSE, according to X" and "According to X CLAUSE": X is the name
 * or phrase after "according to", the person closing a titled phrase, or the body that published
 * the figures it cites.
 */
import { span, type Reported } from './clause';
import { speakerAfter } from './speakerAfter';
import type { PhraseContext, SpeakerPhrase } from './speakerPhrase';

export function accordingTo(ctx: PhraseContext, first: number, end: number): Reported | undefined {
  const { tokens } = ctx.doc;
  for (let i = first; i < end - 2; i++) {
    if (tokens[i]?.text.toLowerCase() !== 'according' || tokens[i + 1]?.text.toLowerCase() !== 'to')
      continue;
    let comma = i + 2;
    while (comma < end && tokens[comma]?.text !== ',') comma++;
    // "according to Harbour Board chair Tomasz Wierzbicki,": a person closing the phrase speaks.
    const closing = nameEndingAt(ctx, i + 2, comma);
    // "according to figures published by the Federal Statistical Office": the named body, not
    // the figures.
    const after = speakerAfter(ctx, i + 1, comma);
    const speaker =
      (closing && ctx.isPerson?.(closing.first) ? closing : undefined) ??
      (after?.kind === 'generic' ? namedWithin(ctx, i + 2, comma) : undefined) ??
      after ??
      namedWithin(ctx, i + 2, comma) ??
      closing;
    if (!speaker) return undefined;
    if (i === first || (i === first + 1 && tokens[first]?.text === ',')) {
      // "According to Rathbun the property was returned …": no comma after the source.
      const from = clauseRightAfter(ctx, speaker, comma) ? speaker.last : comma + 1;
      const clause = span(tokens, from, end);
      return clause && { ...clause, at: i, speaker, cue: 'according to' };
    }
    if (tokens[i - 1]?.text === ',') {
      const clause = span(tokens, first, i - 1);
      return clause && { ...clause, at: i, speaker, cue: 'according to' };
    }
    // "Both companies have been in operation since the 1970s according to USA Today": no comma,
    // the source closing the sentence.
    if (comma >= end && i - first >= 4) {
      const clause = span(tokens, first, i);
      return clause && { ...clause, at: i, speaker, cue: 'according to' };
    }
    return undefined;
  }
  return undefined;
}

/** "according to Afghan Ambassador to the United States Hamdullah Mohib,": a name ends the phrase. */
function nameEndingAt(ctx: PhraseContext, from: number, comma: number): SpeakerPhrase | undefined {
  const mention = ctx.mentionAt[comma - 1] ?? -1;
  if (mention < 0 || comma - from > 12 || ctx.isPlace?.(comma - 1)) return undefined;
  let first = comma - 1;
  while (first > from && ctx.mentionAt[first - 1] === mention) first--;
  return { kind: 'mention', mention, first, last: comma };
}

/** Words that can open a clause right after a source's name ("the", "over 345", "it"). */
const CLAUSE_OPENS =
  /^(the|a|an|this|these|those|its|his|her|their|there|it|he|she|they|we|some|most|many|more|over|about|nearly|almost|only|no|\d[\d,.]*)$/i;

/** The clause starts right after the named source, with no comma (at least a few words before one). */
function clauseRightAfter(ctx: PhraseContext, speaker: SpeakerPhrase, comma: number): boolean {
  if (speaker.kind !== 'mention' || comma - speaker.last < 5) return false;
  return CLAUSE_OPENS.test(ctx.doc.tokens[speaker.last]?.text ?? '');
}

/** "according to figures published by the Federal Statistical Office": the named source. */
function namedWithin(ctx: PhraseContext, from: number, to: number): SpeakerPhrase | undefined {
  for (let i = from; i < to; i++) {
    const mention = ctx.mentionAt[i] ?? -1;
    if (mention < 0) continue;
    let before = i - 1;
    if (/^(the|a|an)$/i.test(ctx.doc.tokens[before]?.text ?? '')) before--;
    if (!/^(by|from|of)$/i.test(ctx.doc.tokens[before]?.text ?? '')) continue;
    let last = i;
    while (last < to && ctx.mentionAt[last] === mention) last++;
    return { kind: 'mention', mention, first: i, last };
  }
  return undefined;
}
