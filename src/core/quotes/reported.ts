/**
 * Reported (indirect) speech in one sentence group: the clause a speech verb reports.
 *   X said (that) CLAUSE.            X told reporters on Monday that CLAUSE.
 *   CLAUSE, X said (in a statement).  CLAUSE, said X.   CLAUSE1, X said, CLAUSE2.
 *   According to X, CLAUSE.          CLAUSE, according to X.
 * The span is the clause, without the cue and without the sentence's final punctuation.
 */
import type { Token } from '../text/tokens';
import { SPEECH_VERBS, WEAK_SPEECH_VERBS } from '../lexicon/speech';
import { TITLE_WORDS } from '../lexicon/cues';
import { isCapitalised } from '../text/tokens';
import { ROLE_NOUNS, SPOKES } from './speakerPhrase';
import {
  speakerAfter,
  speakerBefore,
  type PhraseContext,
  type SpeakerPhrase,
} from './speakerPhrase';

export interface Reported {
  start: number;
  end: number;
  at: number;
  speaker: SpeakerPhrase;
  cue: string;
}

/** Verbs that do not attribute a clause before them (", officials found"). */
const NOT_TRAILING = new Set([
  'found',
  'finds',
  'showed',
  'shows',
  'called',
  'thought',
  'felt',
  'feels',
  'expected',
  'expects',
  'hoped',
  'hopes',
  'described',
  'describes',
  'pointed',
  'points',
  'continued',
  'continues',
  'accepted',
  'accepts',
  'agreed',
  'agrees',
  'asked',
  'asks',
  'answered',
  'tell',
  'say',
  'add',
  'saying',
  'demanded',
  'urged',
  'promised',
  'vowed',
  'pledged',
  'denied',
  'denies',
]);

/** Words after a verb that introduce no reported clause ("warned of", "told to", "said to be"). */
export const NOT_A_CLAUSE = new Set([
  'of',
  'about',
  'to',
  'for',
  'against',
  'with',
  'by',
  'goodbye',
  'yes',
  'so',
  'nothing',
  'little',
  'much',
  'anything',
  'something',
  'thanks',
  'sorry',
  'and',
  'or',
  'but',
  'as',
  'up',
  'out',
  'off',
  'over',
  'into',
  'him',
  'them',
  'me',
  'us',
  'what',
  'how',
  'why',
  'when',
  'if',
  '.',
  ',',
  ':',
  ';',
  '?',
  '!',
]);

/** Phrases that may follow the verb before the clause: time, place, medium, addressee. */
const ADJUNCT_START = new Set([
  'on',
  'in',
  'at',
  'during',
  'after',
  'before',
  'last',
  'this',
  'earlier',
  'later',
  'late',
  'early',
  'today',
  'yesterday',
  'tonight',
  'recently',
  'previously',
  'also',
  'again',
  'repeatedly',
  'from',
  'via',
  'through',
  'while',
  'when',
  'publicly',
  'privately',
  'separately',
  'overnight',
]);

export function findReported(
  ctx: PhraseContext,
  first: number,
  last: number,
  regionOf: Int32Array,
): Reported | undefined {
  const { tokens } = ctx.doc;
  let end = last;
  while (end > first && /^[.!?…]$/.test(tokens[end - 1]?.text ?? '')) end--;
  if (end - first < 4) return undefined;
  return (
    accordingTo(ctx, first, end) ??
    trailing(ctx, first, end, regionOf) ??
    leading(ctx, first, end, regionOf) ??
    saying(ctx, first, end)
  );
}

function span(
  tokens: Token[],
  from: number,
  to: number,
): { start: number; end: number } | undefined {
  const head = tokens[from];
  const tail = tokens[to - 1];
  if (!head || !tail || to - from < 3) return undefined;
  return { start: head.start, end: tail.end };
}

function accordingTo(ctx: PhraseContext, first: number, end: number): Reported | undefined {
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

/**
 * "The Reserve Bank held the rate, saying inflation is back inside its target band", and "X was
 * quoted as saying …": the clause after "saying" belongs to the sentence's subject.
 */
function saying(ctx: PhraseContext, first: number, end: number): Reported | undefined {
  const { tokens } = ctx.doc;
  for (let i = first + 2; i < end - 3; i++) {
    if (tokens[i]?.text.toLowerCase() !== 'saying') continue;
    const previous = tokens[i - 1]?.text.toLowerCase();
    if (previous !== ',' && previous !== 'as') return undefined;
    let subject = first;
    while (subject < i && (ctx.mentionAt[subject] ?? -1) < 0 && subject - first < 4) subject++;
    const mention = ctx.mentionAt[subject] ?? -1;
    if (mention < 0) return undefined;
    let last = subject;
    while (ctx.mentionAt[last] === mention) last++;
    let start = i + 1;
    if (tokens[start]?.text.toLowerCase() === 'that') start++;
    const clause = span(tokens, start, end);
    const speaker: SpeakerPhrase = { kind: 'mention', mention, first: subject, last };
    return clause && { ...clause, at: i, speaker, cue: 'saying' };
  }
  return undefined;
}

/** `CLAUSE, X said (…).` and `CLAUSE, said X.`, with `CLAUSE1, X said, CLAUSE2.` as one span. */
function trailing(
  ctx: PhraseContext,
  first: number,
  end: number,
  regionOf: Int32Array,
): Reported | undefined {
  const { tokens } = ctx.doc;
  for (let comma = end - 2; comma > first; comma--) {
    if (tokens[comma]?.text !== ',' || (regionOf[comma] ?? -1) >= 0) continue;
    // "the Ministry of Foreign Affairs, Trade and Development said": a comma inside a name.
    if ((ctx.mentionAt[comma] ?? -1) >= 0) continue;
    for (let v = comma + 1; v < Math.min(end, comma + 14); v++) {
      const word = tokens[v]?.text.toLowerCase() ?? '';
      if (!SPEECH_VERBS.has(word) || NOT_TRAILING.has(word)) continue;
      // "…, officials have not said why …": a negated verb attributes nothing.
      if (/^(not|never|n['’]t)$/i.test(tokens[v - 1]?.text ?? '')) break;
      const speaker =
        v === comma + 1 ? speakerAfter(ctx, v, end) : speakerBefore(ctx, v, comma + 1);
      if (
        !speaker ||
        (v > comma + 1 &&
          speaker.first !== comma + 1 &&
          !isPreamble(tokens, comma + 1, speaker.first))
      )
        break;
      const inverted = v === comma + 1;
      const afterSpeaker = inverted ? speaker.last : v + 1;
      // A short opening ("In Manila, the ministry said …") is an adverbial unless the
      // attribution is set off by commas on both sides ("Those conditions, she said, were …").
      if (comma <= first + 2 && tokens[afterSpeaker]?.text !== ',') break;
      // "CLAUSE, said X." — but "X, a resident, said many of them had left, …" is no inversion:
      // an inverted speaker is a name or a role, followed by nothing but an apposition or adjunct.
      if (inverted && (speaker.kind === 'generic' || speaker.kind === 'pronoun')) break;
      const rest =
        inverted && tokens[afterSpeaker]?.text === ','
          ? interrupted(tokens, first, comma, afterSpeaker, end)
          : restAfter(tokens, afterSpeaker, end);
      if (inverted && rest === 'clause' && tokens[afterSpeaker]?.text !== ',') break;
      if (rest === 'clause') {
        // "CLAUSE1, X said, CLAUSE2": one span, source included.
        const clause = span(tokens, first, end);
        return clause && { ...clause, at: v, speaker, cue: word };
      }
      if (rest === 'adjunct') {
        const clause = span(tokens, first, comma);
        return clause && { ...clause, at: v, speaker, cue: word };
      }
      break;
    }
  }
  return undefined;
}

/**
 * "Recipients, said Mauer, are required to …": an inverted attribution that interrupts a short
 * subject and its verb leaves one clause around it; otherwise what follows the second comma is an
 * apposition or adjunct of the speaker ("…, said Ana Ribeiro, who chairs the board").
 */
function interrupted(
  tokens: Token[],
  first: number,
  comma: number,
  second: number,
  end: number,
): 'adjunct' | 'clause' {
  const next = tokens[second + 1]?.text.toLowerCase() ?? '';
  const subjectOnly = comma - first <= 4 && !tokens.slice(first, comma).some((t) => !t.word);
  return subjectOnly &&
    end - second > 4 &&
    !/^(who|which|whose|a|an|the|adding|noting|citing)$/.test(next)
    ? 'clause'
    : 'adjunct';
}

/** Words allowed between the comma and the speaker's name: determiners and titles. */
function isPreamble(tokens: Token[], from: number, to: number): boolean {
  if (to - from > 6) return false;
  for (let i = from; i < to; i++) {
    const text = tokens[i]?.text ?? '';
    if (/^(the|a|an|its|his|her|their)$/i.test(text) || /^['’]s$/.test(text)) continue;
    if (TITLE_WORDS.has(text.toLowerCase()) || ROLE_NOUNS.has(text.toLowerCase())) continue;
    if (isCapitalised(text)) continue;
    return false;
  }
  return true;
}

/** What follows an attribution: nothing much (time, place, medium) or another clause after a comma. */
function restAfter(tokens: Token[], from: number, end: number): 'adjunct' | 'clause' | 'other' {
  if (from >= end) return 'adjunct';
  for (let i = from; i < end; i++) {
    if (tokens[i]?.text !== ',' || end - i <= 4) continue;
    // "…, the union said, in a strike over pay": a prepositional phrase, not a second clause.
    const next = tokens[i + 1]?.text.toLowerCase() ?? '';
    const determiner = /^(a|an|the|its|their|his|her|what)$/i.test(tokens[i + 2]?.text ?? '');
    const preposition =
      /^(amid|during|following|despite)$/.test(next) ||
      (/^(in|after|as|with)$/.test(next) && determiner);
    if (i === from && preposition) return 'adjunct';
    return 'clause';
  }
  // ", X said in a statement on Tuesday." — but not ", X insisted that she …" (a clause follows).
  const head = tokens[from]?.text.toLowerCase() ?? '';
  const adjunct =
    ADJUNCT_START.has(head) ||
    /^(reporters|journalists|parliament|lawmakers)$/.test(head) ||
    /^\p{Lu}/u.test(tokens[from]?.text ?? '');
  if (end - from <= 10 && adjunct && head !== 'that') return 'adjunct';
  return 'other';
}

/** `X said (that) CLAUSE.` — the speaker opens the sentence (after an optional adverbial). */
function leading(
  ctx: PhraseContext,
  first: number,
  end: number,
  regionOf: Int32Array,
): Reported | undefined {
  const { tokens } = ctx.doc;
  for (let v = first + 1; v < end - 2; v++) {
    const word = tokens[v]?.text.toLowerCase() ?? '';
    if (!SPEECH_VERBS.has(word) || (regionOf[v] ?? -1) >= 0) continue;
    // "she was told to leave": the subject of a passive is spoken to, not speaking.
    if (/^(was|were|been|being|is|are|be|get|got)$/i.test(tokens[v - 1]?.text ?? '')) continue;
    const speaker = speakerBefore(ctx, v, first);
    if (!speaker) continue;
    if (!opensSentence(tokens, first, speaker.first)) continue;
    let start = v + 1;
    if (word === 'told' || word === 'tells' || word === 'assured' || word === 'urged')
      start = skipAddressee(ctx, start, end);
    const thatAt = findThat(tokens, start, end);
    if (thatAt >= 0) start = thatAt + 1;
    else {
      if (WEAK_SPEECH_VERBS.has(word)) continue;
      start = skipAdjuncts(tokens, start, end);
      // "warned residents to prepare for flooding": a request to someone, not reported speech.
      if (DIRECTIVE.test(word) && isRequest(tokens, start, end)) continue;
    }
    const next = tokens[start]?.text.toLowerCase() ?? '.';
    if (
      (NOT_A_CLAUSE.has(next) &&
        !(next === 'about' && /^\d/.test(tokens[start + 1]?.text ?? ''))) ||
      // "said no to the plan" is a refusal; "said no abnormalities had been found" reports one.
      (next === 'no' && /^(to|,|\.|one|more)$/i.test(tokens[start + 1]?.text ?? '.')) ||
      ((regionOf[start] ?? -1) >= 0 && thatAt < 0 && tokens[start - 1]?.text === ':')
    )
      continue;
    const clause = span(tokens, start, end);
    if (clause) return { ...clause, at: v, speaker, cue: word };
  }
  return undefined;
}

const DIRECTIVE =
  /^(warned|warns|urged|urges|advised|advises|asked|asks|told|tells|called|ordered|encouraged|reminded)$/;
const FINITE =
  /^(is|are|was|were|has|have|had|will|would|could|should|can|may|might|must|did|does|do)$/i;

/** "residents of low-lying districts to prepare": an object and a "to" infinitive, no finite verb. */
function isRequest(tokens: Token[], from: number, end: number): boolean {
  for (let i = from; i < Math.min(end, from + 8); i++) {
    const text = tokens[i]?.text ?? '';
    if (text.toLowerCase() === 'to') return i > from;
    if (!tokens[i]?.word || FINITE.test(text)) return false;
  }
  return false;
}

/** Words that end a noun phrase on its left: a speaker's modifiers never contain them. */
const NP_BREAK = new Set([
  'in',
  'on',
  'at',
  'with',
  'by',
  'from',
  'for',
  'after',
  'before',
  'when',
  'while',
  'as',
  'and',
  'but',
  'or',
  'that',
  'which',
  'who',
  'is',
  'was',
  'were',
  'are',
  'has',
  'have',
  'had',
  'will',
  'would',
  'to',
  'if',
  'because',
  'than',
  'then',
  'there',
  'it',
  'he',
  'she',
  'they',
  'we',
  'not',
  'also',
]);

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
    if (!token.word || NP_BREAK.has(lower) || SPEECH_VERBS.has(lower)) break;
    i--;
  }
  return i;
}

/** The speaker phrase starts the sentence, or follows an introductory phrase and a comma. */
function opensSentence(tokens: Token[], first: number, speakerFirst: number): boolean {
  let start = phraseStart(tokens, first, speakerFirst);
  if (start === first) return true;
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
  // "Members of the union said", "Economists at PKO Bank, …, said": the phrase may hold an "of"
  // or an affiliation; "X and Y said": two speakers.
  if (/^(of|the|and|at|for|from)$/i.test(tokens[start - 1]?.text ?? ''))
    start = phraseStart(tokens, first, start - 1);
  if (start === first) return true;
  // "But she said", "And the minister said".
  return (
    start - first <= 2 &&
    /^(but|and|yet|so|however|still|meanwhile|later|separately|also)$/i.test(
      tokens[first]?.text ?? '',
    )
  );
}

export /** Capitals, commas, dates and an agency in brackets before a dash: "DUBAI, Oct 3 (Reuters)". */
function isDateline(tokens: Token[], first: number, dash: number): boolean {
  if (dash - first > 8 || dash === first) return false;
  const head = tokens[first]?.text ?? '';
  return head.length > 1 && head === head.toUpperCase() && /\p{Lu}/u.test(head);
}

export function skipAddressee(ctx: PhraseContext, from: number, end: number): number {
  const { tokens } = ctx.doc;
  let i = from;
  const mention = ctx.mentionAt[i] ?? -1;
  if (mention >= 0) {
    while (i < end && ctx.mentionAt[i] === mention) i++;
    return i;
  }
  let limit = Math.min(end, i + 4);
  while (
    i < limit &&
    /^(the|a|an|local|foreign|visiting|assembled|gathered|state|national|news|public)$/i.test(
      tokens[i]?.text ?? '',
    )
  ) {
    i++;
    limit = Math.min(end, limit + 1);
  }
  if (i < end && tokens[i]?.word) i++;
  if (
    /^(conference|briefing|meeting|agency|broadcaster|radio|television|newspaper|station)$/i.test(
      tokens[i]?.text ?? '',
    )
  )
    i++;
  return i;
}

export function findThat(tokens: Token[], from: number, end: number): number {
  for (let i = from; i < Math.min(end, from + 12); i++) {
    const text = tokens[i]?.text ?? '';
    if (text.toLowerCase() === 'that') return i;
    if (!tokens[i]?.word || SPEECH_VERBS.has(text.toLowerCase())) return -1;
    if (
      i > from &&
      !ADJUNCT_LIKE.test(text) &&
      !ADJUNCT_START.has(tokens[from]?.text.toLowerCase() ?? '')
    )
      return -1;
  }
  return -1;
}
const ADJUNCT_LIKE =
  /^(on|in|at|a|an|the|statement|interview|news|conference|briefing|press|release|post|letter|speech|report|monday|tuesday|wednesday|thursday|friday|saturday|sunday|last|this|week|month|year|earlier|later|today|yesterday|during|visit|meeting|televised|address|written|social|media|video|told|reporters|parliament|his|her|their|its|of|to|with|[A-Z].*)$/;

export function skipAdjuncts(tokens: Token[], from: number, end: number): number {
  let i = from;
  // "on Tuesday", "in a statement", "last week", "today" — short phrases before the clause.
  while (i < end && ADJUNCT_START.has(tokens[i]?.text.toLowerCase() ?? '')) {
    const word = tokens[i]?.text.toLowerCase() ?? '';
    i++;
    if (
      /^(today|yesterday|tonight|recently|previously|also|again|repeatedly|publicly|privately|separately|overnight|earlier|later)$/.test(
        word,
      )
    )
      continue;
    let steps = 0;
    while (
      i < end &&
      steps < 4 &&
      /^(a|an|the|statement|interview|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|night|morning|evening|afternoon|weekend|briefing|conference|press|news|release|speech|meeting|video|post|address|\d+)$/i.test(
        tokens[i]?.text ?? '',
      )
    ) {
      i++;
      steps++;
    }
    if (tokens[i]?.text === ',') i++;
  }
  return i;
}
