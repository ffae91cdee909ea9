/**
 * Reported (indirect) speech in one sentence group: the clause a speech verb reports.
 *   X said (that) CLAUSE.            X told reporters on Monday that CLAUSE.
 *   CLAUSE, X said (in a statement).  CLAUSE, said X.   CLAUSE1, X said, CLAUSE2.
 *   According to X, CLAUSE.          CLAUSE, according to X.
 * The span is the clause, without the cue and without the sentence's final punctuation.
 */
import { speechVerbAt, isVerbAdverb } from './verbs';
import type { Token } from '../text/tokens';
import { WEAK_SPEECH_VERBS } from '../lexicon/speech';
import { isCapitalised } from '../text/tokens';
import { speakerAfter } from './speakerAfter';
import { sayingSubject } from './sayingSubject';
import { ORG_NOUNS, ROLE_NOUNS } from './speakerPhrase';
import { accordingTo } from './accordingTo';
import { opensSentence } from './subjectPhrase';
import {
  RECOUNTS,
  REPORTS_A_CLAUSE,
  clauseStart,
  findThat,
  withoutTrailingMedium,
  hasVerb,
  looksLikeClause,
  skipAddressee,
  span,
  type ReportFinder,
  type Reported,
} from './clause';

export type { Reported } from './clause';
import {
  quotedAsSaying,
  speakerBefore,
  type PhraseContext,
  type SpeakerPhrase,
} from './speakerPhrase';
import { KIN_GENDER, TITLE_WORDS } from '../lexicon/people';
import { ADJUNCT_START, IRREGULAR_PAST, NOT_A_CLAUSE } from '../lexicon/grammar';
import { NOT_TRAILING } from '../lexicon/speech';

/**
 * The reported clause of a sentence group, if it has one. `end` excludes the final stop
 * (see sentenceEnd); this and the other finders share that one cut.
 */
export const findReported: ReportFinder = (ctx, first, end, regionOf) => {
  if (end - first < 4) return undefined;
  return (
    accordingTo(ctx, first, end) ??
    trailing(ctx, first, end, regionOf) ??
    leading(ctx, first, end, regionOf) ??
    saying(ctx, first, end)
  );
};

/** Where a group's words end, without its final stops ("." "?" "!" "…"). */
export function sentenceEnd(ctx: PhraseContext, first: number, last: number): number {
  const { tokens } = ctx.doc;
  let end = last;
  while (end > first && /^[.!?…]$/.test(tokens[end - 1]?.text ?? '')) end--;
  return end;
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
    const cited = quotedAsSaying(ctx, i - 1, first);
    if (cited) {
      const clause = span(
        tokens,
        tokens[i + 1]?.text.toLowerCase() === 'that' ? i + 2 : i + 1,
        end,
      );
      return clause && { ...clause, at: i, speaker: cited, cue: 'saying' };
    }
    const speaker = sayingSubject(ctx, first, i);
    if (!speaker) return undefined;
    let start = i + 1;
    if (tokens[start]?.text.toLowerCase() === 'that') start++;
    const clause = span(tokens, start, end);
    return clause && { ...clause, at: i, speaker, cue: 'saying' };
  }
  return undefined;
}

/** `CLAUSE, X said (…).` and `CLAUSE, said X.`, with `CLAUSE1, X said, CLAUSE2.` as one span. */
const trailing: ReportFinder = (ctx, first, end, regionOf) => {
  const { tokens } = ctx.doc;
  for (let comma = end - 2; comma > first; comma--) {
    if (tokens[comma]?.text !== ',' || (regionOf[comma] ?? -1) >= 0) continue;
    // "the Ministry of Foreign Affairs, Trade and Development said": a comma inside a name.
    if ((ctx.mentionAt[comma] ?? -1) >= 0) continue;
    for (let v = comma + 1; v < Math.min(end, comma + 14); v++) {
      const word = speechVerbAt(ctx, v) ?? '';
      if (!word || NOT_TRAILING.has(word)) continue;
      // "…, Watts recommended Baker": a verb that takes a noun attributes only when it reports.
      if (WEAK_SPEECH_VERBS.has(word) && !REPORTS_A_CLAUSE.test(word)) continue;
      // "…, officials have not said why …": a negated verb attributes nothing.
      if (/^(not|never|n['’]t)$/i.test(tokens[v - 1]?.text ?? '')) break;
      // "X, a spokeswoman, told CNN, …": whoever follows "told" is spoken to, never the speaker.
      if (v === comma + 1 && ADDRESSES.test(word)) continue;
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
      if (rest === 'reports' && !inverted) {
        // "Speaking in the parents' defence, Tom Molomby said that, as …, they should …": the
        // opening is an adverbial and the verb reports what follows it.
        const start = clauseStart(tokens, word, afterSpeaker, end);
        const clause = start >= 0 ? span(tokens, start, end) : undefined;
        return clause && { ...clause, at: v, speaker, cue: word };
      }
      if (rest === 'clause') {
        // "CLAUSE1, X said, CLAUSE2": one span, source included.
        const clause = span(tokens, first, end);
        return clause && { ...clause, at: v, speaker, cue: word };
      }
      if (rest === 'adjunct') {
        // "The city's security chief, X, announced …", "On September 25, it was reported …": what
        // the comma closes must be a clause with a verb of its own, not a name or a date.
        // Nor "One of South Sudan's Vice Presidents, X, also commented on …": a longer subject.
        if (comma - first < 12 && !hasVerb(tokens, first, comma)) break;
        const clause = span(tokens, first, comma);
        return clause && { ...clause, at: v, speaker, cue: word };
      }
      break;
    }
  }
  return undefined;
};

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
    const lower = text.toLowerCase();
    // "…, her son Tomas Ruiz announced": a relative before the name.
    if (TITLE_WORDS.has(lower) || ROLE_NOUNS.has(lower) || KIN_GENDER[lower]) continue;
    if (isCapitalised(text)) continue;
    // "the mine's operator, New Porgera Limited": a kind of body in apposition to the name.
    if (ORG_NOUNS.has(lower) || /^['’]s$/.test(tokens[i + 1]?.text ?? '')) continue;
    if (text === ',' && i === to - 1) continue;
    return false;
  }
  return true;
}

/**
 * What follows an attribution: nothing much (time, place, medium), another clause after a comma,
 * or the clause the verb reports ("…, the centre reported the storm had winds of 30 mph, …").
 */
function restAfter(
  tokens: Token[],
  from: number,
  end: number,
): 'adjunct' | 'clause' | 'reports' | 'other' {
  if (from >= end) return 'adjunct';
  for (let i = from; i < end; i++) {
    if (tokens[i]?.text !== ',' || end - i <= 3) continue;
    // "As of Monday, the centre reported the storm had winds of 30 mph, just shy of …": the verb
    // reports a clause of its own before any comma, so the sentence is no "CLAUSE1, X said, …".
    if (/^that$/i.test(tokens[from]?.text ?? '') || looksLikeClause(tokens, from, i))
      return 'reports';
    // "…, the union said, in a strike over pay": a prepositional phrase, not a second clause.
    const next = tokens[i + 1]?.text.toLowerCase() ?? '';
    const determiner = /^(a|an|the|its|their|his|her|what)$/i.test(tokens[i + 2]?.text ?? '');
    const preposition =
      /^(amid|during|following|despite)$/.test(next) ||
      (/^(in|after|as|with)$/.test(next) && determiner);
    // ", the federation said on Wednesday, after a run of bans": a short adjunct may come first.
    const adjunctFirst = i - from <= 4 && ADJUNCT_START.has(tokens[from]?.text.toLowerCase() ?? '');
    if ((i === from || adjunctFirst) && preposition) return 'adjunct';
    return 'clause';
  }
  // ", X said in a statement on Tuesday." — but not ", X insisted that she …" (a clause follows).
  const head = tokens[from]?.text.toLowerCase() ?? '';
  // A capitalised word is a medium or an addressee ("told Reuters on Monday"), unless a verb
  // follows it: "…, CNN reported Jeff Van Drew was expected to leave" reports a clause.
  const adjunct =
    ADJUNCT_START.has(head) ||
    /^(reporters|journalists|parliament|lawmakers)$/.test(head) ||
    (/^\p{Lu}/u.test(tokens[from]?.text ?? '') && !hasVerb(tokens, from + 1, end));
  // "…, X, told TVN24 television that members would vote": a "that" clause follows.
  const thatClause = tokens.slice(from, end).some((token) => token.text.toLowerCase() === 'that');
  if (end - from <= 10 && adjunct && !thatClause) return 'adjunct';
  return 'other';
}

/** Verbs whose object is the one spoken to. */
const ADDRESSES = /^(told|tells|tell|informed|informs|assured|assures|urged|urges|asked|asks)$/;

/** `X said (that) CLAUSE.` — the speaker opens the sentence (after an optional adverbial). */
const leading: ReportFinder = (ctx, first, end, regionOf) => {
  const { tokens } = ctx.doc;
  for (let v = first + 1; v < end - 2; v++) {
    const word = speechVerbAt(ctx, v) ?? '';
    if (!word || (regionOf[v] ?? -1) >= 0) continue;
    // "she was told to leave", "it was first reported": the subject of a passive is spoken to or
    // about, not speaking.
    let auxiliary = v - 1;
    const passive = /^(was|were|been|being|is|are|be|get|got)$/i;
    while (
      auxiliary > first &&
      isVerbAdverb(tokens[auxiliary]?.text ?? '') &&
      !passive.test(tokens[auxiliary]?.text ?? '')
    )
      auxiliary--;
    if (passive.test(tokens[auxiliary]?.text ?? '')) continue;
    // "Ribeiro did not say when …", "declined to say": nothing is reported.
    if (/^(not|never|n['’]t)$/i.test(tokens[v - 1]?.text ?? '')) continue;
    const refused = /^(declined|refused|declining|refusing)$/i.test(tokens[v - 2]?.text ?? '');
    if (tokens[v - 1]?.text === 'to' && refused) continue;
    // "He went on to say …", "She continued to say …": the subject of the verb before "to".
    const verbAt = goesOnTo(tokens, v);
    const speaker = speakerBefore(ctx, verbAt, first) ?? unnamedSubject(ctx, first, verbAt, word);
    if (!speaker) continue;
    if (!opensSentence(tokens, first, speaker.first)) continue;
    let start = v + 1;
    if (word === 'told' || word === 'tells' || word === 'assured' || word === 'urged')
      start = skipAddressee(ctx, start, end);
    const thatAt = findThat(tokens, start, end);
    // "noted his "strength, passion and wisdom"", "characterised the deaths as "crushing"": a noun
    // phrase that carries quoted words is reported too (a mixed quote).
    const clauseAt = clauseStart(tokens, word, start, end);
    // ("called the deal "lousy"" quotes the word alone: findQuotes' characterisations.)
    if (clauseAt < 0 && (NAMES_IT.test(word) || !carriesQuotedWords(regionOf, start, end)))
      continue;
    start = clauseAt >= 0 ? clauseAt : start;
    // "warned residents to prepare for flooding": a request to someone, not reported speech.
    if (thatAt < 0 && DIRECTIVE.test(word) && isRequest(tokens, start, end)) continue;
    const next = tokens[start]?.text.toLowerCase() ?? '.';
    if (
      (NOT_A_CLAUSE.has(next) &&
        !(/^(about|over)$/.test(next) && isAmount(tokens, start + 1)) &&
        !(next === 'how' && RECOUNTS.test(word)) &&
        !(next === 'if' && conditionalClause(tokens, start, end))) ||
      // "said no to the plan" is a refusal; "said no abnormalities had been found" reports one.
      (next === 'no' && /^(to|,|\.|one|more)$/i.test(tokens[start + 1]?.text ?? '.')) ||
      ((regionOf[start] ?? -1) >= 0 && thatAt < 0 && tokens[start - 1]?.text === ':')
    )
      continue;
    // "The FSB denies the explosions are related; reports describe …": the clause ends at ";".
    let stop = start;
    while (stop < end && !(tokens[stop]?.text === ';' && (regionOf[stop] ?? -1) < 0)) stop++;
    const clause = span(tokens, start, withoutTrailingMedium(tokens, start, stop));
    if (clause) return { ...clause, at: v, speaker, cue: word };
  }
  return undefined;
};

/** "over a hundred people attended", "about 40 died": a figure after "about" or "over". */
function isAmount(tokens: Token[], at: number): boolean {
  const text = tokens[at]?.text.toLowerCase() ?? '';
  if (/^\d/.test(text)) return true;
  return (
    /^(a|an)$/.test(text) &&
    /^(hundred|thousand|million|dozen|third|quarter|half)$/i.test(tokens[at + 1]?.text ?? '')
  );
}

/** Where the verb that a "went on to" or "continued to" before token `v` hangs on stands (else `v`). */
function goesOnTo(tokens: Token[], v: number): number {
  if (tokens[v - 1]?.text !== 'to') return v;
  if (/^(continued|continues)$/i.test(tokens[v - 2]?.text ?? '')) return v - 2;
  const goes = /^(went|goes|go|going)$/i.test(tokens[v - 3]?.text ?? '');
  return goes && tokens[v - 2]?.text === 'on' ? v - 3 : v;
}

/**
 * "said if the goal is peace, then foreign powers should leave": a condition and, after its comma,
 * the clause it governs (a question "asked if …" has no such comma and clause).
 */
function conditionalClause(tokens: Token[], from: number, end: number): boolean {
  for (let i = from + 2; i < Math.min(end - 2, from + 16); i++) {
    if (tokens[i]?.text !== ',') continue;
    const next = tokens[i + 1]?.text.toLowerCase() ?? '';
    return next === 'then' || looksLikeClause(tokens, i + 1, end);
  }
  return false;
}

/** Verbs that name something in quoted words rather than report a clause. */
const NAMES_IT = /^(called|calls|dubbed|branded|labelled|labeled|termed)$/;

const DIRECTIVE =
  /^(warned|warns|urged|urges|advised|advises|asked|asks|told|tells|called|ordered|encouraged|reminded)$/;
const FINITE =
  /^(is|are|was|were|has|have|had|will|would|could|should|can|may|might|must|did|does|do)$/i;

/** "residents of low-lying districts to prepare": an object and a "to" infinitive, no finite verb. */
function isRequest(tokens: Token[], from: number, end: number): boolean {
  for (let i = from; i < Math.min(end, from + 8); i++) {
    const text = tokens[i]?.text ?? '';
    if (text.toLowerCase() === 'to') return i > from;
    // "told CNN neighbours came to help": a past tense before "to" makes a clause.
    if (!tokens[i]?.word || FINITE.test(text) || IRREGULAR_PAST.has(text.toLowerCase()))
      return false;
  }
  return false;
}

/** Verbs that report speech whatever says them: after a subject the engine cannot name. */
const SAYING_VERBS =
  /^(said|says|told|tells|stated|states|claimed|claims|insisted|insists|added|adds|argued|argues|warned|warns|alleged|alleges)$/;

/**
 * "His daughter said he died in Britain", "The parties said they expect a decision": a subject
 * that names no one the engine knows, made of a few words that open the sentence, still reports
 * the clause; the quote has no speaker rather than none at all.
 */
function unnamedSubject(
  ctx: PhraseContext,
  first: number,
  verb: number,
  word: string,
): SpeakerPhrase | undefined {
  const { tokens } = ctx.doc;
  // "Although known to have lived in South Africa, his daughter said …": after an opening phrase.
  let comma = verb - 1;
  while (comma > first && tokens[comma]?.text !== ',') comma--;
  let from = comma > first && comma - first <= 16 ? comma + 1 : first;
  // "…, and an acquaintance said": a second clause of the sentence.
  if (from > first && /^(and|but)$/i.test(tokens[from]?.text ?? '')) from++;
  if (!SAYING_VERBS.test(word) || verb - from < 1 || verb - from > 5) return undefined;
  const opener = tokens[from]?.text ?? '';
  if (!/^(the|a|an|his|her|their|its|one|two|both|several|some|many)$/i.test(opener))
    return undefined;
  for (let k = from + 1; k < verb; k++) {
    const text = tokens[k]?.text ?? '';
    if (!tokens[k]?.word && !/^(['’]s|-)$/.test(text)) return undefined;
    // "His associates have alleged": an auxiliary right before the verb belongs to it.
    if (k === verb - 1 && /^(has|have|had)$/i.test(text)) continue;
    if (/^(is|are|was|were|has|have|had|who|which|that|and|or|not|to)$/i.test(text))
      return undefined;
  }
  return { kind: 'generic', first: from, last: verb };
}

/** Whether tokens [from, to) hold quoted words (a fragment inside the reporter's sentence). */
function carriesQuotedWords(regionOf: Int32Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if ((regionOf[i] ?? -1) >= 0) return true;
  return false;
}
