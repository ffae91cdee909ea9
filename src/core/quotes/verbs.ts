/** Speech verbs where they stand in the text, for the quote finders. */
import { SPEECH_VERBS, VERB_ADVERBS } from '../lexicon/speech';
import { isDictionaryWord } from '../lexicon/dictionary';
import { VOICE_NOUNS } from '../lexicon/speakerNouns';
import type { PhraseContext } from './types';

/**
 * The speech verb at token `v`, lower-cased, or undefined. A word inside a name is no verb: "United
 * States President X announced" has no "states", "Says Foundation" no "says".
 */
export function speechVerbAt(ctx: PhraseContext, v: number): string | undefined {
  const { tokens } = ctx.doc;
  const word = tokens[v]?.text.toLowerCase() ?? '';
  if ((ctx.mentionAt[v] ?? -1) >= 0) return undefined;
  if (word === 'read' || word === 'reads') return readsAWrittenVoice(ctx, v) ? word : undefined;
  if (!SPEECH_VERBS.has(word)) return undefined;
  // "one of the stated goals", "the states that held elections": after a determiner the word is
  // an adjective or a noun.
  if (/^(the|a|an|its|his|her|their|our|these|those|this)$/i.test(tokens[v - 1]?.text ?? ''))
    return undefined;
  // "urged states not to …", "funding for states": a plural noun after a verb in the past or a
  // preposition.
  const previous = tokens[v - 1]?.text ?? '';
  if (
    /s$/.test(word) &&
    (/^\p{Ll}+ed$/u.test(previous) || /^(to|for|of|in|by|with|from|on)$/.test(previous))
  )
    return undefined;
  // "Seven member states had bid", "the claims were false", "as states began to relax": a
  // plural noun before an auxiliary or a verb in the past (irregular ones: "-ed" may be an
  // adjective, as in "the report states increased costs …").
  if (/s$/.test(word) && NOT_AFTER_A_VERB.test(tokens[v + 1]?.text ?? '')) return undefined;
  return word;
}

const NOT_AFTER_A_VERB =
  /^(had|have|were|are|will|would|could|can|may|might|must|did|do|began|became|went|came|took|made|got|gave|grew|rose|fell|kept|held|met|ran|sent|spent)$/i;

/**
 * "Stardom's official statement yesterday read "…"", ""…," reads Judge Miller's statement": "read"
 * reports speech only with a statement, letter or post as its subject or right after it.
 */
function readsAWrittenVoice(ctx: PhraseContext, v: number): boolean {
  const { tokens } = ctx.doc;
  // The statement must be someone's ("Judge Miller's statement", "an AEW press release", "their
  // letter"): "reads the report" leaves the speaker to the paragraph around it.
  const isVoice = (k: number) => {
    if (!VOICE_NOUNS.has(tokens[k]?.text.toLowerCase() ?? '')) return false;
    for (let b = k - 1; b >= k - 3 && b >= 0; b--) {
      const text = tokens[b]?.text ?? '';
      if (/^(['’]s|his|her|their|its|our)$/i.test(text) || /^\p{Lu}/u.test(text)) return true;
      if (!/^\p{Ll}+$/u.test(text) || /^(the|a|an)$/.test(text)) return false;
    }
    return false;
  };
  let before = v - 1;
  while (before > v - 3 && isVerbAdverb(tokens[before]?.text ?? '')) before--;
  if (isVoice(before)) return true;
  if (/^it$/i.test(tokens[before]?.text ?? '') && releasedJustBefore(ctx, before)) return true;
  for (let k = v + 1; k <= v + 6 && /^[\p{L}'’-]+$/u.test(tokens[k]?.text ?? ''); k++)
    if (isVoice(k)) return true;
  return false;
}

/** "The federation released a statement on the arrest. It read, "…"": a statement put out in the sentence before. */
function releasedJustBefore(ctx: PhraseContext, it: number): boolean {
  const { tokens, sentenceOf, sentences } = ctx.doc;
  const sentence = sentences[(sentenceOf[it] ?? 0) - 1];
  if (!sentence || sentences[sentenceOf[it] ?? 0]?.first !== it) return false;
  for (let k = sentence.first; k < sentence.last; k++) {
    if (!VOICE_NOUNS.has(tokens[k]?.text.toLowerCase() ?? '')) continue;
    for (let b = k - 1; b >= Math.max(sentence.first, k - 4); b--)
      if (RELEASED.test(tokens[b]?.text ?? '')) return true;
  }
  return false;
}
const RELEASED = /^(released|issued|published|posted|sent|shared|tweeted)$/i;

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
