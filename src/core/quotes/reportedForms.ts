/**
 * Forms of reported speech that the main finder (reported.ts) leaves out, tried after it:
 *   As X told Y, CLAUSE.                 "As Heald told the Post, ozone has dropped."
 *   X did something and said CLAUSE.     "Zuckerberg tweeted to him and said the boy was welcome."
 */
import { speechVerbAt, isVerbAdverb } from './verbs';
import { SPEECH_VERBS, WEAK_SPEECH_VERBS } from '../lexicon/speech';
import {
  findThat,
  looksLikeClause,
  skipAddressee,
  skipAdjuncts,
  type ReportFinder,
  type Reported,
} from './clause';
import type { Token } from '../text/tokens';
import {
  ROLE_NOUNS,
  phraseEndingAt,
  speakerBefore,
  type PhraseContext,
  type SpeakerPhrase,
} from './speakerPhrase';
import { NOT_A_CLAUSE } from '../lexicon/grammar';
import { TITLE_WORDS } from '../lexicon/people';

export const findOtherReported: ReportFinder = (ctx, first, end, regionOf) => {
  if (end - first < 6) return undefined;
  return (
    asSaid(ctx, first, end, regionOf) ??
    andSaid(ctx, first, end, regionOf) ??
    whoSaid(ctx, first, end, regionOf)
  );
};

/** "… to meet Devocht, who had told him he would help": the named antecedent of "who" speaks. */
const whoSaid: ReportFinder = (ctx, first, end, regionOf) => {
  const { tokens } = ctx.doc;
  for (let w = first + 2; w < end - 4; w++) {
    // "…, who told him", and "the Shipbuilders Union, which said" for a body.
    if (!/^(who|which)$/i.test(tokens[w]?.text ?? '') || tokens[w - 1]?.text !== ',') continue;
    // "The union, which said …": a body named by its noun, too.
    const speaker = antecedent(ctx, w - 2, first);
    if (!speaker) continue;
    let v = w + 1;
    while (v < end && isVerbAdverb(tokens[v]?.text ?? '')) v++;
    const word = tokens[v]?.text.toLowerCase() ?? '';
    const reports = SAYING.test(word) || RELATIVE_REPORTS.test(word);
    if ((regionOf[v] ?? -1) >= 0 || !reports) continue;
    // "Ana Ribeiro, who said she was surprised, left early": the clause closes at the last comma.
    let close = end;
    if (speaker.first === first || phraseOpens(tokens, first, speaker.first)) {
      close = end - 1;
      while (close > v && tokens[close]?.text !== ',') close--;
      if (close <= v) return undefined;
    }
    // "Police, which indicated on Monday a "development" was likely, …": a verb that may take a
    // noun reports only a clause ("which announced its support" reports nothing).
    if (!SAYING.test(word)) {
      const thatAt = findThat(tokens, v + 1, close);
      const start = thatAt >= 0 ? thatAt + 1 : skipAdjuncts(tokens, v + 1, close);
      if (!looksLikeClause(tokens, start, close)) continue;
    }
    return clauseFrom(ctx, v + 1, close, v, speaker, word);
  }
  return undefined;
};

const RELATIVE_REPORTS =
  /^(indicated|announced|reported|claimed|warned|confirmed|noted|suggested)$/;

/** The named person or body, or a body named by its noun, that a relative pronoun after token `last` stands for. */
function antecedent(ctx: PhraseContext, last: number, first: number): SpeakerPhrase | undefined {
  const phrase = phraseEndingAt(ctx, last, first);
  if (phrase?.kind === 'mention') return ctx.isPlace?.(last) ? undefined : phrase;
  return phrase?.kind === 'org-noun' ? phrase : undefined;
}

/** Whether only a determiner stands between the sentence's start and the phrase. */
function phraseOpens(tokens: Token[], first: number, phraseFirst: number): boolean {
  return phraseFirst === first + 1 && /^(the|a|an)$/i.test(tokens[first]?.text ?? '');
}

/** "As X said/told Y, CLAUSE": the clause after the comma. */
const asSaid: ReportFinder = (ctx, first, end, regionOf) => {
  const { tokens } = ctx.doc;
  if (tokens[first]?.text.toLowerCase() !== 'as') return undefined;
  for (let v = first + 2; v < Math.min(end, first + 10); v++) {
    const word = speechVerbAt(ctx, v) ?? '';
    if ((regionOf[v] ?? -1) >= 0 || tokens[v]?.text === ',') return undefined;
    if (!word || WEAK_SPEECH_VERBS.has(word)) continue;
    const speaker = speakerBefore(ctx, v, first + 1);
    if (!speaker || speaker.kind === 'generic') return undefined;
    let comma = v + 1;
    while (comma < Math.min(end, v + 10) && tokens[comma]?.text !== ',') comma++;
    if (tokens[comma]?.text !== ',') return undefined;
    return clauseFrom(ctx, comma + 1, end, v, speaker, word);
  }
  return undefined;
};

/**
 * "Zuckerberg tweeted to Mohamed and said the boy was welcome": a speech verb after "and" (or "but") reports
 * for the subject that opens the sentence (a person or a body, named).
 */
const andSaid: ReportFinder = (ctx, first, end, regionOf) => {
  const { tokens } = ctx.doc;
  // The subject is costly to find: only once a verb of saying after "and" or "but" asks for it.
  let subject: SpeakerPhrase | undefined | null = null;
  for (let v = first + 2; v < end - 3; v++) {
    if (!afterConjunction(tokens, first, v)) continue;
    subject ??= openingSubject(ctx, first);
    if (!subject) return undefined;
    if (v < subject.last + 2) continue;
    const word = speechVerbAt(ctx, v) ?? '';
    if ((regionOf[v] ?? -1) >= 0 || !word || WEAK_SPEECH_VERBS.has(word)) continue;
    // "… and announcing a programme": only a verb of saying reports without "that".
    if (!SAYING.test(word) && findThat(tokens, v + 1, end) !== v + 1) continue;
    let before = v - 1;
    while (before > subject.last && isVerbAdverb(tokens[before]?.text ?? '')) before--;
    // "… did not mention casualties, but said exports were continuing" too.
    const conjunction = tokens[before]?.text.toLowerCase() ?? '';
    // Only a named subject or a body ("The agency did not mention …, but said"): "Some did …,
    // but said" is too loose.
    const named = subject.kind === 'mention' || subject.kind === 'org-noun';
    if (conjunction !== 'and' && !(conjunction === 'but' && named)) continue;
    return clauseFrom(ctx, v + 1, end, v, subject, word);
  }
  return undefined;
};

const SAYING = /^(said|says|told|tells|added|adds|wrote|writes|stated|insisted|argued|explained)$/;

/** A verb of saying at `v` right after "and" or "but" (adverbs aside): a cheap first look. */
function afterConjunction(tokens: Token[], first: number, v: number): boolean {
  const word = tokens[v]?.text.toLowerCase() ?? '';
  if (!SPEECH_VERBS.has(word) && word !== 'read' && word !== 'reads') return false;
  let before = v - 1;
  while (before > first && isVerbAdverb(tokens[before]?.text ?? '')) before--;
  return /^(and|but)$/i.test(tokens[before]?.text ?? '');
}

/** A named person or body in the first words of the sentence, as its subject. */
function openingSubject(ctx: PhraseContext, sentenceFirst: number): SpeakerPhrase | undefined {
  const first = afterDateline(ctx.doc.tokens, sentenceFirst);
  for (let i = first; i < first + 5; i++) {
    const mention = ctx.mentionAt[i] ?? -1;
    if (mention < 0) {
      if (!ctx.doc.tokens[i]?.word) return undefined;
      continue;
    }
    let last = i;
    while (ctx.mentionAt[last] === mention) last++;
    // "Peru's central bank held …": a possessor is no subject; the noun after it is.
    if (/^['’]s$/.test(ctx.doc.tokens[last]?.text ?? '')) return nounSubject(ctx, first);
    if (ctx.isPlace?.(i) && !ctx.isCountry?.(i)) return undefined;
    // "Facebook co-founder Mark Zuckerberg": a person named after a body and a role is the head.
    for (let j = last; j < last + 4; j++) {
      const inner = ctx.mentionAt[j] ?? -1;
      if (inner >= 0 && ctx.isPerson?.(j)) {
        let end = j;
        while (ctx.mentionAt[end] === inner) end++;
        return { kind: 'mention', mention: inner, first: j, last: end };
      }
      const text = ctx.doc.tokens[j]?.text ?? '';
      const lower = text.toLowerCase();
      const role =
        ROLE_NOUNS.has(lower) || TITLE_WORDS.has(lower) || /^\p{Lu}|\p{L}-\p{L}/u.test(text);
      if (inner >= 0 || !ctx.doc.tokens[j]?.word || !role) break;
    }
    return { kind: 'mention', mention, first: i, last };
  }
  return nounSubject(ctx, first);
}

/** A common-noun subject opening the sentence ("The agency", "Peru's central bank"). */
function nounSubject(ctx: PhraseContext, first: number): SpeakerPhrase | undefined {
  const { tokens } = ctx.doc;
  // "It urged teachers to return and warned that …": a pronoun opening the sentence.
  const opener = tokens[first]?.text.toLowerCase() ?? '';
  if (/^(he|she|it|they)$/.test(opener))
    return { kind: 'pronoun', word: opener, first, last: first + 1 };
  for (let k = first + 1; k < first + 10; k++) {
    const token = tokens[k];
    if (!token || (!token.word && !/^['’]s$/.test(token.text))) return undefined;
    if (!token.word || /^\p{Lu}/u.test(token.text)) continue;
    const phrase = speakerBefore(ctx, k, first);
    // Generic nouns ("teachers") are as often objects as subjects: only bodies, roles, names.
    const kind = phrase?.kind;
    if (phrase && kind !== 'pronoun' && kind !== 'generic' && phrase.first <= first + 1)
      if (phrase.last === k) return phrase;
  }
  return undefined;
}

/** The first token after a wire dateline ("LIMA, March 4 (Reuters) —"), or `first`. */
function afterDateline(tokens: Token[], first: number): number {
  const head = tokens[first]?.text ?? '';
  if (head.length < 2 || head !== head.toUpperCase() || !/\p{Lu}/u.test(head)) return first;
  for (let i = first + 1; i < first + 12; i++) {
    if (/^[—–]$/.test(tokens[i]?.text ?? '')) return i + 1;
  }
  return first;
}

function clauseFrom(
  ctx: PhraseContext,
  from: number,
  end: number,
  at: number,
  speaker: SpeakerPhrase,
  cue: string,
): Reported | undefined {
  const { tokens } = ctx.doc;
  let start = from;
  // Right after the verb: an addressee, "that" or adjuncts may come before the clause.
  if (from === at + 1) {
    if (cue === 'told' || cue === 'tells') start = skipAddressee(ctx, start, end);
    const thatAt = findThat(tokens, start, end);
    start = thatAt >= 0 ? thatAt + 1 : skipAdjuncts(tokens, start, end);
    if (NOT_A_CLAUSE.has(tokens[start]?.text.toLowerCase() ?? '.')) return undefined;
  }
  const head = tokens[start];
  const tail = tokens[end - 1];
  if (!head || !tail || end - start < 3) return undefined;
  return { start: head.start, end: tail.end, at, speaker, cue };
}
