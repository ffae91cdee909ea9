/**
 * Feature-style attribution after a quotation, with no speech verb next to the marks:
 * '"…" That was how Mele Tuilagi, a fisherman, described the storm.', '"…," was how Ana Kata put
 * it.', '"…" The words were Ana Kata's.', '"…" Those were the words of Ana Kata.', '"…" So
 * says Ana Kata.', and '"…." Ana Kata said.' (a full stop where a comma belongs), also with an
 * addressee or a time after the verb ('"…!" Ana Kata told reporters on Friday.').
 */
import type { PhraseContext, SpeakerPhrase } from './speakerPhrase';
import { HOW_VERBS } from '../lexicon/speech';

/**
 * The speaker named by the words in [first, last) (outside quotation marks) in one of the forms
 * above, or undefined. `regionOf` marks tokens inside quotation marks (>= 0).
 */
export function featureStyleSpeaker(
  ctx: PhraseContext,
  first: number,
  last: number,
  regionOf: Int32Array,
): SpeakerPhrase | undefined {
  const { tokens } = ctx.doc;
  const lower = (index: number) => tokens[index]?.text.toLowerCase() ?? '';
  let i = first;
  while (i < last && (lower(i) === ',' || (regionOf[i] ?? -1) >= 0)) i++;
  if (i >= last) return undefined;
  // "That was how X described it", "was how X put it", "This is how X sees it".
  if (/^(that|this|such|it)$/.test(lower(i))) i++;
  if (/^(was|is)$/.test(lower(i)) && lower(i + 1) === 'how') {
    const person = personAt(ctx, i + 2, last);
    if (!person) return undefined;
    for (let k = person.last; k < last; k++) {
      if ((regionOf[k] ?? -1) >= 0) return undefined;
      if (HOW_VERBS.has(lower(k))) return person;
    }
    return undefined;
  }
  // '"… a trial." Pelosi said.': an attribution the writer stopped with a full stop.
  const bare = bareAttribution(ctx, i, last);
  if (bare) return bare;
  // "The words were Ana Kata's", "Those words were those of Ana Kata", "So said Ana Kata".
  if (lower(i) === 'so' && /^(said|says)$/.test(lower(i + 1))) return personAt(ctx, i + 2, last);
  // "Those were the words of X".
  if (
    /^(those|these|such)$/.test(lower(i)) &&
    /^(were|are)$/.test(lower(i + 1)) &&
    lower(i + 2) === 'the' &&
    lower(i + 3) === 'words' &&
    /^(of|from)$/.test(lower(i + 4))
  )
    return personAt(ctx, i + 5, last);
  if (/^(the|those|these)$/.test(lower(i)) && lower(i + 1) === 'words') {
    let k = i + 2;
    if (!/^(were|are|came)$/.test(lower(k))) return undefined;
    k++;
    if (/^(those|from)$/.test(lower(k))) k++;
    if (lower(k) === 'of') k++;
    return personAt(ctx, k, last);
  }
  return undefined;
}

/** A person's mention starting at token `at` (before `last`). */
function personAt(ctx: PhraseContext, at: number, last: number): SpeakerPhrase | undefined {
  const mention = ctx.mentionAt[at] ?? -1;
  if (mention < 0 || at >= last || !(ctx.isPerson?.(at) ?? true)) return undefined;
  let end = at;
  while (end < last && ctx.mentionAt[end] === mention) end++;
  return { kind: 'mention', mention, first: at, last: end };
}

/**
 * A sentence that is only "X said." or "said X." (X a person named, or "he" or "she"), or "X told
 * reporters on Friday." (an addressee, a time or a medium after the verb, no clause).
 */
function bareAttribution(ctx: PhraseContext, i: number, last: number): SpeakerPhrase | undefined {
  const { tokens } = ctx.doc;
  let end = last;
  while (end > i && /^[.!]$/.test(tokens[end - 1]?.text ?? '')) end--;
  const said = (index: number) => /^(said|says|added|adds)$/i.test(tokens[index]?.text ?? '');
  if (said(i)) {
    const person = personAt(ctx, i + 1, end);
    return person && person.last === end ? person : undefined;
  }
  if (end - i === 2 && /^(he|she)$/i.test(tokens[i]?.text ?? '') && said(i + 1))
    return { kind: 'pronoun', word: tokens[i]?.text.toLowerCase() ?? '', first: i, last: i + 1 };
  const person = personAt(ctx, i, end);
  if (!person) return undefined;
  if (person.last === end - 1 && said(end - 1)) return person;
  // '"… a crisis!" Macron told the world on Thursday via Twitter.': a verb of saying and no more
  // than an addressee, a time or a medium after it (no clause of its own).
  const verb = tokens[person.last]?.text ?? '';
  if (!/^(said|says|added|told|tells|wrote|tweeted|posted)$/i.test(verb)) return undefined;
  const rest = tokens.slice(person.last + 1, end);
  const adjunctOnly =
    rest.length <= 10 && rest.every((token) => token.word && !CLAUSE_WORDS.test(token.text));
  return adjunctOnly ? person : undefined;
}

/** Words that make what follows a verb a clause of its own rather than an adjunct. */
const CLAUSE_WORDS =
  /^(that|is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|did|does|do)$/i;
