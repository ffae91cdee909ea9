/**
 * Where the speaker's noun phrase of a reported-speech sentence starts, and whether it opens the
 * sentence ("Members of the union said", "In a note to clients, analysts at Nomura wrote",
 * "NAIROBI — Kenya's weather service warned"), for reported.ts.
 */
import type { Token } from '../text/tokens';
import { SPEECH_VERBS } from '../lexicon/speech';
import { isCapitalised } from '../text/tokens';
import { ROLE_NOUNS, SPOKES } from './speakerPhrase';
import { TITLE_WORDS } from '../lexicon/people';
import { ADJUNCT_START, NP_BREAK } from '../lexicon/grammar';

/** Where the speaker's noun phrase starts: titles, roles and modifiers before the name belong to it. */
function phraseStart(tokens: Token[], floor: number, speakerFirst: number): number {
  let i = speakerFirst;
  while (i > floor && speakerFirst - i < 8) {
    const token = tokens[i - 1];
    if (!token) break;
    if (/^(['’]s|-)$/.test(token.text)) {
      i--;
      continue;
    }
    const lower = token.text.toLowerCase();
    // "A spokeswoman for the company said": the affiliation belongs to the phrase.
    if (/^(for|of|at)$/.test(lower) && SPOKES.has(tokens[i - 2]?.text.toLowerCase() ?? '')) {
      i--;
      continue;
    }
    // A capitalised "States" is part of a name ("United States President …"), not a verb.
    const verb = SPEECH_VERBS.has(lower) && !isCapitalised(token.text);
    if (!token.word || NP_BREAK.has(lower) || verb) break;
    i--;
  }
  return i;
}

/** The speaker phrase starts the sentence, or follows an introductory phrase and a comma. */
/**
 * "Executive director of the Dallas chapter of the Council on American-Islamic Relations Alia
 * Salem said": a long title opening the sentence, made of role words, names and connectors only.
 */
function isLongTitle(tokens: Token[], first: number, speakerFirst: number): boolean {
  if (speakerFirst - first > 16) return false;
  const head = tokens[first]?.text.toLowerCase() ?? '';
  if (!TITLE_WORDS.has(head) && !ROLE_NOUNS.has(head)) return false;
  for (let i = first; i < speakerFirst; i++) {
    const text = tokens[i]?.text ?? '';
    const lower = text.toLowerCase();
    if (isCapitalised(text) || TITLE_WORDS.has(lower) || ROLE_NOUNS.has(lower)) continue;
    if (/^(of|the|for|and|on|at|in|-|['’]s|chapter|branch|office|division|unit)$/.test(lower))
      continue;
    return false;
  }
  return true;
}

export function opensSentence(tokens: Token[], first: number, speakerFirst: number): boolean {
  let start = phraseStart(tokens, first, speakerFirst);
  if (start === first || isLongTitle(tokens, first, speakerFirst)) return true;
  if (/^["“‘]$/.test(tokens[first]?.text ?? '') && start === first + 1) return true;
  if (tokens[start - 1]?.text === ',' && start - first <= 16) return true;
  // "Shares fell after the miner said …": a clause of its own after a subordinator.
  if (
    /^(after|when|because|since|while|although|though|before|until|once)$/i.test(
      tokens[start - 1]?.text ?? '',
    )
  )
    return true;
  // "NAIROBI — Kenya's weather service warned": a wire dateline before the subject.
  if (/^[—–-]$/.test(tokens[start - 1]?.text ?? '') && isDateline(tokens, first, start - 1))
    return true;
  // "On September 13 — two days after the ruling — he said": an opening phrase and an aside
  // between dashes.
  if (/^[—–]$/.test(tokens[start - 1]?.text ?? '') && dashedOpening(tokens, first, start - 1))
    return true;
  // "Members of the union said", "Economists at PKO Bank, …, said": the phrase may hold an "of"
  // or an affiliation; "X and Y said": two speakers.
  if (/^(of|the|and|at|for|from)$/i.test(tokens[start - 1]?.text ?? ''))
    start = phraseStart(tokens, first, start - 1);
  if (start === first) return true;
  // "In a note to clients, analysts at Nomura wrote": the fuller phrase after an opening comma.
  if (tokens[start - 1]?.text === ',' && start - first <= 16) return true;
  // "With the acquisition Salling said": a short opening phrase without its comma.
  if (
    /^(with|in|on|at|after|before|during|under|following|since)$/i.test(
      tokens[first]?.text ?? '',
    ) &&
    speakerFirst - first <= 6 &&
    isCapitalised(tokens[speakerFirst]?.text ?? '') &&
    !tokens.slice(first, speakerFirst).some((token) => !token.word)
  )
    return true;
  // "A few days later the administration said": a phrase of time without its comma.
  if (
    start - first <= 6 &&
    /^(later|earlier|ago)$/i.test(tokens[start - 1]?.text ?? '') &&
    !tokens.slice(first, start).some((token) => !token.word)
  )
    return true;
  // "…, and an acquaintance said": a second clause of the sentence.
  if (/^(and|but)$/i.test(tokens[start - 1]?.text ?? '') && tokens[start - 2]?.text === ',')
    return true;
  // "But she said", "And the minister said".
  return (
    start - first <= 2 &&
    /^(but|and|yet|so|however|still|meanwhile|later|separately|also)$/i.test(
      tokens[first]?.text ?? '',
    )
  );
}

/** Capitals, commas, dates and an agency in brackets before a dash: "DUBAI, Oct 3 (Reuters)". */
function isDateline(tokens: Token[], first: number, dash: number): boolean {
  if (dash - first > 8 || dash === first) return false;
  const head = tokens[first]?.text ?? '';
  return head.length > 1 && head === head.toUpperCase() && /\p{Lu}/u.test(head);
}

/** A short opening phrase ("On September 13") then an aside that closes at dash `close`. */
function dashedOpening(tokens: Token[], first: number, close: number): boolean {
  if (!ADJUNCT_START.has(tokens[first]?.text.toLowerCase() ?? '')) return false;
  for (let i = first + 1; i < Math.min(close, first + 7); i++)
    if (tokens[i]?.text === tokens[close]?.text) return close - i <= 14;
  return false;
}
