/**
 * The frame of a quotation: the words of its sentence group outside the marks, where the speech
 * verb and the speaker sit (`, she said.`, `X said: "`, `said X`, `X told reporters:` closing a
 * paragraph, feature style after the quotation). For findQuotes.ts.
 */
import { speechVerbAt } from './verbs';
import { tokenAt, type DocSentence } from '../text/document';
import { SPEECH_VERBS, WEAK_SPEECH_VERBS } from '../lexicon/speech';
import { featureStyleSpeaker } from './featureStyle';
import type { RawQuote } from './types';
import { passiveAgent, speakerAfter } from './speakerAfter';
import { sayingSubject } from './sayingSubject';
import { accordingToSource } from './accordingTo';
import {
  phraseEndingAt,
  quotedAsSaying,
  speakerBefore,
  type PhraseContext,
  type SpeakerPhrase,
} from './speakerPhrase';

export interface Group {
  first: number;
  last: number;
  paragraph: number;
  firstSentence: DocSentence;
}

export interface Attribution {
  phrase: SpeakerPhrase;
  cue: string;
  at: number;
}

/** The speech verb and speaker outside the marks of a group: `, she said.`, `X said: "`, `said X`. */
export function attributionInFrame(
  ctx: PhraseContext,
  group: Group,
  regionOf: Int32Array,
): Attribution | undefined {
  return verbAttributions(ctx, group, regionOf)[0] ?? introducedBy(ctx, group, regionOf);
}

/**
 * Every speech verb outside the marks of a group with the speaker it names, in text order: a
 * group with several ("the WHO noted …: "A," said Tedros") gives each quotation the nearest.
 */
export function verbAttributions(
  ctx: PhraseContext,
  group: Group,
  regionOf: Int32Array,
): Attribution[] {
  const { tokens } = ctx.doc;
  const found: Attribution[] = [];
  for (let v = group.first; v < group.last; v++) {
    if ((regionOf[v] ?? -1) >= 0) continue;
    const word = speechVerbAt(ctx, v) ?? tokens[v]?.text.toLowerCase() ?? '';
    // "in the words of the Crown prosecutor, Mark Tedeschi, QC, "…"".
    const wordsOf =
      word === 'words' &&
      tokens[v + 1]?.text.toLowerCase() === 'of' &&
      /^(the|in)$/i.test(tokens[v - 1]?.text ?? '');
    if (wordsOf) {
      const phrase = speakerAfter(ctx, v + 1, frameEnd(group, regionOf, v));
      if (phrase) found.push({ phrase, cue: 'in the words of', at: v });
      continue;
    }
    if (word === 'according' && tokens[v + 1]?.text.toLowerCase() === 'to') {
      const phrase = accordingToSource(ctx, v, frameEnd(group, regionOf, v));
      if (phrase) found.push({ phrase, cue: 'according to', at: v });
      continue;
    }
    if (!speechVerbAt(ctx, v)) continue;
    const cited = word === 'saying' ? quotedAsSaying(ctx, v - 1, group.first) : undefined;
    if (cited) {
      found.push({ phrase: cited, cue: 'saying', at: v });
      continue;
    }
    const floor = frameStart(group, regionOf, v);
    // "he was told by Emergencies Minister X of "…"": the agent speaks, not the subject.
    const { passive, agent } = passiveAgent(ctx, v, frameEnd(group, regionOf, v));
    if (passive) {
      if (agent) found.push({ phrase: agent, cue: word, at: v });
      continue;
    }
    const before = speakerBefore(ctx, v, floor);
    if (before && (!WEAK_SPEECH_VERBS.has(word) || before.kind !== 'generic')) {
      found.push({ phrase: before, cue: word, at: v });
      continue;
    }
    // "Ghebreyesus expressed a similar view, saying "…"": the subject of the sentence; so too
    // after "noting" and "adding" ("NASA credited Leonov, noting on Twitter "…"").
    const subject =
      PARTICIPLES.test(word) && tokens[v - 1]?.text === ','
        ? sayingSubject(ctx, floor, v)
        : undefined;
    if (subject) {
      found.push({ phrase: subject, cue: word, at: v });
      continue;
    }
    const previous = tokens[v - 1]?.text ?? '';
    // "…," said X: the speaker follows the verb (a name after "on" or "via" is a medium).
    const medium = /^(on|via)$/i.test(tokens[v + 1]?.text ?? '');
    if (!medium && (v === floor || previous === ',' || (regionOf[v - 1] ?? -1) >= 0)) {
      const after = speakerAfter(ctx, v, frameEnd(group, regionOf, v));
      if (after) found.push({ phrase: after, cue: word, at: v });
    }
  }
  return found;
}

/** Words that open an adverbial phrase before the subject. */
const OPENING_PREPOSITIONS = /^(in|on|at|during|after|before|following|speaking|writing)$/i;

/** Participles after a comma whose speaker is the subject of the sentence. */
const PARTICIPLES = /^(saying|adding|noting)$/;

/**
 * A quotation with no speech verb beside it: "X was brief: "…"", "Y commented, "…"" (the subject
 * of the clause that introduces it), else "The mayor, X, thanked "the police …"" (the subject of
 * the sentence the quotation stands in).
 */
export function introducedBy(
  ctx: PhraseContext,
  group: Group,
  regionOf: Int32Array,
): Attribution | undefined {
  const { tokens } = ctx.doc;
  for (let c = group.first; c < group.last; c++) {
    const mark = tokens[c]?.text;
    if ((mark !== ':' && mark !== ',') || (regionOf[c] ?? -1) >= 0) continue;
    if ((regionOf[c + 1] ?? -1) < 0) continue;
    const subject = introducingSubject(ctx, group.first, c, regionOf, mark === ',');
    if (subject) return { phrase: subject, cue: mark, at: subject.first };
  }
  // The first quotation inside the sentence, after its subject and a verb of its own.
  let open = group.first;
  while (open < group.last && (regionOf[open] ?? -1) < 0) open++;
  if (open - group.first < 3 || open >= group.last) return undefined;
  // "…, someone audibly says Zelensky "has …"": the quotation belongs to that verb's clause, whose
  // speaker is not the sentence's subject.
  for (let k = open - 2; k >= Math.max(group.first, open - 4); k--)
    if (SPEECH_VERBS.has(tokens[k]?.text ?? '') && (ctx.mentionAt[open - 1] ?? -1) >= 0)
      return undefined;
  const subject =
    introducingSubject(ctx, group.first, open, regionOf, true) ??
    unnamedGroupSubject(ctx, group.first, open);
  return subject ? { phrase: subject, cue: 'subject', at: subject.first } : undefined;
}

/**
 * "Members of the House of Commons protested by shouting "shame on you!"": people the sentence
 * does not name open it, so the quotation is theirs (no one's), not the last speaker's.
 */
function unnamedGroupSubject(
  ctx: PhraseContext,
  first: number,
  open: number,
): SpeakerPhrase | undefined {
  const { tokens } = ctx.doc;
  let noun = first;
  if (/^(the|some|many|several|hundreds|thousands|dozens)$/i.test(tokens[noun]?.text ?? '')) noun++;
  if (
    noun >= open ||
    !/^(of|in|at|from|protested|chanted|shouted|held|carried)$/i.test(tokens[noun + 1]?.text ?? '')
  )
    return undefined;
  const phrase = phraseEndingAt(ctx, noun, first);
  return phrase?.kind === 'generic' && GROUP_NOUNS.test(tokens[noun]?.text ?? '')
    ? phrase
    : undefined;
}

/** Groups of people that chant, shout or carry signs as one. */
const GROUP_NOUNS =
  /^(members|protesters|protestors|demonstrators|crowds?|supporters|opponents|fans|activists|students|workers|residents|villagers|marchers)$/i;

/**
 * "The government of American Samoa issued a statement: "…"", "The ministry was blunt: "…"": a
 * body named by its noun (token `noun`, after the determiner at `from`) opens the clause.
 */
function bodyNounSubject(
  ctx: PhraseContext,
  from: number,
  noun: number,
): SpeakerPhrase | undefined {
  const { tokens } = ctx.doc;
  if (!/^the$/i.test(tokens[from]?.text ?? '') || (ctx.mentionAt[noun] ?? -1) >= 0)
    return undefined;
  const phrase = phraseEndingAt(ctx, noun, from);
  if (phrase?.kind !== 'org-noun') return undefined;
  // A verb or "of" follows the noun, not a possessive ("The company's shares fell: …") — unless
  // what it owns carries its words ("The court's summary concluded with the statement: …").
  const next = tokens[noun + 1]?.text ?? '';
  if (/^['’]s$/.test(next))
    return WRITTEN_WORDS.test(tokens[noun + 2]?.text ?? '') ? phrase : undefined;
  return /^(of|\p{Ll}+)$/u.test(next) ? phrase : undefined;
}

/** What a body's words are written in, owned by the body ("the court's summary"). */
const WRITTEN_WORDS =
  /^(statement|summary|report|ruling|opinion|judgment|judgement|letter|announcement|release|notice|website)$/i;

/**
 * The subject of the clause before a colon or a comma that opens a quotation: a person (or, for a
 * comma, a body; before a colon, a body named by its noun) or a pronoun. After a comma the clause must open with it, after at most a short
 * introduction, and say something of it ("Broadcaster Piers Morgan commented, "…"", "Facebook
 * released a statement which read, in part, "…""), so that "In a letter to Ana, "…"" names no one.
 */
function introducingSubject(
  ctx: PhraseContext,
  floor: number,
  mark: number,
  regionOf: Int32Array,
  comma: boolean,
): SpeakerPhrase | undefined {
  const { tokens } = ctx.doc;
  let from = floor;
  if (comma) {
    // "On Tuesday, X said …": skip one short introduction that ends in a comma — unless it is the
    // subject, named before its apposition ("X, the acting prime minister, spoke out, calling it").
    // An opening phrase of its own ("In a related press release issued the following day, …")
    // may be longer.
    const reach = OPENING_PREPOSITIONS.test(tokens[floor]?.text ?? '') ? 16 : 6;
    for (let k = floor; k < Math.min(mark, floor + reach); k++) {
      if ((regionOf[k] ?? -1) >= 0) break;
      if (tokens[k]?.text !== ',') continue;
      const named = ctx.mentionAt[floor] ?? -1;
      if (named >= 0 && ctx.mentionAt[k - 1] === named && !ctx.isPlace?.(floor))
        return { kind: 'mention', mention: named, first: floor, last: k };
      from = k + 1;
      break;
    }
  }
  for (let s = from; s < mark; s++) {
    if ((regionOf[s] ?? -1) >= 0) {
      if (comma) return undefined;
      continue;
    }
    if (comma && s - from > 3) return undefined;
    const mention = ctx.mentionAt[s] ?? -1;
    const lower = tokens[s]?.text.toLowerCase() ?? '';
    let phrase: SpeakerPhrase | undefined;
    // "…, the Department of Defense justified the strike …: "…"": a body as the clause's subject.
    const bodySubject = !comma && mention >= 0 && !ctx.isPlace?.(s) && opensClause(ctx, s, mention);
    if (
      mention >= 0 &&
      !ctx.isPlace?.(s) &&
      (comma || bodySubject || (ctx.isPerson?.(s) ?? true))
    ) {
      let last = s;
      while (ctx.mentionAt[last] === mention) last++;
      phrase = { kind: 'mention', mention, first: s, last };
    } else if (lower === 'she' || lower === 'he' || lower === 'they')
      phrase = { kind: 'pronoun', word: lower, first: s, last: s + 1 };
    else if (!comma && s === from + 1 && lower !== 'of') phrase = bodyNounSubject(ctx, from, s);
    if (!phrase) continue;
    if (!comma) return phrase;
    // Something is said of the subject: a lower-case word between it and the comma.
    for (let k = phrase.last; k < mark; k++)
      if (tokens[k]?.word && /^\p{Ll}/u.test(tokens[k]?.text ?? '')) return phrase;
    return undefined;
  }
  return undefined;
}

/**
 * The first name of its sentence, after at most an opening phrase, followed by a verb in lower
 * case ("In a statement, the Department of Defense justified …").
 */
function opensClause(ctx: PhraseContext, s: number, mention: number): boolean {
  const { tokens } = ctx.doc;
  const sentence = ctx.doc.sentences[ctx.doc.sentenceOf[s] ?? -1];
  // A subject stands in the first words (this also bounds the work in very long sentences).
  if (!sentence || s - sentence.first > 24) return false;
  for (let k = sentence.first; k < s; k++)
    if ((ctx.mentionAt[k] ?? -1) >= 0 && !ctx.isPlace?.(k)) return false;
  let last = s;
  while (ctx.mentionAt[last] === mention) last++;
  const next = tokens[last]?.text ?? '';
  return /^\p{Ll}+(ed|s)$/u.test(next);
}

/** A sentence that ends its paragraph with a colon after a speech verb and its speaker. */
export function introducesQuotation(
  ctx: PhraseContext,
  group: Group,
  regionOf: Int32Array,
): { attribution: Attribution; paragraph: number } | undefined {
  const { tokens } = ctx.doc;
  const lastToken = tokens[group.last - 1];
  const paragraphEnd = ctx.doc.paragraphs[group.paragraph]?.end ?? -1;
  if (lastToken?.text !== ':' || ctx.doc.body.slice(lastToken.end, paragraphEnd).trim() !== '')
    return undefined;
  // Only when the next paragraph opens with a quotation mark.
  const next = ctx.doc.paragraphs[group.paragraph + 1];
  if (!next || !/^\s*["“«„]/.test(ctx.doc.body.slice(next.start, next.start + 8))) return undefined;
  const attribution = attributionInFrame(ctx, group, regionOf);
  return attribution ? { attribution, paragraph: group.paragraph } : undefined;
}

/** The quotes of a paragraph opened by a quotation that an earlier "X said:" introduced. */
export function attributeIntroduced(found: RawQuote[], attribution: Attribution): void {
  for (const quote of found) {
    if (quote.speaker) return;
    quote.speaker = attribution.phrase;
    quote.cue = attribution.cue;
    quote.at = attribution.at;
    delete quote.inherit;
  }
}

/**
 * '"…," was how X put it.' or '"…" That was how X described it.': the rest of the group, then the
 * next sentence of the paragraph, may name the speaker of unattributed quotes.
 */
export function attributeFeatureStyle(
  ctx: PhraseContext,
  found: RawQuote[],
  group: Group,
  next: Group | undefined,
  regionOf: Int32Array,
): void {
  if (found.length === 0 || found.some((quote) => quote.speaker)) return;
  const lastQuoteEnd = found[found.length - 1]?.end ?? 0;
  const after = tokenAt(ctx.doc, lastQuoteEnd);
  let phrase = featureStyleSpeaker(ctx, after, group.last, regionOf);
  if (!phrase && next && next.paragraph === group.paragraph && after >= group.last - 2)
    phrase = featureStyleSpeaker(ctx, next.first, next.last, regionOf);
  if (phrase) attributeIntroduced(found, { phrase, cue: 'feature', at: phrase.first });
}

function frameStart(group: Group, regionOf: Int32Array, v: number): number {
  let floor = v;
  while (floor > group.first && (regionOf[floor - 1] ?? -1) < 0) floor--;
  return floor;
}

function frameEnd(group: Group, regionOf: Int32Array, v: number): number {
  let ceiling = v + 1;
  while (ceiling < group.last && (regionOf[ceiling] ?? -1) < 0) ceiling++;
  return ceiling;
}
