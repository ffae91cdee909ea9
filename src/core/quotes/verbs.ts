/** Speech verbs where they stand in the text, for the quote finders. */
import { SPEECH_VERBS } from '../lexicon/speech';
import type { PhraseContext } from './speakerPhrase';

/**
 * The speech verb at token `v`, lower-cased, or undefined. A word inside a name is no verb: "United
 * States President X announced" has no "states", "Says Foundation" no "says".
 */
export function speechVerbAt(ctx: PhraseContext, v: number): string | undefined {
  const { tokens } = ctx.doc;
  const word = tokens[v]?.text.toLowerCase() ?? '';
  if (!SPEECH_VERBS.has(word) || (ctx.mentionAt[v] ?? -1) >= 0) return undefined;
  // "one of the stated goals", "the states that held elections": after a determiner the word is
  // an adjective or a noun.
  if (/^(the|a|an|its|his|her|their|our|these|those|this)$/i.test(tokens[v - 1]?.text ?? ''))
    return undefined;
  return word;
}
