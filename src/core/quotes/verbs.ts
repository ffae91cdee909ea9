/** Speech verbs where they stand in the text, for the quote finders. */
import { SPEECH_VERBS } from '../lexicon/speech';
import type { PhraseContext } from './speakerPhrase';

/**
 * The speech verb at token `v`, lower-cased, or undefined. A word inside a name is no verb: "United
 * States President X announced" has no "states", "Says Foundation" no "says".
 */
export function speechVerbAt(ctx: PhraseContext, v: number): string | undefined {
  const word = ctx.doc.tokens[v]?.text.toLowerCase() ?? '';
  if (!SPEECH_VERBS.has(word) || (ctx.mentionAt[v] ?? -1) >= 0) return undefined;
  return word;
}
