/** Speech verbs where they stand in the text, for the quote finders. */
import { SPEECH_VERBS, VERB_ADVERBS } from '../lexicon/speech';
import { isDictionaryWord } from '../lexicon/dictionary';
import type { PhraseContext } from './types';

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
  // "Seven member states had bid", "the claims were false": a plural noun before an auxiliary.
  if (
    /s$/.test(word) &&
    /^(had|have|were|are|will|would|could|can|may|might|must|did|do)$/i.test(
      tokens[v + 1]?.text ?? '',
    )
  )
    return undefined;
  return word;
}

/**
 * Whether a word may stand between a speaker and the speech verb, or right after the verb: the
 * listed adverbs and auxiliaries, and any adverb in -ly made from a word of the dictionary
 * ("consistently", "angrily"; not "family" or "assembly").
 */
export function isVerbAdverb(text: string): boolean {
  const lower = text.toLowerCase();
  if (VERB_ADVERBS.has(lower)) return true;
  if (lower !== text || lower.length < 6 || !lower.endsWith('ly')) return false;
  const stem = lower.slice(0, -2);
  return (
    isDictionaryWord(stem) || (stem.endsWith('i') && isDictionaryWord(`${stem.slice(0, -1)}y`))
  );
}
