/**
 * Who speaks through a participle: "Ghebreyesus expressed a similar view, saying "…"", "The
 * Reserve Bank held the rate, saying inflation is back" — the subject of the sentence.
 */
import { PRONOUNS } from '../lexicon/speech';
import { ORG_NOUNS, ROLE_NOUNS } from '../lexicon/speakerNouns';
import { phraseEndingAt, type PhraseContext, type SpeakerPhrase } from './speakerPhrase';

/** How far into the sentence its subject may start or end. */
const SUBJECT_WORDS = 4;

/**
 * The subject of the sentence opening at `first`, for the participle at `verb`: a name among its
 * first words (not a place, not a possessor: "Aukot's lawyer"), else a pronoun opening it, else a
 * role or a kind of body ("The minister", "The central bank").
 */
export function sayingSubject(
  ctx: PhraseContext,
  first: number,
  verb: number,
): SpeakerPhrase | undefined {
  const { tokens } = ctx.doc;
  const limit = Math.min(verb, first + SUBJECT_WORDS);
  for (let k = first; k < limit; k++) {
    const mention = ctx.mentionAt[k] ?? -1;
    if (mention < 0) continue;
    let last = k;
    while (ctx.mentionAt[last] === mention) last++;
    if (ctx.isPlace?.(k) || /^['’]s$/.test(tokens[last]?.text ?? '')) {
      k = last - 1;
      continue;
    }
    return { kind: 'mention', mention, first: k, last };
  }
  const opener = tokens[first]?.text.toLowerCase() ?? '';
  if (PRONOUNS[opener]) return { kind: 'pronoun', word: opener, first, last: first + 1 };
  for (let k = first; k < limit; k++) {
    const lower = tokens[k]?.text.toLowerCase() ?? '';
    if (ROLE_NOUNS.has(lower) || ORG_NOUNS.has(lower)) return phraseEndingAt(ctx, k, first);
  }
  return undefined;
}
